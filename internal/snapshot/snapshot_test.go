package snapshot

import (
	"slices"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

var t0 = time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)

func at(sec int) time.Time { return t0.Add(time.Duration(sec) * time.Second) }

// handMade is a small scenario whose expected postings are worked out by
// hand in the test below.
func handMade() *Builder {
	b := NewBuilder()
	b.AddAccount(&marsad.Account{Platform: "twitter", ID: "1", Handle: "Alice", Followers: 10, Following: 2, PostCount: 5, CreatedAt: t0.AddDate(-1, 0, 0)})
	b.AddAccount(&marsad.Account{Platform: "twitter", ID: "2", Handle: "bob", Followers: -1, Following: -1, PostCount: -1})
	posts := []marsad.Post{
		// added out of time order on purpose
		{ID: "p3", AccountID: "2", CreatedAt: at(30), Kind: marsad.PostRepost, RepostOfPostID: "p1", RepostOfAccountID: "1"},
		{ID: "p1", AccountID: "1", CreatedAt: at(0), Kind: marsad.PostOriginal, Text: "أهلاً بالجميع https://t.co/x @bob", Hashtags: []string{"News", "news", "Gaza"},
			URLs: []marsad.URL{{Given: "https://t.co/x", Canonical: "example.com/a"}}, Mentions: []marsad.Mention{{Handle: "BOB"}}},
		{ID: "p2", AccountID: "3", AccountHandle: "carol", CreatedAt: at(10), Kind: marsad.PostOriginal, Text: "اهلا بالجميـــع", Hashtags: []string{"NEWS", "gaza"}},
		{ID: "p4", AccountID: "3", CreatedAt: at(30), Kind: marsad.PostRepost, RepostOfPostID: "ext9"},
		{ID: "p5", AccountID: "1", CreatedAt: at(40), Kind: marsad.PostReply, ReplyToPostID: "p2", ReplyToAccountID: "3", Text: "@carol no",
			URLs: []marsad.URL{{Given: "https://example.com/a?utm_source=x", Canonical: "example.com/a"}}},
		{ID: "p1", AccountID: "9", CreatedAt: at(99), Text: "duplicate id: ignored"},
	}
	for i := range posts {
		posts[i].Platform = "twitter"
		b.Add(&posts[i])
	}
	b.AddFollow(marsad.Follow{Platform: "twitter", FollowerID: "2", FolloweeID: "1"})
	b.AddFollow(marsad.Follow{Platform: "twitter", FollowerID: "2", FolloweeID: "1"})
	b.AddFollow(marsad.Follow{Platform: "twitter", FollowerID: "3", FolloweeID: "1"})
	b.AddStatus(marsad.StatusChange{Platform: "twitter", AccountID: "2", Status: marsad.StatusSuspended, ObservedAt: at(100)})
	return b
}

func TestBuildHandMade(t *testing.T) {
	s, err := handMade().Build()
	if err != nil {
		t.Fatal(err)
	}
	// Posts sorted by (time, id): p1 p2 p3 p4 p5; p3 and p4 tie at 30 s.
	var ids []string
	for p := 0; p < s.NumPosts(); p++ {
		ids = append(ids, s.PostID(uint32(p)))
	}
	if want := []string{"p1", "p2", "p3", "p4", "p5"}; !slices.Equal(ids, want) {
		t.Fatalf("post order = %v, want %v", ids, want)
	}
	if s.NumPostKeys() != 6 || s.PostID(5) != "ext9" {
		t.Fatalf("external key: n=%d last=%q", s.NumPostKeys(), s.PostID(uint32(s.NumPostKeys()-1)))
	}
	acc := func(id string) uint32 {
		a, ok := s.Account(id)
		if !ok {
			t.Fatalf("account %s missing", id)
		}
		return a
	}
	// Reposts of p1: p3 only; reposts of ext9: p4.
	if got := s.RepostsOf.Of(0); !slices.Equal(got, []uint32{2}) {
		t.Errorf("RepostsOf(p1) = %v", got)
	}
	if got := s.RepostsOf.Of(5); !slices.Equal(got, []uint32{3}) {
		t.Errorf("RepostsOf(ext9) = %v", got)
	}
	if s.RefAccount[2] != acc("1") || s.Ref[3] != 5 || s.Ref[0] != None {
		t.Errorf("Ref columns wrong: %v %v", s.Ref, s.RefAccount)
	}
	// p1 and p2 have the same normalised text (hamza, tanwin, tatweel, URL, mention dropped).
	tx := s.Texts()
	if tx.Key[0] == None || tx.Key[0] != tx.Key[1] {
		t.Errorf("text keys p1=%d p2=%d, want equal", tx.Key[0], tx.Key[1])
	}
	if tx.Normalized.At(0) != NormalizeText(s.PostText(0)) || tx.Normalized.At(2) != "" {
		t.Errorf("normalised text of p1 = %q", tx.Normalized.At(0))
	}
	if tx.Key[2] != None {
		t.Errorf("repost has a text key")
	}
	if got := tx.Posts.Of(tx.Key[0]); !slices.Equal(got, []uint32{0, 1}) || tx.Hashes[tx.Key[0]] != TextHash("اهلا بالجميع") {
		t.Errorf("text postings = %v", got)
	}
	// Hashtags folded and deduplicated per post; same sequence for p1 and p2.
	if len(s.Hashtags) != 2 || s.PostHashtags.Len(0) != 2 || s.HashtagSeq[0] != s.HashtagSeq[1] || s.HashtagSeq[0] == None {
		t.Errorf("hashtags %v seq %v", s.Hashtags, s.HashtagSeq)
	}
	// Canonical URL shared by p1 and p5; given URLs differ.
	u := s.PostURLs.Of(0)[0]
	if s.URLs.At(u) != "example.com/a" || !slices.Equal(s.ByURL.Of(u), []uint32{0, 4}) {
		t.Errorf("ByURL = %v", s.ByURL.Of(u))
	}
	if s.PostGivenURLs.Of(0)[0] == s.PostGivenURLs.Of(4)[0] {
		t.Errorf("given URLs merged")
	}
	// The mention "@BOB" resolves to account 2 by handle.
	if got := s.PostMentions.Of(0); len(got) != 1 || got[0] != acc("2") {
		t.Errorf("mention of p1 = %v, want account 2", got)
	}
	if got := s.ByMention.Of(acc("2")); !slices.Equal(got, []uint32{0}) {
		t.Errorf("ByMention(bob) = %v", got)
	}
	// Reply.
	if s.ReplyTo[4] != 1 || s.ReplyAccount[4] != acc("3") || !slices.Equal(s.RepliesTo.Of(1), []uint32{4}) {
		t.Errorf("reply columns wrong")
	}
	// Authors; account 3 came from posts only, with its handle.
	if !slices.Equal(s.ByAuthor.Of(acc("3")), []uint32{1, 3}) || s.Known[acc("3")] || s.Handles[acc("3")] != "carol" {
		t.Errorf("author 3: %v known=%v handle=%q", s.ByAuthor.Of(acc("3")), s.Known[acc("3")], s.Handles[acc("3")])
	}
	if s.Followers[acc("1")] != 10 || s.CreatedMS[acc("1")] != t0.AddDate(-1, 0, 0).UnixMilli() || s.Followers[acc("3")] != -1 {
		t.Errorf("account columns wrong")
	}
	// Follows deduplicated.
	if !slices.Equal(s.FollowersOf.Of(acc("1")), []uint32{acc("2"), acc("3")}) || s.Follows.Len(acc("2")) != 1 {
		t.Errorf("follows: %v", s.FollowersOf.Of(acc("1")))
	}
	if len(s.Statuses) != 1 || s.StatusesOfAcc.Len(acc("2")) != 1 || s.Statuses[0].Status != marsad.StatusSuspended {
		t.Errorf("statuses: %+v", s.Statuses)
	}
	if k, ok := s.Post("p5"); !ok || k != 4 {
		t.Errorf("Post(p5) = %d %v", k, ok)
	}
	if got := s.AccountsByHandle("@ALICE"); len(got) != 1 || got[0] != acc("1") {
		t.Errorf("AccountsByHandle = %v", got)
	}
	if !s.Time(4).Equal(at(40)) || s.PostText(4) != "@carol no" {
		t.Errorf("time/text of p5 wrong")
	}
}

func TestBuildEmpty(t *testing.T) {
	s, err := NewBuilder().Build()
	if err != nil {
		t.Fatal(err)
	}
	if s.NumPosts() != 0 || s.NumAccounts() != 0 || s.ByAuthor.Len(0) != 0 {
		t.Fatalf("empty snapshot not empty")
	}
	if _, ok := s.Account("x"); ok {
		t.Fatal("found account in empty snapshot")
	}
}
