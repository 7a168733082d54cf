package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeCampaignsCmd(app *App, common *analyzeCommon) *cobra.Command {
	return &cobra.Command{
		Use:   "campaigns",
		Short: "targeting campaigns against accounts: calls to action and pile-ons (not available yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "analysis campaigns is not available yet in this build; no results were computed")
		},
	}
}
