package cli

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad/internal/analysis/reach"
	"github.com/marsad-project/marsad/internal/analysis/roles"
	"github.com/spf13/cobra"
)

func newAnalyzeReachCmd(app *App, common *analyzeCommon) *cobra.Command {
	var o reach.Options
	cmd := &cobra.Command{
		Use:   "reach --hashtag TAG",
		Short: "how far a counter-campaign hashtag reached, and how the army reacted",
		Long: `Measure a hashtag operation: posts that carried the hashtag, accounts that posted
or reposted them, reposts, potential impressions (the sum of the followers of every
posting and reposting account — potential, not views), activity per hour, the
campaign's leaders (its most reposted accounts), and the army's reaction: posts by
army accounts (from the latest roles run, computed now if there is none) that
answer the campaign's posts, hijack its hashtag, or go after its leaders.`,
		Example: `  marsad analyze reach --hashtag صوتنا_أقوى
  marsad analyze reach --hashtag '#NotInOurName' --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if strings.Trim(o.Hashtag, "# ") == "" {
				return &usageError{fmt.Errorf("reach needs --hashtag TAG")}
			}
			if err := checkDuration("bucket", o.Bucket); err != nil {
				return err
			}
			return runReach(cmd.Context(), app, common, o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.Hashtag, "hashtag", "", "the campaign's hashtag (with or without #)")
	f.IntVar(&o.Leaders, "leaders", 5, "how many of the most reposted campaign accounts count as its leaders")
	o.Bucket = time.Hour
	f.Var((*dayDuration)(&o.Bucket), "bucket", "timeline step (e.g. 1h, 30m, 1d)")
	return cmd
}

func runReach(ctx context.Context, app *App, common *analyzeCommon, o reach.Options) error {
	format, err := common.checkFormat("reach", "table", "json")
	if err != nil {
		return err
	}
	started := time.Now()
	s, err := loadSnapshot(ctx, app, common)
	if err != nil {
		return err
	}
	army := make([]bool, s.NumAccounts())
	known, err := latestRoles(ctx, app)
	if err != nil {
		return err
	}
	if known != nil {
		for id, role := range known {
			if a, ok := s.Account(id); ok && role != string(roles.RoleOther) {
				army[a] = true
			}
		}
	} else {
		app.Logger.Info("no roles run in the store; classifying roles for the reaction")
		in, err := rolesInputs(ctx, app, s)
		if err != nil {
			return err
		}
		for _, a := range roles.Classify(s, in, roles.Options{}).Accounts {
			army[a.Account] = true
		}
	}
	o.Army = func(a uint32) bool { return army[a] }
	r := reach.Measure(s, o)
	if format == "json" {
		err = writeJSON(app.Stdout, r)
	} else {
		err = writeReachTable(app.Stdout, r)
	}
	if err != nil {
		return fmt.Errorf("write reach: %w", err)
	}
	return saveRun(ctx, app, common, "reach", map[string]any{"hashtag": r.Hashtag, "leaders": o.Leaders, "bucket": o.Bucket.String()}, started, r)
}

func writeReachTable(w io.Writer, r *reach.Result) error {
	if r.Posts == 0 {
		fmt.Fprintf(w, "no post carries #%s in the selected range\n", r.Hashtag)
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "hashtag\t#%s\n", r.Hashtag)
	fmt.Fprintf(tw, "period\t%s … %s\n", r.Start.Format("2006-01-02 15:04"), r.End.Format("2006-01-02 15:04"))
	fmt.Fprintf(tw, "posts\t%d\n", r.Posts)
	fmt.Fprintf(tw, "accounts\t%d\n", r.Accounts)
	fmt.Fprintf(tw, "reposts\t%d\n", r.Reposts)
	fmt.Fprintf(tw, "potential impressions\t%d (sum of followers, not views)\n", r.PotentialImpressions)
	fmt.Fprintf(tw, "leaders\t%s\n", strings.Join(r.Leaders, " "))
	fmt.Fprintf(tw, "army reaction\t%d posts by %d accounts\n", len(r.Reactions.Posts), len(r.Reactions.Accounts))
	return tw.Flush()
}
