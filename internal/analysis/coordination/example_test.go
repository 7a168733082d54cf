package coordination_test

import (
	"fmt"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/coordination"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// ExampleCNT computes the toolkit-compatible co_retweet network of three
// accounts: alice and bob retweet the same post 20 s apart, carol an hour
// later.
func ExampleCNT() {
	t0 := time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC)
	b := snapshot.NewBuilder()
	for i, r := range []struct {
		user string
		at   time.Duration
	}{{"alice", 0}, {"bob", 20 * time.Second}, {"carol", time.Hour}} {
		b.Add(&marsad.Post{Platform: "twitter", ID: fmt.Sprint(i), AccountID: r.user, CreatedAt: t0.Add(r.at),
			Kind: marsad.PostRepost, RepostOfPostID: "release-1"})
	}
	s, _ := b.Build()
	edges, _ := coordination.CNT(s, coordination.CNTOptions{Behaviours: []coordination.Behaviour{coordination.CoRetweet}, Window: time.Minute, MinWeight: 1})
	coordination.SortDirected(s, edges)
	for _, e := range edges {
		fmt.Println(s.AccountIDs[e.User1], "→", s.AccountIDs[e.User2], e.Weight)
	}
	// Output:
	// alice → bob 1
	// bob → alice 1
}
