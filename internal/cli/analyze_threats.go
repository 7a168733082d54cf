package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeThreatsCmd(app *App, common *analyzeCommon) *cobra.Command {
	return &cobra.Command{
		Use:   "threats",
		Short: "posts threatening or doxxing a person (not available yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "analysis threats is not available yet in this build; no results were computed")
		},
	}
}
