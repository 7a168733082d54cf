package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newWatchlistCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "watchlist",
		Short: "manage protected accounts (not implemented yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "marsad watchlist is not implemented yet")
		},
	}
}
