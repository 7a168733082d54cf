package cli

import (
	"fmt"
	"os"
	"strings"

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

Start with:  marsad demo
Every command, flag and exit status: docs/CLI.md`,
		Example: `  marsad demo
  marsad --db my.db import collection/
  marsad --db my.db stats
  marsad --db my.db analyze coordination --format json`,
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRun: func(cmd *cobra.Command, args []string) {
			app.storeMustExist = readsStoreOnly(cmd)
			// Format names are lower-case everywhere; accept JSON as json.
			if f := cmd.Flags().Lookup("format"); f != nil && f.Value.Type() == "string" {
				if v := f.Value.String(); v != strings.ToLower(v) {
					_ = f.Value.Set(strings.ToLower(v))
				}
			}
		},
	}
	root.SetOut(app.Stdout)
	root.SetErr(app.Stderr)
	// MARSAD_DB is the flag's default, so --help shows the store in use.
	dsn := DefaultDSN
	if v := os.Getenv("MARSAD_DB"); v != "" {
		dsn = v
	}
	root.PersistentFlags().StringVar(&app.DSN, "db", dsn, "store: SQLite file path or postgres:// URL (env MARSAD_DB)")
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
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	walk(root, func(c *cobra.Command) { tidyCommand(root, c) })
	return root
}

// readsStoreOnly names the commands that only read what was imported: run
// on a SQLite file that does not exist they fail with "no store" (exit 3)
// instead of creating an empty store and reporting that nothing was found.
func readsStoreOnly(cmd *cobra.Command) bool {
	path := cmd.CommandPath()
	switch path {
	case "marsad stats", "marsad watchlist list", "marsad watchlist remove",
		"marsad bank list", "marsad bank export", "marsad bank match", "marsad bank recycled", "marsad bank delete":
		return true
	}
	return strings.HasPrefix(path, "marsad analyze ")
}

// walk calls f on c and every command below it.
func walk(c *cobra.Command, f func(*cobra.Command)) {
	f(c)
	for _, sub := range c.Commands() {
		walk(sub, f)
	}
}

// tidyCommand makes every command behave the same way on bad input: wrong
// arguments and unknown subcommands are usage errors (exit 2), like bad
// flags, and cobra's generated commands get examples like the others.
func tidyCommand(root, c *cobra.Command) {
	switch {
	case c.Name() == "help" && c.Parent() == root:
		c.Example = "  marsad help analyze coordination"
		c.Run = nil
		c.RunE = func(cmd *cobra.Command, args []string) error {
			target, rest, err := root.Find(args)
			if err != nil || target == nil || len(rest) > 0 || (len(args) > 0 && target == root) {
				return &usageError{fmt.Errorf("unknown help topic %q (see marsad --help)", strings.Join(args, " "))}
			}
			return target.Help()
		}
		return
	case c.Name() == "completion" && c.Parent() == root:
		c.Example = "  marsad completion bash > /etc/bash_completion.d/marsad\n  marsad completion zsh > \"${fpath[1]}/_marsad\""
	case c.HasParent() && c.Parent().Name() == "completion" && c.Parent().Parent() == root:
		c.Example = completionExamples[c.Name()]
		return
	}
	if !c.Runnable() && c.HasSubCommands() {
		// A group (marsad, watchlist, bank): no arguments shows its help, an
		// unknown subcommand is a usage error with suggestions.
		c.Args = cobra.ArbitraryArgs
		c.RunE = func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return cmd.Help()
			}
			return unknownCommand(cmd, args[0])
		}
		return
	}
	if c.Args != nil {
		check := c.Args
		c.Args = func(cmd *cobra.Command, args []string) error {
			if err := check(cmd, args); err != nil {
				return &usageError{err}
			}
			return nil
		}
	}
}

// completionExamples show where each shell's completion script goes.
var completionExamples = map[string]string{
	"bash":       "  marsad completion bash > /etc/bash_completion.d/marsad",
	"zsh":        "  marsad completion zsh > \"${fpath[1]}/_marsad\"",
	"fish":       "  marsad completion fish > ~/.config/fish/completions/marsad.fish",
	"powershell": "  marsad completion powershell | Out-String | Invoke-Expression",
}

// unknownCommand is the usage error for `marsad GROUP NAME` when GROUP has no
// subcommand NAME.
func unknownCommand(cmd *cobra.Command, name string) error {
	msg := fmt.Sprintf("unknown command %q for %q", name, cmd.CommandPath()) + didYouMean(cmd, name)
	return &usageError{fmt.Errorf("%s (see %s --help)", msg, cmd.CommandPath())}
}

// didYouMean suggests the subcommands of cmd close to a mistyped name
// (cobra's own rule: edit distance 2 or a prefix), or returns "".
func didYouMean(cmd *cobra.Command, name string) string {
	if cmd.SuggestionsMinimumDistance <= 0 {
		cmd.SuggestionsMinimumDistance = 2
	}
	s := cmd.SuggestionsFor(name)
	if len(s) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(s, " or ") + "?"
}
