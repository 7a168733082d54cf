package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newBankCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "bank",
		Short: "manage hash banks of known images (not implemented yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "marsad bank is not implemented yet")
		},
	}
}
