package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeAllCmd(app *App, common *analyzeCommon) *cobra.Command {
	return &cobra.Command{
		Use:   "all",
		Short: "run every available analysis (not available yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "analysis all is not available yet in this build; no results were computed")
		},
	}
}
