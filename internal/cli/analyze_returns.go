package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeReturnsCmd(app *App, common *analyzeCommon) *cobra.Command {
	return &cobra.Command{
		Use:   "returns",
		Short: "link suspended accounts to their returned successors, with evidence (not available yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "analysis returns is not available yet in this build; no results were computed")
		},
	}
}
