package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newImportCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "import",
		Short: "import files of any supported format (not implemented yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "marsad import is not implemented yet")
		},
	}
}
