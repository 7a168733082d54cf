package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newDemoCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "simulate a scenario, import it, run every analysis and show the results (not implemented yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "marsad demo is not implemented yet")
		},
	}
}
