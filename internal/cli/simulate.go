package cli

import (
	"fmt"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/spf13/cobra"
)

func newSimulateCmd(app *App) *cobra.Command {
	var (
		seed    uint64
		scale   float64
		out     string
		start   string
		days    int
		posts   int
		control bool
	)
	cmd := &cobra.Command{
		Use:   "simulate --seed N --scale X --out DIR",
		Short: "write a synthetic media-army scenario with ground truth",
		Long: `simulate writes a deterministic synthetic scenario — a supervisor and provincial
officials publishing releases, organisers calling for campaigns, coordinated squads,
influence hubs, suspended accounts returning under new handles, threats, doxxing,
a counter-campaign hashtag, and a large ordinary population with hard negatives —
in the formats marsad imports, plus truth.json with the ground truth:

  tweets.jsonl      Twitter API v1.1 tweet objects (one per line)
  twarc2.jsonl      Twitter API v2 pages as written by twarc2
  follows.csv       follower_id,followee_id
  status.csv        account_id,screen_name,status,suspended_at
  watchlist.csv     account_id,screen_name,name,photo_hash
  media_hashes.csv  media_url,hash (64-hex PDQ-like)
  truth.json        ground truth (not importable; see docs/SCENARIO.md)

The same seed and scale give byte-identical files. Scale 1 is about 20,000
accounts and 300,000+ posts over three weeks; scale 0.1 takes a few seconds.`,
		Example: `  marsad simulate --seed 1 --scale 0.1 --out sim1
  marsad --db x.db import sim1/*
  marsad simulate --seed 7 --scale 1 --posts 1000000 --out big   # benchmark volume
  marsad simulate --seed 3 --scale 0.1 --control --out ctl       # no army: measure false positives`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return marsad.Errorf(marsad.EINVALID, "--out DIR is required")
			}
			if err := checkScale(scale); err != nil {
				return err
			}
			cfg := sim.Config{Seed: seed, Scale: scale, Days: days, Posts: posts, Control: control}
			if start != "" {
				t, err := time.Parse(time.DateOnly, start)
				if err != nil {
					return marsad.Errorf(marsad.EINVALID, "--start %q: want YYYY-MM-DD", start)
				}
				cfg.Start = t
			}
			var progress sim.Progress
			if app.Interactive() {
				progress = newSimProgress(app.Stderr)
			}
			began := time.Now()
			truth, err := sim.Generate(cmd.Context(), cfg, out, progress)
			if err != nil {
				return err
			}
			if !app.Quiet {
				fmt.Fprintf(app.Stdout, "wrote %s: %d accounts, %d posts (%d tweet-v1, %d twarc2), %d follows, %d suspensions, %d returns, %d campaigns in %s\n",
					out, truth.Counts["accounts"], truth.Counts["posts"], truth.Counts["posts_tweet_v1"], truth.Counts["posts_twarc2"],
					truth.Counts["follows"], len(truth.Suspensions), len(truth.Returns), len(truth.Campaigns), time.Since(began).Round(time.Millisecond))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.Uint64Var(&seed, "seed", 1, "random seed: same seed, same files")
	f.Float64Var(&scale, "scale", 0.1, "population scale: 1.0 ≈ 20k accounts and 300k+ posts")
	f.StringVar(&out, "out", "", "output directory (created if missing)")
	f.StringVar(&start, "start", "", "first day of the window, YYYY-MM-DD (default "+sim.DefaultStart.Format(time.DateOnly)+")")
	f.IntVar(&days, "days", 0, "length of the window in days (default 21)")
	f.IntVar(&posts, "posts", 0, "at least about this many posts (adds ordinary chatter; for benchmarks)")
	f.BoolVar(&control, "control", false, "control scenario: the same world without the media army (anything flagged is a false positive)")
	return cmd
}

// maxScale is the largest --scale the simulator accepts.
const maxScale = 1000

// checkScale refuses a --scale the simulator would not honour: zero would
// silently mean the simulator's default (scale 1, a twenty-times bigger run
// than the demo's default), a negative or huge one is a typo.
func checkScale(scale float64) error {
	if !(scale > 0 && scale <= maxScale) {
		return marsad.Errorf(marsad.EINVALID, "--scale %g: want a number above 0 and at most %d (1.0 ≈ 20k accounts, 300k posts)", scale, maxScale)
	}
	return nil
}
