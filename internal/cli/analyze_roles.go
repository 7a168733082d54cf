package cli

import (
	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

func newAnalyzeRolesCmd(app *App, common *analyzeCommon) *cobra.Command {
	return &cobra.Command{
		Use:   "roles",
		Short: "classify accounts as supervisor, official, organizer, amplifier or other (not available yet)",
		RunE: func(cmd *cobra.Command, args []string) error {
			return marsad.Errorf(marsad.ENOTIMPLEMENTED, "analysis roles is not available yet in this build; no results were computed")
		},
	}
}
