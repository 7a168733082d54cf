package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

// analyzeCommon are the flags every `marsad analyze <task>` shares.
type analyzeCommon struct {
	Since  string // RFC3339 or YYYY-MM-DD, inclusive
	Until  string // RFC3339 or YYYY-MM-DD, exclusive
	Format string // table|json|csv|gexf|graphml (each task says which it supports)
	NoSave bool   // do not persist the run
}

// filter parses --since/--until into a store filter.
func (c *analyzeCommon) filter() (marsad.PostFilter, error) {
	var f marsad.PostFilter
	var err error
	if f.Since, err = parseTimeFlag("since", c.Since); err != nil {
		return f, err
	}
	if f.Until, err = parseTimeFlag("until", c.Until); err != nil {
		return f, err
	}
	if !f.Since.IsZero() && !f.Until.IsZero() && !f.Since.Before(f.Until) {
		return f, marsad.Errorf(marsad.EINVALID, "--since %s is not before --until %s: the range holds no time", c.Since, c.Until)
	}
	return f, nil
}

// checkFormat lower-cases --format, keeps it in c.Format, and refuses any
// value task does not write (a usage error naming the ones it does).
func (c *analyzeCommon) checkFormat(task string, allowed ...string) (string, error) {
	f := strings.ToLower(c.Format)
	if !slices.Contains(allowed, f) {
		list := strings.Join(allowed[:len(allowed)-1], ", ") + " or " + allowed[len(allowed)-1]
		return "", marsad.Errorf(marsad.EINVALID, "--format %q: %s writes %s", c.Format, task, list)
	}
	c.Format = f
	return f, nil
}

func parseTimeFlag(name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, marsad.Errorf(marsad.EINVALID, "--%s %q: want RFC3339 (2024-03-05T14:22:00Z) or a date (2024-03-05)", name, v)
}

func newAnalyzeCmd(app *App) *cobra.Command {
	common := &analyzeCommon{}
	cmd := &cobra.Command{
		Use:   "analyze <task>",
		Short: "run an analysis over the store: coordination, hubs, roles, returns, campaigns, threats, all",
		Example: `  marsad analyze coordination --format json
  marsad analyze campaigns --watchlist-only --since 2024-03-01`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return &usageError{fmt.Errorf("analyze needs a task: %s (see marsad analyze --help)", strings.Join(analyzeTasks, ", "))}
			}
			msg := fmt.Sprintf("unknown analysis %q: want one of %s", args[0], strings.Join(analyzeTasks, ", ")) + didYouMean(cmd, args[0])
			return &usageError{errors.New(msg)}
		},
	}
	pf := cmd.PersistentFlags()
	pf.StringVar(&common.Since, "since", "", "only posts at or after this time (RFC3339 or YYYY-MM-DD)")
	pf.StringVar(&common.Until, "until", "", "only posts before this time (RFC3339 or YYYY-MM-DD)")
	pf.StringVar(&common.Format, "format", "table", "output: table|json|csv|gexf|graphml (each analysis lists the ones it writes)")
	pf.BoolVar(&common.NoSave, "no-save", false, "do not record this run in the store")
	cmd.AddCommand(
		newAnalyzeCoordinationCmd(app, common),
		newAnalyzeHubsCmd(app, common),
		newAnalyzeRolesCmd(app, common),
		newAnalyzeReturnsCmd(app, common),
		newAnalyzeCampaignsCmd(app, common),
		newAnalyzeThreatsCmd(app, common),
		newAnalyzeReachCmd(app, common),
		newAnalyzeAllCmd(app, common),
	)
	for _, sub := range cmd.Commands() {
		if f, ok := analyzeFormats[sub.Name()]; ok {
			sub.Long = strings.TrimRight(sub.Long, "\n") + "\n\nOutput (--format): " + f + "."
		}
	}
	return cmd
}

// analyzeTasks are the analyses in the order the help lists them.
var analyzeTasks = []string{"coordination", "hubs", "roles", "returns", "campaigns", "threats", "reach", "all"}

// analyzeFormats is what each analysis writes with --format, shown in its
// help and in docs/CLI.md; TestAnalyzeFormatsAsDocumented checks every
// claim (and every refusal) against the commands themselves.
var analyzeFormats = map[string]string{
	"coordination": "table (default), json, csv (edges), gexf, graphml",
	"hubs":         "table (default), json, gexf, graphml",
	"roles":        "table (default), json",
	"returns":      "table (default), json, csv (links)",
	"campaigns":    "table (default), json",
	"threats":      "table (default), json",
	"reach":        "table (default), json",
	"all":          "always JSON, one file per analysis in --out; --format json is accepted, other values are refused",
}

// saveRun persists one analysis run (its parameters and JSON result) so the
// web app and later analyses can read it. Analyses call it unless --no-save.
func saveRun(ctx context.Context, app *App, common *analyzeCommon, analysis string, params any, started time.Time, result any) error {
	if common.NoSave {
		return nil
	}
	st, err := app.store(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	return saveRunTo(ctx, app, st, common, analysis, params, started, result)
}

// saveRunTo is saveRun on a store the caller already has open.
func saveRunTo(ctx context.Context, app *App, st marsad.RunService, common *analyzeCommon, analysis string, params any, started time.Time, result any) error {
	if common.NoSave {
		return nil
	}
	body, err := json.Marshal(result)
	if err != nil {
		return fmt.Errorf("encode %s run: %w", analysis, err)
	}
	p, err := json.Marshal(params)
	if err != nil {
		return fmt.Errorf("encode %s parameters: %w", analysis, err)
	}
	filter, err := common.filter()
	if err != nil {
		return err
	}
	run := &marsad.Run{Analysis: analysis, Params: string(p), Since: filter.Since, Until: filter.Until,
		StartedAt: started.UTC(), Duration: time.Since(started), Result: body}
	if err := st.SaveRun(ctx, run); err != nil {
		if marsad.ErrorCode(err) == marsad.ECONFLICT {
			// Another process (an import) holds the SQLite write lock. The
			// result is already printed and complete: say it was not saved
			// rather than fail the command after its output.
			fmt.Fprintf(app.Stderr, "marsad: warning: this %s run was not saved (%s); the output is complete — run again later to save it, or use --no-save\n", analysis, ErrorText(err))
			return nil
		}
		return fmt.Errorf("save %s run: %w", analysis, err)
	}
	return nil
}

// checkRange is the usage error for a --flag value outside [lo, hi].
func checkRange(flag string, v, lo, hi float64) error {
	if !(v >= lo && v <= hi) {
		return marsad.Errorf(marsad.EINVALID, "--%s %g: want a value in [%g, %g]", flag, v, lo, hi)
	}
	return nil
}

// checkMin is the usage error for a --flag value below lo.
func checkMin(flag string, v, lo float64) error {
	if !(v >= lo) {
		return marsad.Errorf(marsad.EINVALID, "--%s %g: want at least %g", flag, v, lo)
	}
	return nil
}

// checkAbove is the usage error for a --flag value not above lo.
func checkAbove(flag string, v, lo float64) error {
	if !(v > lo) {
		return marsad.Errorf(marsad.EINVALID, "--%s %g: want a value above %g", flag, v, lo)
	}
	return nil
}

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkDuration is the usage error for a --flag duration that is not positive.
func checkDuration(flag string, d time.Duration) error {
	if d <= 0 {
		return marsad.Errorf(marsad.EINVALID, "--%s %s: want a duration above 0 (e.g. 10m)", flag, d)
	}
	return nil
}

// dayDuration is a time.Duration flag that also reads days ("2d", "0.5d"),
// like --max-gap and --min-gap, so every duration flag takes the same forms.
type dayDuration time.Duration

func (d *dayDuration) String() string { return time.Duration(*d).String() }
func (d *dayDuration) Type() string   { return "duration" }

func (d *dayDuration) Set(v string) error {
	v = strings.TrimSpace(v)
	if days, ok := strings.CutSuffix(v, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil {
			return fmt.Errorf("want a duration such as 10m, 2h or 1d")
		}
		*d = dayDuration(n * float64(24*time.Hour))
		return nil
	}
	x, err := time.ParseDuration(v)
	if err != nil {
		return fmt.Errorf("want a duration such as 10m, 2h or 1d")
	}
	*d = dayDuration(x)
	return nil
}
