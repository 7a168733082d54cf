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
	"github.com/marsad-project/marsad/internal/analysis/hubs"
	"github.com/marsad-project/marsad/internal/graphio"
	"github.com/spf13/cobra"
)

func newAnalyzeHubsCmd(app *App, common *analyzeCommon) *cobra.Command {
	var o hubs.Options
	cmd := &cobra.Command{
		Use:   "hubs",
		Short: "influence hubs: communities of the interaction graph and their leaders",
		Long: `Build the weighted interaction graph (reposts, quotes, replies, mentions and
follows when imported), split it into communities with the Louvain method and
report every account that has disciples inside its community: members who
direct a large share (--min-share) of their interactions at it. Squad
amplifiers who spread their reposts over many official accounts are nobody's
disciples; a hub's disciples devote themselves to one famous account. Each hub
lists its leader, co-leaders, disciples, a member ranking by in-strength and
PageRank, top amplified posts, top hashtags and daily activity. The score is
the disciples' mean devotion to the leader.`,
		Example: `  marsad analyze hubs
  marsad analyze hubs --min-size 10 --resolution 1.5 --format json
  marsad analyze hubs --format gexf > hubs.gexf`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			w := hubs.DefaultWeights
			w.Follow = o.Weights.Follow
			o.Weights = w
			if err := checkHubsOptions(o); err != nil {
				return err
			}
			return runHubs(cmd.Context(), app, common, o)
		},
	}
	f := cmd.Flags()
	f.IntVar(&o.MinSize, "min-size", 5, "smallest community reported, leader included")
	f.Float64Var(&o.Resolution, "resolution", 1, "Louvain resolution: above 1 gives smaller communities")
	f.Float64Var(&o.MinShare, "min-share", 0.25, "least share of a disciple's interactions that go to its leader")
	f.Float64Var(&o.MinScore, "min-score", 0.32, "least mean devotion of a hub's disciples (the hub's score)")
	f.Float64Var(&o.MinTie, "min-tie", 2, "least interaction weight from a disciple to its leader (a repost weighs 1)")
	f.Float64Var(&o.Weights.Follow, "follow-weight", hubs.DefaultWeights.Follow, "weight of a follow edge (0 ignores follows)")
	f.Uint64Var(&o.Seed, "seed", 1, "random seed of the community search (same seed, same result)")
	return cmd
}

func runHubs(ctx context.Context, app *App, common *analyzeCommon, o hubs.Options) error {
	format, err := common.checkFormat("hubs", "table", "json", "gexf", "graphml")
	if err != nil {
		return err
	}
	started := time.Now()
	s, err := loadSnapshot(ctx, app, common)
	if err != nil {
		return err
	}
	r := hubs.Detect(s, o)
	if err := ctx.Err(); err != nil {
		return err // Ctrl-C during the community search: print nothing
	}
	rep := hubs.NewReport(s, r)
	if roles, err := latestRoles(ctx, app); err != nil {
		return err
	} else if roles != nil {
		rep.AnnotateRoles(roles)
	}
	switch format {
	case "json":
		err = writeJSON(app.Stdout, rep)
	case "gexf":
		err = graphio.WriteGEXF(app.Stdout, hubs.Graph(s, r))
	case "graphml":
		err = graphio.WriteGraphML(app.Stdout, hubs.Graph(s, r))
	default:
		err = writeHubsTable(app.Stdout, rep)
	}
	if err != nil {
		return fmt.Errorf("write hubs: %w", err)
	}
	return saveRun(ctx, app, common, "hubs", o, started, rep)
}

func writeHubsTable(w io.Writer, rep *hubs.Report) error {
	fmt.Fprintf(w, "%d hubs among %d communities (%d accounts, %d interacting pairs)\n\n",
		len(rep.Hubs), rep.Communities, rep.Nodes, rep.Edges)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "HUB\tLEADER\tLEADER ROLE\tSIZE\tARMY MEMBERS\tSCORE\tTOP HASHTAGS\tACTIVE")
	for _, h := range rep.Hubs {
		var tags []string
		for _, t := range h.TopHashtags {
			tags = append(tags, "#"+t.Tag)
		}
		leader := h.Leader
		if h.LeaderHandle != "" {
			leader = "@" + h.LeaderHandle + " (" + h.Leader + ")"
		}
		army := "-"
		if h.MemberRoles != nil {
			army = fmt.Sprint(h.Size - 1 - h.MemberRoles["other"])
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%s\t%.2f\t%s\t%s … %s\n", h.ID, leader, orDash(h.LeaderRole), h.Size, army, h.Score,
			strings.Join(tags, " "), h.First.Format("2006-01-02"), h.Last.Format("2006-01-02"))
	}
	return tw.Flush()
}

// checkHubsOptions refuses flag values the method has no meaning for, which
// would otherwise run and quietly report something else.
func checkHubsOptions(o hubs.Options) error {
	return firstErr(
		checkMin("min-size", float64(o.MinSize), 1),
		checkAbove("resolution", o.Resolution, 0),
		checkRange("min-share", o.MinShare, 0, 1),
		checkRange("min-score", o.MinScore, 0, 1),
		checkMin("min-tie", o.MinTie, 0),
		checkMin("follow-weight", o.Weights.Follow, 0),
	)
}

// latestRoles returns account id → role from the latest roles run, or nil
// when there is none.
func latestRoles(ctx context.Context, app *App) (map[string]string, error) {
	st, err := app.store(ctx)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	run, err := st.LatestRun(ctx, "roles")
	if marsad.ErrorCode(err) == marsad.ENOTFOUND {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var r struct {
		Accounts []struct {
			ID   string `json:"id"`
			Role string `json:"role"`
		} `json:"accounts"`
	}
	if err := json.Unmarshal(run.Result, &r); err != nil {
		return nil, fmt.Errorf("read roles run %d: %w", run.ID, err)
	}
	m := make(map[string]string, len(r.Accounts))
	for _, a := range r.Accounts {
		m[a.ID] = a.Role
	}
	return m, nil
}
