package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeCoordinationCmd(app *App, common *analyzeCommon) *cobra.Command {
	return &cobra.Command{
		Use:   "coordination",
		Short: "accounts acting in concert: co-retweet, same text, same links, same targets (not available yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "analysis coordination is not available yet in this build; no results were computed")
		},
	}
}
