package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/marsad-project/marsad"
)

func post(id, account string, sec int) marsad.Post {
	return marsad.Post{Platform: marsad.PlatformTwitter, ID: id, AccountID: account, AccountHandle: "h" + account,
		CreatedAt: at(sec), Text: "text of " + id, Kind: marsad.PostOriginal, SourceLine: int64(sec)}
}

func account(id, handle string, sec int) marsad.Account {
	return marsad.Account{Platform: marsad.PlatformTwitter, ID: id, Handle: handle, DisplayName: "Name " + handle,
		Bio: "bio " + handle, Followers: 10, Following: 20, PostCount: 30, ObservedAt: at(sec)}
}

func testSources(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	c1, src1 := importBatch(t, s, "a.jsonl", batch{
		accounts: []marsad.Account{account("1", "one", 0)},
		posts:    []marsad.Post{post("10", "1", 1), post("11", "1", 2)},
		rejects:  []marsad.Reject{{File: "a.jsonl", Line: 3, Reason: "bad json", Raw: "{"}},
	})
	_, src2 := importBatch(t, s, "b.jsonl", batch{posts: []marsad.Post{post("12", "1", 3)}})
	if src1.ID == 0 || src2.ID == 0 || src1.ID == src2.ID {
		t.Fatalf("source ids %d, %d: want distinct non-zero", src1.ID, src2.ID)
	}
	if src1.ImportedAt.IsZero() {
		t.Fatalf("ImportedAt not set")
	}
	equal(t, "counts of first import", c1, marsad.ImportCounts{Accounts: 1, Posts: 2, Rejects: 1})
	got, err := s.FindSourceBySHA256(ctx, "sha-a.jsonl")
	must(t, err, "FindSourceBySHA256")
	want := marsad.Source{ID: src1.ID, Path: "a.jsonl", SHA256: "sha-a.jsonl", Format: "test",
		ImportedAt: src1.ImportedAt, Counts: marsad.ImportCounts{Accounts: 1, Posts: 2, Rejects: 1}}
	equal(t, "found source", *got, want)
	list, err := s.ListSources(ctx)
	must(t, err, "ListSources")
	if len(list) != 2 || list[0].Path != "a.jsonl" || list[1].Path != "b.jsonl" {
		t.Fatalf("ListSources = %+v, want a.jsonl then b.jsonl", list)
	}
	// Every record keeps its source.
	p, err := s.FindPost(ctx, marsad.PlatformTwitter, "12")
	must(t, err, "FindPost")
	if p.SourceID != src2.ID || p.SourceLine != 3 {
		t.Fatalf("post 12 source %d line %d, want %d line 3", p.SourceID, p.SourceLine, src2.ID)
	}
	a, err := s.FindAccount(ctx, marsad.PlatformTwitter, "1")
	must(t, err, "FindAccount")
	if a.SourceID != src1.ID {
		t.Fatalf("account source %d, want %d", a.SourceID, src1.ID)
	}
}

func testReimport(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	b := batch{
		accounts: []marsad.Account{account("1", "one", 0), account("2", "two", 0)},
		posts:    []marsad.Post{post("10", "1", 1), post("11", "2", 2), post("12", "2", 3)},
		follows:  []marsad.Follow{{Platform: "twitter", FollowerID: "1", FolloweeID: "2"}, {Platform: "twitter", FollowerID: "2", FolloweeID: "1"}},
		status:   []marsad.StatusChange{{Platform: "twitter", AccountID: "2", Status: marsad.StatusSuspended, ObservedAt: at(9)}},
		watch:    []marsad.WatchlistEntry{{Platform: "twitter", AccountID: "1"}},
	}
	b.posts[0].Media = []marsad.Media{{URL: "https://img/1.jpg", Type: "photo"}}
	c1, _ := importBatch(t, s, "a", b)
	equal(t, "first import", c1, marsad.ImportCounts{Accounts: 2, Posts: 3, Follows: 2, StatusChanges: 1, Watchlist: 1})
	c2, _ := importBatch(t, s, "a-again", b)
	equal(t, "second import", c2, marsad.ImportCounts{})

	// Duplicates inside one batch count once.
	src := &marsad.Source{Path: "dups", SHA256: "x", Format: "test"}
	im, err := s.BeginImport(ctx, src)
	must(t, err, "BeginImport")
	defer im.Rollback()
	n, err := im.PutPosts(ctx, []marsad.Post{post("20", "1", 5), post("20", "1", 5), post("10", "1", 1)})
	must(t, err, "PutPosts")
	if n != 1 {
		t.Fatalf("PutPosts with in-batch duplicate added %d, want 1", n)
	}
	n, err = im.PutPosts(ctx, []marsad.Post{post("20", "1", 5)})
	must(t, err, "PutPosts again")
	if n != 0 {
		t.Fatalf("PutPosts of a post put earlier in the same import added %d, want 0", n)
	}
	n, err = im.PutAccounts(ctx, []marsad.Account{account("3", "three", 0), account("3", "three", 0), account("1", "one", 0)})
	must(t, err, "PutAccounts")
	if n != 1 {
		t.Fatalf("PutAccounts added %d, want 1", n)
	}
	must(t, im.Commit(ctx, marsad.ImportCounts{Posts: 1}), "Commit")

	st, err := s.Stats(ctx)
	must(t, err, "Stats")
	if st.Posts != 4 || st.Accounts != 3 || st.Follows != 2 || st.StatusChanges != 1 || st.Media != 1 || st.Sources != 3 {
		t.Fatalf("after re-imports: %+v, want 4 posts, 3 accounts, 2 follows, 1 status change, 1 media, 3 sources", st)
	}
	wl, err := s.ListWatchlist(ctx)
	must(t, err, "ListWatchlist")
	if len(wl) != 1 {
		t.Fatalf("watchlist has %d entries, want 1", len(wl))
	}
}

func testRollback(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	src := &marsad.Source{Path: "bad.jsonl", SHA256: "sha-bad", Format: "test"}
	im, err := s.BeginImport(ctx, src)
	must(t, err, "BeginImport")
	if src.ID == 0 {
		t.Fatalf("BeginImport did not set the source id")
	}
	p := post("10", "1", 1)
	p.Media = []marsad.Media{{URL: "u"}}
	_, err = im.PutPosts(ctx, []marsad.Post{p})
	must(t, err, "PutPosts")
	_, err = im.PutAccounts(ctx, []marsad.Account{account("1", "one", 0)})
	must(t, err, "PutAccounts")
	_, err = im.PutFollows(ctx, []marsad.Follow{{Platform: "twitter", FollowerID: "1", FolloweeID: "2"}})
	must(t, err, "PutFollows")
	must(t, im.PutRejects(ctx, []marsad.Reject{{File: "bad.jsonl", Line: 1, Reason: "x"}}), "PutRejects")
	must(t, im.Rollback(), "Rollback")
	must(t, im.Rollback(), "second Rollback")

	st, err := s.Stats(ctx)
	must(t, err, "Stats")
	want := marsad.Stats{PostsByKind: map[marsad.PostKind]int64{"post": 0, "repost": 0, "reply": 0, "quote": 0}}
	equal(t, "stats after rollback", st, want)
	_, err = s.FindSourceBySHA256(ctx, "sha-bad")
	wantCode(t, err, marsad.ENOTFOUND, "source after rollback")
	list, err := s.ListSources(ctx)
	must(t, err, "ListSources")
	if len(list) != 0 {
		t.Fatalf("ListSources after rollback = %+v, want none", list)
	}
	hist, err := s.ProfileHistory(ctx, "twitter", "1")
	must(t, err, "ProfileHistory")
	if len(hist) != 0 {
		t.Fatalf("profile history after rollback = %+v, want none", hist)
	}
	// The store is usable afterwards.
	importBatch(t, s, "good", batch{posts: []marsad.Post{post("10", "1", 1)}})
}

func testFinished(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "f", SHA256: "f", Format: "test"})
	must(t, err, "BeginImport")
	must(t, im.Commit(ctx, marsad.ImportCounts{}), "Commit")
	must(t, im.Rollback(), "Rollback after Commit")
	if _, err := im.PutPosts(ctx, []marsad.Post{post("1", "1", 1)}); err == nil {
		t.Fatalf("PutPosts after Commit succeeded")
	}
	if err := im.Commit(ctx, marsad.ImportCounts{}); err == nil {
		t.Fatalf("second Commit succeeded")
	}
	if _, err := s.BeginImport(ctx, nil); err == nil {
		t.Fatalf("BeginImport(nil) succeeded")
	}
}

func testLargeBatch(t *testing.T, s marsad.Store) {
	// 1000 posts plus 3 duplicates in one call: crosses statement chunk
	// sizes and their power-of-two remainders.
	var ps []marsad.Post
	for i := 0; i < 1000; i++ {
		p := post(fmt.Sprintf("%d", 100000+i), fmt.Sprintf("%d", i%37), i)
		if i%10 == 0 {
			p.Media = []marsad.Media{{URL: fmt.Sprintf("https://m/%d", i), Type: "photo"}}
		}
		p.Hashtags = []string{"t" + fmt.Sprint(i%5)}
		ps = append(ps, p)
	}
	ps = append(ps, ps[0], ps[500], ps[999])
	c, _ := importBatch(t, s, "big", batch{posts: ps})
	if c.Posts != 1000 {
		t.Fatalf("added %d posts, want 1000", c.Posts)
	}
	got := scanAll(t, s, marsad.PostFilter{})
	if len(got) != 1000 {
		t.Fatalf("scanned %d posts, want 1000", len(got))
	}
	for i, p := range got {
		if p.ID != fmt.Sprintf("%d", 100000+i) || p.Hashtags[0] != "t"+fmt.Sprint(i%5) || (len(p.Media) == 1) != (i%10 == 0) {
			t.Fatalf("post %d = %+v", i, p)
		}
	}
	st, err := s.Stats(context.Background())
	must(t, err, "Stats")
	if st.Media != 100 {
		t.Fatalf("media = %d, want 100", st.Media)
	}
}

func testInvalid(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "inv", SHA256: "inv", Format: "test"})
	must(t, err, "BeginImport")
	defer im.Rollback()
	_, err = im.PutPosts(ctx, []marsad.Post{{Platform: "twitter", ID: "", AccountID: "1", Kind: "post"}})
	wantCode(t, err, marsad.EINVALID, "post without id")
	_, err = im.PutPosts(ctx, []marsad.Post{{Platform: "twitter", ID: "1", AccountID: "1", Kind: "retweet"}})
	wantCode(t, err, marsad.EINVALID, "post of an unknown kind")
	_, err = im.PutAccounts(ctx, []marsad.Account{{Platform: "twitter"}})
	wantCode(t, err, marsad.EINVALID, "account without id")
	_, err = im.PutMediaHashes(ctx, []marsad.MediaHash{{MediaURL: "u", Hash: "xyz"}})
	wantCode(t, err, marsad.EINVALID, "bad media hash")
	_, err = im.PutWatchlist(ctx, []marsad.WatchlistEntry{{Platform: "twitter"}})
	wantCode(t, err, marsad.EINVALID, "empty watchlist entry")
}
