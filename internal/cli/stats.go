package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newStatsCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "stats",
		Short: "count stored records per type (not implemented yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "marsad stats is not implemented yet")
		},
	}
}
