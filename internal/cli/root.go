package cli

import (
	"os"

	"github.com/spf13/cobra"
)

// NewRoot builds the marsad command tree around app.
func NewRoot(app *App) *cobra.Command {
	root := &cobra.Command{
		Use:   "marsad",
		Short: "marsad (مرصد) — see, measure and answer an extremist media army online",
		Long: `marsad turns collected platform data into answers for volunteer monitors and
researchers: which accounts act in concert, who leads each hub, which new account
is a suspended one back again, which campaign targets which activist, which posts
threaten or dox a protected person. Defensive only: it never posts or reports.

Start with:  marsad demo`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			if !cmd.Flags().Changed("db") {
				if v := os.Getenv("MARSAD_DB"); v != "" {
					app.DSN = v
				}
			}
		},
	}
	root.SetOut(app.Stdout)
	root.SetErr(app.Stderr)
	root.PersistentFlags().StringVar(&app.DSN, "db", DefaultDSN, "store: SQLite file path or postgres:// URL (env MARSAD_DB)")
	root.PersistentFlags().BoolVarP(&app.Quiet, "quiet", "q", false, "no progress bars or notices")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return &usageError{err} })
	root.AddCommand(
		newDemoCmd(app),
		newSimulateCmd(app),
		newImportCmd(app),
		newStatsCmd(app),
		newAnalyzeCmd(app),
		newWatchlistCmd(app),
		newHashCmd(app),
		newBankCmd(app),
	)
	return root
}
