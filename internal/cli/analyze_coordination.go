package cli

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/coordination"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/spf13/cobra"
)

// coordinationFlags are the flags of `marsad analyze coordination`.
type coordinationFlags struct {
	Behaviour        string
	Window           string
	MinWeight        int
	MinSync          float64
	Alpha            float64
	Crowd            int
	Similarity       float64
	CNTCompatible    bool
	IncludeSelfLoops bool
	Explain          bool
}

func newAnalyzeCoordinationCmd(app *App, common *analyzeCommon) *cobra.Command {
	f := &coordinationFlags{}
	cmd := &cobra.Command{
		Use:   "coordination [--explain ACCOUNT ACCOUNT]",
		Short: "accounts acting in concert: co-retweet, same or near-identical text, same links, hashtags, reply and mention targets",
		Long: `Find accounts that act in concert: they retweet the same post, post the same or
nearly the same text, share the same link or hashtag sequence, reply to the same
post or mention the same account within --window of each other, again and again,
more than their own activity explains. Prints groups with a score and the shared
items behind them, and the account pairs (edges) per behaviour.

--cnt-compatible computes the coordination-network-toolkit's co_retweet, co_tweet
and co_link networks exactly instead (directed edges, no significance filter).
--explain A B lists every co-action of two accounts (ids or @handles).`,
		Example: `  marsad analyze coordination
  marsad analyze coordination --behaviour co-retweet,co-link --window 30s --format json
  marsad analyze coordination --format gexf > coordination.gexf
  marsad analyze coordination --cnt-compatible --behaviour co_retweet --window 60 --format csv
  marsad analyze coordination --explain 1234567 @someone`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.Explain && len(args) != 2 {
				return &usageError{fmt.Errorf("--explain needs two accounts (ids or @handles)")}
			}
			if !f.Explain && len(args) != 0 {
				return &usageError{fmt.Errorf("unexpected arguments %q (did you mean --explain A B?)", args)}
			}
			return runCoordination(cmd.Context(), app, common, f, args, cmd.Flags().Changed("min-weight"))
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.Behaviour, "behaviour", "all", "behaviours, comma-separated: "+strings.Join(behaviourNames(), ", "))
	fl.StringVar(&f.Window, "window", "60s", "largest time between two actions of a co-action (60s, 2m, or seconds)")
	fl.IntVar(&f.MinWeight, "min-weight", 3, "least distinct co-actions for a pair (toolkit mode default: 1)")
	fl.Float64Var(&f.MinSync, "min-sync", 0.5, "least share of the items both accounts acted on that they acted on within the window")
	fl.Float64Var(&f.Alpha, "alpha", 0.01, "false-alarm rate of the choice test over all candidate pairs (Bonferroni)")
	fl.IntVar(&f.Crowd, "crowd", 100, "compare each action with at most this many actions before it in the window")
	fl.Float64Var(&f.Similarity, "similarity", 0.7, "near-duplicate threshold (estimated Jaccard of character 4-grams)")
	fl.BoolVar(&f.CNTCompatible, "cnt-compatible", false, "reproduce the coordination-network-toolkit's co_retweet/co_tweet/co_link edges exactly")
	fl.BoolVar(&f.IncludeSelfLoops, "include-self-loops", false, "toolkit mode: keep user_1 = user_2 edges")
	fl.BoolVar(&f.Explain, "explain", false, "list the co-actions of the two accounts given as arguments")
	return cmd
}

func behaviourNames() []string {
	var out []string
	for _, b := range coordination.AllBehaviours {
		out = append(out, string(b))
	}
	return out
}

// parseWindow accepts a Go duration (60s, 1m30s) or a number of seconds.
func parseWindow(v string) (time.Duration, error) {
	if n, err := strconv.ParseFloat(v, 64); err == nil {
		if n < 0 {
			return 0, marsad.Errorf(marsad.EINVALID, "--window %q: want ≥ 0", v)
		}
		return time.Duration(n * float64(time.Second)), nil
	}
	d, err := time.ParseDuration(v)
	if err != nil || d < 0 {
		return 0, marsad.Errorf(marsad.EINVALID, "--window %q: want a duration such as 60s or 2m, or seconds", v)
	}
	return d, nil
}

func (f *coordinationFlags) options() (coordination.Options, error) {
	var o coordination.Options
	bs, err := coordination.ParseBehaviours(f.Behaviour)
	if err != nil {
		return o, marsad.Errorf(marsad.EINVALID, "--behaviour: %v", err)
	}
	w, err := parseWindow(f.Window)
	if err != nil {
		return o, err
	}
	if w == 0 {
		w = time.Nanosecond // explicit 0: simultaneous only (0 means default in Options)
	}
	o = coordination.Options{Behaviours: bs, Window: w, MinWeight: f.MinWeight, MinSync: f.MinSync,
		Alpha: f.Alpha, CrowdSize: f.Crowd, NearDupSimilarity: f.Similarity}
	if f.MinWeight < 1 || f.Crowd < 1 || f.MinSync < 0 || f.MinSync > 1 || f.Alpha <= 0 || f.Alpha > 1 || f.Similarity <= 0 || f.Similarity > 1 {
		return o, marsad.Errorf(marsad.EINVALID, "invalid threshold: --min-weight ≥ 1, --crowd ≥ 1, --min-sync in [0,1], --alpha and --similarity in (0,1]")
	}
	return o, nil
}

func runCoordination(ctx context.Context, app *App, common *analyzeCommon, f *coordinationFlags, args []string, minWeightSet bool) error {
	format, err := common.checkFormat("coordination", "table", "json", "csv", "gexf", "graphml")
	if err != nil {
		return err
	}
	opts, err := f.options()
	if err != nil {
		return err
	}
	started := time.Now()
	s, err := loadSnapshot(ctx, app, common)
	if err != nil {
		return err
	}
	if f.Explain {
		return explainPair(app, s, opts, args[0], args[1], format)
	}
	var result any
	if f.CNTCompatible {
		minW := f.MinWeight
		if !minWeightSet {
			minW = 1
		}
		bs := opts.Behaviours
		if f.Behaviour == "all" || f.Behaviour == "" {
			bs = []coordination.Behaviour{coordination.CoRetweet, coordination.CoTweet, coordination.CoLink}
		}
		edges, err := coordination.CNT(s, coordination.CNTOptions{Behaviours: bs, Window: opts.Window, MinWeight: minW, IncludeSelfLoops: f.IncludeSelfLoops})
		if err != nil {
			return marsad.Errorf(marsad.EINVALID, "%v", err)
		}
		coordination.SortDirected(s, edges)
		result = cntJSON(s, edges)
		if err := writeCNT(app.Stdout, format, s, edges); err != nil {
			return err
		}
	} else {
		r, err := coordination.Detect(ctx, s, opts)
		if err != nil {
			return fmt.Errorf("coordination: %w", err)
		}
		for _, st := range r.Stats {
			app.Logger.Debug("coordination behaviour", "stats", st.String())
		}
		j := r.ToJSON(s)
		result = j
		if err := writeCoordination(app.Stdout, format, s, r, &j); err != nil {
			return err
		}
	}
	return saveRun(ctx, app, common, "coordination", f, started, result)
}

// resolveAccount finds an account by id or @handle.
func resolveAccount(s *snapshot.Snapshot, v string) (uint32, error) {
	if a, ok := s.Account(v); ok && !strings.HasPrefix(v, "@") {
		return a, nil
	}
	as := s.AccountsByHandle(v)
	switch len(as) {
	case 1:
		return as[0], nil
	case 0:
		if a, ok := s.Account(v); ok {
			return a, nil
		}
		return 0, marsad.Errorf(marsad.ENOTFOUND, "account %q is not in the data (give a platform id or @handle)", v)
	}
	return 0, marsad.Errorf(marsad.EINVALID, "handle %q names %d accounts; give a platform id", v, len(as))
}
