package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/campaigns"
	"github.com/marsad-project/marsad/internal/analysis/threats"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/spf13/cobra"
)

// campaignsFlags are the options of `marsad analyze campaigns`.
type campaignsFlags struct {
	AllTargets      bool          `json:"all_targets"`
	WatchlistOnly   bool          `json:"watchlist_only"`
	ActiveOnly      bool          `json:"active_only"`
	Lookback        time.Duration `json:"lookback"`
	Alpha           float64       `json:"alpha"`
	MinEvents       int           `json:"min_events"`
	MinParticipants int           `json:"min_participants"`
}

// campaignsJSON is the output: DESIGN.md §6 plus, with --watchlist-only, the
// threats against protected accounts.
type campaignsJSON struct {
	Campaigns []campaigns.Campaign `json:"campaigns"`
	Threats   []threats.Finding    `json:"threats,omitempty"`
}

func newAnalyzeCampaignsCmd(app *App, common *analyzeCommon) *cobra.Command {
	f := &campaignsFlags{}
	cmd := &cobra.Command{
		Use:   "campaigns",
		Short: "targeting campaigns against accounts: calls to action and the pile-ons that follow",
		Long: `campaigns finds calls to action against an account (Arabic and English: report,
mass report, "بلغوا", "حملة تبليغ", addressed to the base) and bursts of replies,
mentions and quotes against that account well above its own baseline (a Poisson
burst test), and reports a campaign when a burst follows a call (within
--lookback) or is carried by a coordination group (the latest coordination run).
Organic controversies with no call and unrelated repliers are not campaigns.
Watchlisted accounts and accounts named by a call are examined by default;
--all-targets examines every account. --watchlist-only is the alert view:
campaigns and threats against protected accounts, newest first.`,
		Example: `  marsad analyze campaigns
  marsad analyze campaigns --watchlist-only --since 2025-03-01
  marsad analyze campaigns --watchlist-only --active
  marsad analyze campaigns --all-targets --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := common.checkFormat("campaigns", "table", "json"); err != nil {
				return err
			}
			if err := firstErr(
				checkDuration("lookback", f.Lookback),
				checkRange("alpha", f.Alpha, 0, 1), checkAbove("alpha", f.Alpha, 0),
				checkMin("min-events", float64(f.MinEvents), 1),
				checkMin("min-participants", float64(f.MinParticipants), 1),
			); err != nil {
				return err
			}
			return runCampaigns(cmd.Context(), app, common, f)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&f.AllTargets, "all-targets", false, "examine every account, not only watchlisted ones and those named by a call")
	fl.BoolVar(&f.WatchlistOnly, "watchlist-only", false, "alerts: campaigns and threats against watchlisted accounts, newest first")
	fl.BoolVar(&f.ActiveOnly, "active", false, "only active campaigns (pile-on within 48h of the newest post, target not suspended)")
	f.Lookback = 48 * time.Hour
	fl.Var((*dayDuration)(&f.Lookback), "lookback", "how long before a burst a call to action may be posted (e.g. 48h or 2d)")
	fl.Float64Var(&f.Alpha, "alpha", 1e-6, "significance level of the Poisson burst test per window")
	fl.IntVar(&f.MinEvents, "min-events", 6, "fewest replies/mentions/quotes in a burst")
	fl.IntVar(&f.MinParticipants, "min-participants", 4, "fewest distinct accounts in a campaign")
	return cmd
}

func runCampaigns(ctx context.Context, app *App, common *analyzeCommon, f *campaignsFlags) error {
	started := time.Now()
	s, err := loadSnapshot(ctx, app, common)
	if err != nil {
		return err
	}
	st, err := app.store(ctx)
	if err != nil {
		return err
	}
	defer st.Close()
	wl, err := st.ListWatchlist(ctx)
	if err != nil {
		return fmt.Errorf("campaigns: read watchlist: %w", err)
	}
	opt := campaigns.Options{
		Watchlist: watchIndices(s, wl), AllTargets: f.AllTargets && !f.WatchlistOnly,
		Lookback: f.Lookback, Alpha: f.Alpha, MinEvents: f.MinEvents, MinParticipants: f.MinParticipants,
	}
	if opt.CoordinationGroups, err = latestCoordinationGroups(ctx, st, s); err != nil {
		return err
	}
	res := campaigns.Detect(s, opt)
	out := campaignsJSON{Campaigns: res.Campaigns}
	if f.ActiveOnly {
		kept := out.Campaigns[:0]
		for _, c := range out.Campaigns {
			if c.Active {
				kept = append(kept, c)
			}
		}
		out.Campaigns = kept
	}
	if f.WatchlistOnly {
		kept := out.Campaigns[:0]
		for _, c := range out.Campaigns {
			if c.Watchlisted {
				kept = append(kept, c)
			}
		}
		out.Campaigns = kept
		campaigns.NewestFirst(out.Campaigns)
		tr, err := runThreats(ctx, st, common, true)
		if err != nil {
			return err
		}
		out.Threats = tr.Posts
	}
	if err := saveRunTo(ctx, app, st, common, "campaigns", f, started, out); err != nil {
		return err
	}
	if common.Format == "json" {
		return writeJSON(app.Stdout, out)
	}
	if err := writeCampaignsTable(app.Stdout, out.Campaigns); err != nil {
		return err
	}
	if f.WatchlistOnly {
		fmt.Fprintln(app.Stdout)
		return writeThreatsTable(app.Stdout, out.Threats)
	}
	return nil
}

// watchIndices resolves watchlist entries to snapshot accounts (by id, else
// by handle); entries absent from the data are skipped.
func watchIndices(s *snapshot.Snapshot, wl []marsad.WatchlistEntry) []uint32 {
	var out []uint32
	for _, e := range wl {
		if a, ok := s.Account(e.AccountID); ok && e.AccountID != "" {
			out = append(out, a)
			continue
		}
		if e.Handle != "" {
			out = append(out, s.AccountsByHandle(e.Handle)...)
		}
	}
	return out
}

// latestCoordinationGroups reads the newest coordination run's groups and
// maps their members to snapshot accounts; no run is not an error.
func latestCoordinationGroups(ctx context.Context, st marsad.Store, s *snapshot.Snapshot) ([][]uint32, error) {
	run, err := st.LatestRun(ctx, "coordination")
	if marsad.ErrorCode(err) == marsad.ENOTFOUND {
		return nil, nil
	} else if err != nil {
		return nil, fmt.Errorf("campaigns: read the latest coordination run: %w", err)
	}
	var body struct {
		Groups []struct {
			Members []string `json:"members"`
		} `json:"groups"`
	}
	if err := json.Unmarshal(run.Result, &body); err != nil {
		return nil, fmt.Errorf("campaigns: coordination run #%d: %w", run.ID, err)
	}
	var out [][]uint32
	for _, g := range body.Groups {
		var members []uint32
		for _, id := range g.Members {
			if a, ok := s.Account(id); ok {
				members = append(members, a)
			}
		}
		if len(members) > 0 {
			out = append(out, members)
		}
	}
	return out, nil
}

func writeCampaignsTable(w io.Writer, cs []campaigns.Campaign) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "START\tEND\tTARGET\tWATCHED\tACTIVE\tSCORE\tCALLS\tPARTICIPANTS\tSUSPENDED\tTOP EVIDENCE")
	for _, c := range cs {
		target := c.Target
		if c.TargetHandle != "" {
			target = "@" + c.TargetHandle
		}
		susp := ""
		if c.TargetSuspendedAt != nil {
			susp = c.TargetSuspendedAt.Format(time.RFC3339)
		}
		ev := ""
		if len(c.Evidence) > 1 {
			ev = c.Evidence[1].Reason
		} else if len(c.Evidence) == 1 {
			ev = c.Evidence[0].Reason
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%v\t%v\t%.2f\t%s\t%d\t%s\t%s\n", c.Start.Format(time.RFC3339), c.End.Format(time.RFC3339),
			target, c.Watchlisted, c.Active, c.Score, strings.Join(c.CallPosts, ","), len(c.Participants), susp, clipText(ev, 100))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%d campaigns\n", len(cs))
	return err
}
