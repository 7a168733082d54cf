package campaigns

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/marsad-project/marsad/internal/eval"
)

// Evaluation on the simulator: the small scenario runs in the normal test
// suite with floors; -campaigns.scale 1 (or MARSAD_EVAL_SCALE=1) runs the
// full-scale measurement reported in docs/ANALYSES-campaigns.md.

var evalScale = flag.Float64("campaigns.scale", 0, "run the simulator evaluation at this scale (e.g. 1)")

func TestSimulatedScenario(t *testing.T) {
	if testing.Short() {
		t.Skip("simulator evaluation skipped in -short mode")
	}
	scale, seed := 0.1, uint64(12)
	if v, err := strconv.ParseFloat(os.Getenv("MARSAD_EVAL_SCALE"), 64); err == nil {
		scale = v
	}
	if *evalScale > 0 {
		scale = *evalScale
	}
	if v, err := strconv.ParseUint(os.Getenv("MARSAD_EVAL_SEED"), 10, 64); err == nil {
		seed = v
	}
	s, wl, truth := loadScenario(t, seed, scale)
	var watch []uint32
	for _, e := range wl {
		if a, ok := s.Account(e.AccountID); ok {
			watch = append(watch, a)
		}
	}
	calls := FindCalls(s)
	// Calls: every detected call is checked against the truth's call posts;
	// calls that opened a campaign must also name its target.
	isCall := map[string]bool{}
	for _, id := range truth.CallPosts {
		isCall[id] = true
	}
	callTarget := map[string]string{}
	for _, c := range truth.Campaigns {
		for _, id := range c.CallPosts {
			callTarget[id] = c.Target
			isCall[id] = true
		}
	}
	var cs eval.Score
	wrongTarget := 0
	for _, c := range calls {
		id := s.PostID(c.Post)
		if !isCall[id] {
			cs.FP++
			if testing.Verbose() && os.Getenv("MARSAD_EVAL_SHOW") != "" {
				t.Logf("  call FP: %s", s.PostText(c.Post))
			}
			continue
		}
		cs.TP++
		if tgt, ok := callTarget[id]; ok {
			hit := false
			for _, a := range c.Targets {
				hit = hit || s.AccountIDs[a] == tgt
			}
			if !hit {
				wrongTarget++
			}
		}
	}
	cs.FN = len(isCall) - cs.TP

	for _, all := range []bool{false, true} {
		res := Detect(s, Options{Watchlist: watch, AllTargets: all, Calls: calls})
		b, _ := json.Marshal(res)
		var r eval.CampaignsResult
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		sc := eval.Campaigns(&r, truth)
		t.Logf("seed %d scale %g all-targets=%v: campaigns precision %.3f recall %.3f (tp %d fp %d fn %d); participants precision %.3f recall %.3f F1 %.3f; decoys flagged %d of %d organic threads",
			seed, scale, all, sc.Campaigns.Precision(), sc.Campaigns.Recall(), sc.Campaigns.TP, sc.Campaigns.FP, sc.Campaigns.FN,
			sc.Participants.Precision(), sc.Participants.Recall(), sc.Participants.F1(), sc.DecoysFlagged, len(truth.HardNegatives.OrganicThreads))
		if testing.Verbose() && os.Getenv("MARSAD_EVAL_SHOW") != "" {
			for _, c := range res.Campaigns {
				t.Logf("  pred %s %s..%s parts %d calls %v score %.2f", c.Target, c.Start.Format("01-02T15:04"), c.End.Format("01-02T15:04"), len(c.Participants), c.CallPosts, c.Score)
			}
			for _, c := range truth.Campaigns {
				t.Logf("  true %s %s..%s parts %d calls %v %s", c.Target, c.Start.Format("01-02T15:04"), c.End.Format("01-02T15:04"), len(c.Participants), c.CallPosts, c.Kind)
				for _, pc := range res.Campaigns {
					if pc.Target != c.Target {
						continue
					}
					got := map[string]bool{}
					for _, a := range pc.Participants {
						got[a] = true
					}
					for _, a := range c.Participants {
						if !got[a] {
							t.Logf("    missed participant %s", a)
						}
					}
				}
			}
		}
		if len(truth.Campaigns) < 3 {
			t.Fatalf("the scenario has only %d campaigns", len(truth.Campaigns))
		}
		if sc.Campaigns.Precision() < 0.8 || sc.Campaigns.Recall() < 0.8 {
			t.Errorf("all-targets=%v: campaign precision %.3f / recall %.3f below the 0.8 floor", all, sc.Campaigns.Precision(), sc.Campaigns.Recall())
		}
		if sc.Participants.F1() < 0.7 {
			t.Errorf("all-targets=%v: participant F1 %.3f < 0.7", all, sc.Participants.F1())
		}
		if sc.DecoysFlagged > 0 {
			t.Errorf("all-targets=%v: %d organic threads flagged as campaigns", all, sc.DecoysFlagged)
		}
	}
	t.Logf("calls to action: precision %.3f recall %.3f (tp %d fp %d fn %d); %d campaign calls with a wrong target", cs.Precision(), cs.Recall(), cs.TP, cs.FP, cs.FN, wrongTarget)
	if cs.Precision() < 0.9 {
		t.Errorf("call-to-action precision %.3f < 0.9", cs.Precision())
	}
	if cs.Recall() < 0.8 {
		t.Errorf("call-to-action recall %.3f < 0.8", cs.Recall())
	}
	_ = fmt.Sprint
}
