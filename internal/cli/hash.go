package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newHashCmd(app *App) *cobra.Command {
	return &cobra.Command{
		Use:   "hash",
		Short: "print perceptual hashes (PDQ, pHash) of image files (not implemented yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "marsad hash is not implemented yet")
		},
	}
}
