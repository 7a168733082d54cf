package coordination

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/eval"
	"github.com/marsad-project/marsad/internal/ingest"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// evalScale and evalSeed select the scenario of TestEvaluateOnSimulator.
// The reported figures use seed 97 at scale 1.0; the thresholds were tuned
// on seed 11 only.
var (
	evalScale = flag.Float64("coord.scale", 0, "run TestEvaluateOnSimulator at this simulator scale (e.g. 1.0)")
	evalSeed  = flag.Uint64("coord.seed", 97, "simulator seed for TestEvaluateOnSimulator")
)

// builderSink feeds decoded records straight into a snapshot builder, so the
// evaluation goes through the real importers without a database.
type builderSink struct{ b *snapshot.Builder }

func (s builderSink) Account(a *marsad.Account) error                  { s.b.AddAccount(a); return nil }
func (s builderSink) Post(p *marsad.Post) error                        { s.b.Add(p); return nil }
func (s builderSink) Follow(f *marsad.Follow) error                    { s.b.AddFollow(*f); return nil }
func (s builderSink) StatusChange(c *marsad.StatusChange) error        { s.b.AddStatus(*c); return nil }
func (s builderSink) Watchlist(*marsad.WatchlistEntry) error           { return nil }
func (s builderSink) MediaHash(*marsad.MediaHash) error                { return nil }
func (s builderSink) Reject(line int64, reason string, _ []byte) error { return nil }
func (s builderSink) Notice(string)                                    {}

// simSnapshot generates a scenario and loads it through the importers.
func simSnapshot(t testing.TB, seed uint64, scale float64) (*snapshot.Snapshot, *sim.Truth) {
	return simScenario(t, sim.Config{Seed: seed, Scale: scale})
}

// simScenario generates the scenario cfg and loads it through the importers.
func simScenario(t testing.TB, cfg sim.Config) (*snapshot.Snapshot, *sim.Truth) {
	t.Helper()
	dir := t.TempDir()
	ctx := context.Background()
	truth, err := sim.Generate(ctx, cfg, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := snapshot.NewBuilder()
	for name, f := range map[string]ingest.Format{"tweets.jsonl": ingest.TweetV1, "follows.csv": ingest.FollowsCSV, "status.csv": ingest.StatusCSV} {
		fh, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Decode(ctx, fh, ingest.Options{}, builderSink{b}); err != nil {
			t.Fatalf("decode %s: %v", name, err)
		}
		fh.Close()
	}
	s, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return s, truth
}

// simFigures are the measured accuracy figures.
type simFigures struct {
	score              eval.CoordinationScore
	ordinary, ordInGrp int
	viralInGroups      int // distinct non-army retweeters of viral posts placed in groups
}

func measure(t testing.TB, s *snapshot.Snapshot, truth *sim.Truth, r *Result) simFigures {
	var cr eval.CoordinationResult
	for _, g := range r.ToJSON(s).Groups {
		cr.Groups = append(cr.Groups, struct {
			Members []string `json:"members"`
		}{g.Members})
	}
	f := simFigures{score: eval.Coordination(&cr, truth)}
	placed := map[string]bool{}
	for _, g := range cr.Groups {
		for _, m := range g.Members {
			placed[m] = true
		}
	}
	for id, role := range truth.Roles {
		if role == sim.RoleOrdinary {
			f.ordinary++
			if placed[id] {
				f.ordInGrp++
			}
		}
	}
	counted := map[string]bool{}
	for _, v := range truth.HardNegatives.ViralPosts {
		k, ok := s.Post(v)
		if !ok {
			continue
		}
		for _, p := range s.RepostsOf.Of(k) {
			id := s.AccountIDs[s.Author[p]]
			if placed[id] && !sim.IsArmy(truth.Roles[id]) && !counted[id] {
				counted[id] = true
				f.viralInGroups++
			}
		}
	}
	return f
}

func report(t testing.TB, f simFigures) {
	t.Logf("groups %d; squad-membership pairs: precision %.3f recall %.3f (TP %d FP %d FN %d)",
		f.score.Groups, f.score.Pairs.Precision(), f.score.Pairs.Recall(), f.score.Pairs.TP, f.score.Pairs.FP, f.score.Pairs.FN)
	t.Logf("ordinary users in groups: %d of %d (%.4f%%); non-army in groups: %d of %d; viral-storm retweeters (non-army) in groups: %d",
		f.ordInGrp, f.ordinary, 100*float64(f.ordInGrp)/float64(max(f.ordinary, 1)), f.score.NonArmyInGroups, f.score.NonArmy, f.viralInGroups)
}

// TestSimulatorFloors checks accuracy floors on a small scenario with hard
// negatives (viral storms, organic threads, fans of famous accounts).
func TestSimulatorFloors(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and imports a simulated scenario")
	}
	s, truth := simSnapshot(t, 5, 0.1)
	r, err := Detect(context.Background(), s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f := measure(t, s, truth, r)
	report(t, f)
	if p := f.score.Pairs.Precision(); p < 0.9 {
		t.Errorf("pairwise precision %.3f < 0.9", p)
	}
	if rc := f.score.Pairs.Recall(); rc < 0.7 {
		t.Errorf("pairwise recall %.3f < 0.7", rc)
	}
	if share := float64(f.ordInGrp) / float64(max(f.ordinary, 1)); share > 0.001 {
		t.Errorf("%.4f of ordinary users placed in groups, want ≤ 0.001", share)
	}
	if f.viralInGroups > 0 {
		t.Errorf("%d non-army viral-storm retweeters placed in groups", f.viralInGroups)
	}
	// The control world has no media army: every account in a group is a
	// false alarm.
	placed, n := controlFalseAlarms(t, 5, 0.1)
	if float64(placed) > 0.001*float64(n) {
		t.Errorf("control scenario: %d of %d accounts placed in groups, want ≤ 0.1%%", placed, n)
	}
}

// controlFalseAlarms runs Detect on the scenario without the army and
// returns how many accounts it placed in groups, of how many.
func controlFalseAlarms(t testing.TB, seed uint64, scale float64) (placed, accounts int) {
	s, truth := simScenario(t, sim.Config{Seed: seed, Scale: scale, Control: true})
	r, err := Detect(context.Background(), s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range r.Groups {
		placed += len(g.Members)
	}
	t.Logf("control scenario seed %d scale %.2f: %d posts; %d groups, %d of %d accounts in groups",
		seed, scale, s.NumPosts(), len(r.Groups), placed, len(truth.Roles))
	return placed, len(truth.Roles)
}

// TestEvaluateOnSimulator prints the figures reported in the docs:
//
//	go test ./internal/analysis/coordination -run TestEvaluateOnSimulator -coord.scale 1.0 -v
func TestEvaluateOnSimulator(t *testing.T) {
	if *evalScale == 0 {
		t.Skip("set -coord.scale (e.g. 1.0) to evaluate")
	}
	s, truth := simSnapshot(t, *evalSeed, *evalScale)
	t.Logf("scenario seed %d scale %.2f: %d posts, %d accounts, %d squads", *evalSeed, *evalScale, s.NumPosts(), s.NumAccounts(), len(truth.Squads))
	r, err := Detect(context.Background(), s, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range r.Stats {
		t.Log(st)
	}
	report(t, measure(t, s, truth, r))
	controlFalseAlarms(t, *evalSeed, *evalScale)
}
