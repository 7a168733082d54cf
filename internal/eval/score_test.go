package eval

import (
	"encoding/json"
	"math"
	"testing"
	"time"

	"github.com/marsad-project/marsad/internal/sim"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScoreEdgeCases(t *testing.T) {
	if s := (Score{}); s.Precision() != 1 || s.Recall() != 1 || s.F1() != 1 {
		t.Fatalf("empty score: P=%v R=%v F1=%v, want 1 1 1", s.Precision(), s.Recall(), s.F1())
	}
	s := Score{TP: 3, FP: 1, FN: 2}
	if !near(s.Precision(), 0.75) || !near(s.Recall(), 0.6) || !near(s.F1(), 2*0.75*0.6/1.35) {
		t.Fatalf("got P=%v R=%v F1=%v", s.Precision(), s.Recall(), s.F1())
	}
}

func TestCoordinationPairs(t *testing.T) {
	truth := &sim.Truth{
		Squads: [][]string{{"a", "b", "c"}},
		Roles:  map[string]string{"a": "amplifier", "b": "amplifier", "c": "amplifier", "o1": "ordinary", "o2": "ordinary"},
	}
	var r CoordinationResult
	// One group {a,b,o1}: pairs ab (right), a-o1, b-o1 (wrong); missed ac, bc.
	mustJSON(t, `{"groups":[{"members":["a","b","o1"]}]}`, &r)
	s := Coordination(&r, truth)
	if s.Pairs != (Score{TP: 1, FP: 2, FN: 2}) {
		t.Fatalf("pairs = %+v", s.Pairs)
	}
	if s.NonArmyInGroups != 1 || s.NonArmy != 2 {
		t.Fatalf("non-army %d/%d, want 1/2", s.NonArmyInGroups, s.NonArmy)
	}
}

func TestRolesMacroF1(t *testing.T) {
	truth := &sim.Truth{Roles: map[string]string{
		"s": "supervisor", "o": "official", "g": "organizer", "m": "amplifier", "act": "activist", "n": "news",
	}}
	var r RolesResult
	mustJSON(t, `{"accounts":[{"id":"s","role":"supervisor"},{"id":"o","role":"official"},
		{"id":"g","role":"organizer"},{"id":"m","role":"amplifier"},{"id":"act","role":"organizer"}]}`, &r)
	s := Roles(&r, truth)
	// official 2/2; organizer TP1 FP1 → F1 2/3; amplifier 1; other: n right,
	// act missed → TP1 FN1 → F1 2/3.
	want := (1 + 2.0/3 + 1 + 2.0/3) / 4
	if !near(s.MacroF1, want) {
		t.Fatalf("macro-F1 = %v, want %v (%+v)", s.MacroF1, want, s.PerClass)
	}
	if s.NonArmyLabelled != 1 || s.ActivistsAndNews != 2 {
		t.Fatalf("non-army labelled %d/%d", s.NonArmyLabelled, s.ActivistsAndNews)
	}
}

func TestCampaignMatching(t *testing.T) {
	t0 := time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC)
	truth := &sim.Truth{
		Campaigns: []sim.Campaign{{Target: "x", Participants: []string{"p1", "p2"}, Start: t0, End: t0.Add(2 * time.Hour)}},
		HardNegatives: sim.HardNegatives{OrganicThreads: []sim.Thread{
			{Target: "y", Start: t0, End: t0.Add(time.Hour)},
		}},
	}
	r := &CampaignsResult{}
	b, _ := json.Marshal(map[string]any{"campaigns": []map[string]any{
		{"target": "x", "participants": []string{"p1", "p3"}, "start": t0.Add(30 * time.Minute), "end": t0.Add(3 * time.Hour)},
		{"target": "y", "participants": []string{"q"}, "start": t0, "end": t0.Add(time.Hour)},
		{"target": "x", "participants": []string{"p1"}, "start": t0.Add(10 * 24 * time.Hour), "end": t0.Add(10*24*time.Hour + time.Hour)},
	}})
	mustJSON(t, string(b), r)
	s := Campaigns(r, truth)
	if s.Campaigns != (Score{TP: 1, FP: 2}) || s.DecoysFlagged != 1 {
		t.Fatalf("campaigns %+v decoys %d", s.Campaigns, s.DecoysFlagged)
	}
	if s.Participants != (Score{TP: 1, FP: 1, FN: 1}) {
		t.Fatalf("participants %+v", s.Participants)
	}
}

func TestReturnsAndThreats(t *testing.T) {
	truth := &sim.Truth{
		Returns:       []sim.Return{{Suspended: "a", Successor: "a2"}, {Suspended: "b", Successor: "b2"}},
		ThreatPosts:   []string{"t1"},
		DoxxPosts:     []string{"d1"},
		HardNegatives: sim.HardNegatives{LookalikeAccounts: []string{"look"}, ViolentNewsPosts: []string{"n1", "n2"}},
	}
	var rr ReturnsResult
	mustJSON(t, `{"links":[{"suspended":"a","successor":"a2"},{"suspended":"b","successor":"look"}]}`, &rr)
	if s := Returns(&rr, truth); s.Links != (Score{TP: 1, FP: 1, FN: 1}) || s.InnocentsLinked != 1 {
		t.Fatalf("returns %+v", s)
	}
	var tr ThreatsResult
	mustJSON(t, `{"posts":[{"id":"t1","kind":"threat"},{"id":"n1","kind":"threat"}]}`, &tr)
	if s := Threats(&tr, truth); s.Posts != (Score{TP: 1, FP: 1, FN: 1}) || s.HardNegativesFlagged != 1 || s.HardNegatives != 2 {
		t.Fatalf("threats %+v", s)
	}
}

func mustJSON(t *testing.T, s string, v any) {
	t.Helper()
	if err := json.Unmarshal([]byte(s), v); err != nil {
		t.Fatal(err)
	}
}

func TestReachScore(t *testing.T) {
	truth := &sim.Truth{CounterCampaign: sim.CounterCampaign{Posts: []string{"1", "2"}, Accounts: []string{"a"}, Reposts: 3,
		PotentialImpressions: 40, ReactionPosts: []string{"r1", "r2"}}}
	var r ReachResult
	mustJSON(t, `{"posts":2,"accounts":1,"reposts":3,"potential_impressions":40,"reactions":{"posts":["r1","x"]}}`, &r)
	s := Reach(&r, truth)
	if !s.Exact || s.Reactions != (Score{TP: 1, FP: 1, FN: 1}) {
		t.Fatalf("%+v", s)
	}
	r.Reposts = 4
	if Reach(&r, truth).Exact {
		t.Fatal("a wrong repost count is not exact")
	}
}
