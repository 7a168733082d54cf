package cli

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/returns"
	"github.com/spf13/cobra"
)

// returnsFlags are the flags of `marsad analyze returns`.
type returnsFlags struct {
	MaxGap    string
	Threshold float64
	Explain   string
}

func newAnalyzeReturnsCmd(app *App, common *analyzeCommon) *cobra.Command {
	f := &returnsFlags{}
	cmd := &cobra.Command{
		Use:   "returns",
		Short: "link suspended accounts to the accounts they returned under, with evidence",
		Long: `Links every suspended (or deleted, or disappeared) account to the account it
returned under, and groups old accounts and successors into families. Every
link lists its evidence: handle and name re-spellings, shared follows,
style, timing and shout-out posts. --explain shows every candidate
considered for one old account with its feature values.`,
		Example: `  marsad analyze returns
  marsad analyze returns --format json --max-gap 14d
  marsad analyze returns --explain @old_handle`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReturns(cmd.Context(), app, common, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.MaxGap, "max-gap", "30d", "longest time from a suspension to the successor's first appearance (e.g. 30d, 72h)")
	fl.Float64Var(&f.Threshold, "threshold", returns.DefaultOptions().Threshold, "minimum score of a link, in [0,1]")
	fl.StringVar(&f.Explain, "explain", "", "show every candidate successor of this old account (id or @handle) with its features")
	return cmd
}

// parseGap reads a duration, also accepting whole days ("30d").
func parseGap(v string) (time.Duration, error) {
	if d, ok := strings.CutSuffix(strings.TrimSpace(v), "d"); ok {
		n, err := strconv.ParseFloat(d, 64)
		if err == nil && n > 0 {
			return time.Duration(n * float64(24*time.Hour)), nil
		}
	} else if d, err := time.ParseDuration(v); err == nil && d > 0 {
		return d, nil
	}
	return 0, marsad.Errorf(marsad.EINVALID, "--max-gap %q: want a positive duration such as 30d or 72h", v)
}

func runReturns(ctx context.Context, app *App, common *analyzeCommon, f *returnsFlags) error {
	if ctx == nil {
		ctx = context.Background()
	}
	opts := returns.DefaultOptions()
	var err error
	if opts.MaxGap, err = parseGap(f.MaxGap); err != nil {
		return err
	}
	if f.Threshold < 0 || f.Threshold > 1 {
		return marsad.Errorf(marsad.EINVALID, "--threshold %v: want a value in [0,1]", f.Threshold)
	}
	opts.Threshold = f.Threshold
	if _, err := common.checkFormat("returns", "table", "json", "csv"); err != nil {
		return err
	}
	s, err := loadSnapshot(ctx, app, common)
	if err != nil {
		return err
	}
	if f.Explain != "" {
		ex, err := returns.Explain(ctx, s, f.Explain, opts)
		if err != nil {
			return err
		}
		if common.Format == "json" {
			return writeJSON(app.Stdout, ex)
		}
		return writeExplainTable(app.Stdout, ex)
	}
	started := time.Now()
	res, err := returns.Analyze(ctx, s, opts)
	if err != nil {
		return fmt.Errorf("analyze returns: %w", err)
	}
	params := map[string]any{"max_gap": opts.MaxGap.String(), "threshold": opts.Threshold}
	if err := saveRun(ctx, app, common, "returns", params, started, res); err != nil {
		return err
	}
	switch common.Format {
	case "json":
		return writeJSON(app.Stdout, res)
	case "csv":
		return writeReturnsCSV(app.Stdout, res)
	}
	return writeReturnsTable(app.Stdout, res)
}

func topReason(ev []marsad.Evidence) string {
	var parts []string
	for i, e := range ev {
		if i == 0 {
			continue // the suspension itself
		}
		if len(parts) == 2 {
			break
		}
		parts = append(parts, e.Reason)
	}
	return strings.Join(parts, "; ")
}

func writeReturnsTable(w io.Writer, res *returns.Result) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SUSPENDED\tSTATUS\tSUCCESSOR\tSCORE\tSTRONGEST EVIDENCE")
	for _, l := range res.Links {
		fmt.Fprintf(tw, "@%s (%s)\t%s\t@%s (%s)\t%.2f\t%s\n", l.SuspendedHandle, l.Suspended, l.Status,
			l.SuccessorHandle, l.Successor, l.Score, topReason(l.Evidence))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "\n%d links in %d families; %d suspended/deleted/disappeared accounts, %d candidate pairs scored\n",
		len(res.Links), len(res.Families), res.Suspensions, res.CandidatesScored)
	return err
}

func writeReturnsCSV(w io.Writer, res *returns.Result) error {
	cw := csv.NewWriter(w)
	_ = cw.Write([]string{"suspended", "suspended_handle", "status", "successor", "successor_handle", "score", "evidence"})
	for _, l := range res.Links {
		var ev []string
		for _, e := range l.Evidence {
			ev = append(ev, e.Reason)
		}
		_ = cw.Write([]string{l.Suspended, l.SuspendedHandle, l.Status, l.Successor, l.SuccessorHandle,
			strconv.FormatFloat(l.Score, 'f', 3, 64), strings.Join(ev, " | ")})
	}
	cw.Flush()
	return cw.Error()
}

func writeExplainTable(w io.Writer, ex *returns.Explanation) error {
	fmt.Fprintf(w, "candidates for @%s (%s, %s)\n\n", ex.Handle, ex.Suspended, ex.Status)
	tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', tabwriter.AlignRight)
	header := "CANDIDATE\tSCORE\tLINKED\t"
	for _, n := range returns.FeatureNames {
		header += n + "\t"
	}
	fmt.Fprintln(tw, header)
	for _, c := range ex.Candidates {
		row := fmt.Sprintf("@%s\t%.3f\t%v\t", c.CandidateHandle, c.Score, c.Linked)
		for _, n := range returns.FeatureNames {
			row += fmt.Sprintf("%.2f\t", c.Features[n])
		}
		fmt.Fprintln(tw, row)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if len(ex.Candidates) == 0 {
		_, err := fmt.Fprintln(w, "no candidate appeared within the window")
		return err
	}
	return nil
}
