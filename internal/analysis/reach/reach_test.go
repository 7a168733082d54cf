package reach

import (
	"context"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/coordination"
	"github.com/marsad-project/marsad/internal/analysis/roles"
	"github.com/marsad-project/marsad/internal/eval"
	"github.com/marsad-project/marsad/internal/simsnap"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/snapshot/snaptest"
)

// TestCounterCampaignMatchesTruth measures the simulator's counter-campaign
// and compares with its truth: the counts exactly, the army's reaction by
// precision and recall (the army set comes from the roles analysis, as in
// the CLI, not from the truth).
func TestCounterCampaignMatchesTruth(t *testing.T) {
	s, truth := simsnap.Scenario(t, 5, 0.1, simsnap.Options{})
	cc := truth.CounterCampaign
	cr, err := coordination.Detect(context.Background(), s, coordination.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var in roles.Inputs
	for _, g := range cr.Groups {
		in.Squads = append(in.Squads, g.Members)
	}
	army := make([]bool, s.NumAccounts())
	for _, a := range roles.Classify(s, in, roles.Options{}).Accounts {
		army[a.Account] = true
	}
	r := Measure(s, Options{Hashtag: "#" + cc.Hashtag, Army: func(a uint32) bool { return army[a] }})
	t.Logf("posts %d/%d accounts %d/%d reposts %d/%d impressions %d/%d reactions %d posts by %d accounts (truth %d by %d)",
		r.Posts, len(cc.Posts), r.Accounts, len(cc.Accounts), r.Reposts, cc.Reposts, r.PotentialImpressions, cc.PotentialImpressions,
		len(r.Reactions.Posts), len(r.Reactions.Accounts), len(cc.ReactionPosts), len(cc.ReactionAccounts))
	if r.Posts != len(cc.Posts) || r.Accounts != len(cc.Accounts) || r.Reposts != cc.Reposts || r.PotentialImpressions != cc.PotentialImpressions {
		t.Errorf("counts differ from the truth")
	}
	ps := eval.Score{}
	truthPosts := map[string]bool{}
	for _, id := range cc.ReactionPosts {
		truthPosts[id] = true
	}
	for _, id := range r.Reactions.Posts {
		if truthPosts[id] {
			ps.TP++
		} else {
			ps.FP++
		}
	}
	ps.FN = len(cc.ReactionPosts) - ps.TP
	t.Logf("reaction posts: P %.2f R %.2f", ps.Precision(), ps.Recall())
	if ps.Precision() < 0.8 || ps.Recall() < 0.6 {
		t.Errorf("reaction posts P %.2f R %.2f, want at least 0.8 and 0.6", ps.Precision(), ps.Recall())
	}
	if len(r.Timeline) == 0 || len(r.Leaders) == 0 {
		t.Errorf("no timeline or leaders: %+v", r)
	}
}

// BenchmarkMeasure measures reach of the most used hashtag of a synthetic
// collection of 1M posts.
func BenchmarkMeasure(b *testing.B) {
	bl := snapshot.NewBuilder()
	snaptest.Generate(snaptest.Config{Posts: 1_000_000, Seed: 1}, func(p *marsad.Post) { bl.Add(p) })
	s, err := bl.Build()
	if err != nil {
		b.Fatal(err)
	}
	best, n := 0, 0
	for h := 0; h < s.ByHashtag.Keys(); h++ {
		if l := s.ByHashtag.Len(uint32(h)); l > n {
			best, n = h, l
		}
	}
	army := func(a uint32) bool { return a%7 == 0 }
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Measure(s, Options{Hashtag: s.Hashtags[best], Army: army})
	}
	b.ReportMetric(float64(n), "tagged-posts")
}
