package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/threats"
	"github.com/spf13/cobra"
)

func newAnalyzeThreatsCmd(app *App, common *analyzeCommon) *cobra.Command {
	var watchOnly bool
	cmd := &cobra.Command{
		Use:   "threats",
		Short: "posts threatening violence against a person, or doxxing a protected person",
		Long: `threats classifies every post (Arabic and English, robust to spelling variation)
with an explainable model: violent words aimed at an addressee, intent and
orders, threat formulas, against the contexts that use the same words without
threatening (news, condemnation, religious quotation, sport, jokes). Doxxing is
a post showing a watchlisted person's photo (perceptual-hash match) or personal
details (phone, e-mail, address, workplace) together with hostility.
Every finding carries the features that fired as evidence.`,
		Example: `  marsad analyze threats
  marsad analyze threats --watchlist-only --since 2025-03-01 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := common.checkFormat("threats", "table", "json"); err != nil {
				return err
			}
			st, err := app.store(cmd.Context())
			if err != nil {
				return err
			}
			defer st.Close()
			started := time.Now()
			res, err := runThreats(cmd.Context(), st, common, watchOnly)
			if err != nil {
				return err
			}
			if err := saveRunTo(cmd.Context(), app, st, common, "threats", map[string]any{"watchlist_only": watchOnly}, started, res); err != nil {
				return err
			}
			if common.Format == "json" {
				return writeJSON(app.Stdout, res)
			}
			return writeThreatsTable(app.Stdout, res.Posts)
		},
	}
	cmd.Flags().BoolVar(&watchOnly, "watchlist-only", false, "only threats and doxxing against watchlisted accounts, newest first")
	return cmd
}

// runThreats streams the posts in the --since/--until range through the
// threat and doxxing detector.
func runThreats(ctx context.Context, st marsad.Store, common *analyzeCommon, watchOnly bool) (threats.Result, error) {
	filter, err := common.filter()
	if err != nil {
		return threats.Result{}, err
	}
	wl, err := st.ListWatchlist(ctx)
	if err != nil {
		return threats.Result{}, fmt.Errorf("threats: read watchlist: %w", err)
	}
	d := threats.NewDetector(wl)
	res := threats.Result{Posts: []threats.Finding{}}
	err = st.ScanPosts(ctx, filter, func(p *marsad.Post) error {
		f, ok := d.Classify(p)
		if ok && (!watchOnly || f.Watchlisted) {
			f.ID, f.Author = strings.Clone(f.ID), strings.Clone(f.Author)
			f.Target, f.TargetHandle = strings.Clone(f.Target), strings.Clone(f.TargetHandle)
			res.Posts = append(res.Posts, f)
		}
		return nil
	})
	if err != nil {
		return res, fmt.Errorf("threats: scan posts: %w", err)
	}
	if watchOnly {
		threats.NewestFirst(res.Posts)
	} else {
		threats.SortFindings(res.Posts)
	}
	return res, nil
}

func writeThreatsTable(w io.Writer, fs []threats.Finding) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "TIME\tKIND\tSCORE\tPOST\tAUTHOR\tTARGET\tWATCHED\tEVIDENCE")
	for _, f := range fs {
		target := f.Target
		if f.TargetHandle != "" {
			target = "@" + f.TargetHandle
		}
		ev := ""
		if len(f.Evidence) > 0 {
			ev = f.Evidence[0].Reason
		}
		fmt.Fprintf(tw, "%s\t%s\t%.2f\t%s\t%s\t%s\t%v\t%s\n", f.Time.Format(time.RFC3339), f.Kind, f.Score, f.ID, f.Author, target, f.Watchlisted, clipText(ev, 120))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d posts\n", len(fs))
	return err
}

func clipText(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
