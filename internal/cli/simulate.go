package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newSimulateCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "simulate",
		Short: "write a synthetic media-army scenario with ground truth (not implemented yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "marsad simulate is not implemented yet")
		},
	}
}
