package snapshot_test

import (
	"fmt"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// ExampleBuilder builds a snapshot from hand-made posts, as analysis tests
// do, and walks a postings list: the reposts of a post, in time order.
func ExampleBuilder() {
	t0 := time.Date(2025, 3, 3, 12, 0, 0, 0, time.UTC)
	b := snapshot.NewBuilder()
	b.AddAccount(&marsad.Account{Platform: "twitter", ID: "1", Handle: "office"})
	b.Add(&marsad.Post{Platform: "twitter", ID: "r2", AccountID: "3", CreatedAt: t0.Add(9 * time.Second), Kind: marsad.PostRepost, RepostOfPostID: "p"})
	b.Add(&marsad.Post{Platform: "twitter", ID: "p", AccountID: "1", CreatedAt: t0, Text: "بيان"})
	b.Add(&marsad.Post{Platform: "twitter", ID: "r1", AccountID: "2", CreatedAt: t0.Add(4 * time.Second), Kind: marsad.PostRepost, RepostOfPostID: "p"})
	s, _ := b.Build()
	orig, _ := s.Post("p")
	for _, r := range s.RepostsOf.Of(orig) {
		fmt.Println(s.PostID(r), "by account", s.AccountIDs[s.Author[r]], "after", s.Time(r).Sub(s.Time(orig)))
	}
	// Output:
	// r1 by account 2 after 4s
	// r2 by account 3 after 9s
}
