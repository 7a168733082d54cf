package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeHubsCmd(app *App, common *analyzeCommon) *cobra.Command {
	return &cobra.Command{
		Use:   "hubs",
		Short: "influence hubs: communities of the interaction graph and their leaders (not available yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "analysis hubs is not available yet in this build; no results were computed")
		},
	}
}
