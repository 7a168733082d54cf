package storetest

import (
	"context"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

func testNotFound(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	importBatch(t, s, "x", batch{posts: []marsad.Post{post("1", "1", 1)}, accounts: []marsad.Account{account("1", "one", 0)}})
	_, err := s.FindPost(ctx, "twitter", "2")
	wantCode(t, err, marsad.ENOTFOUND, "FindPost")
	_, err = s.FindPost(ctx, "telegram", "1")
	wantCode(t, err, marsad.ENOTFOUND, "FindPost other platform")
	_, err = s.FindAccount(ctx, "twitter", "2")
	wantCode(t, err, marsad.ENOTFOUND, "FindAccount")
	_, err = s.FindSourceBySHA256(ctx, "nope")
	wantCode(t, err, marsad.ENOTFOUND, "FindSourceBySHA256")
	_, err = s.LatestRun(ctx, "hubs")
	wantCode(t, err, marsad.ENOTFOUND, "LatestRun")
	err = s.RemoveWatchlist(ctx, "twitter", "nobody")
	wantCode(t, err, marsad.ENOTFOUND, "RemoveWatchlist")
}

func testStats(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	kinds := []marsad.PostKind{marsad.PostOriginal, marsad.PostOriginal, marsad.PostRepost, marsad.PostRepost,
		marsad.PostRepost, marsad.PostReply}
	var ps []marsad.Post
	for i, k := range kinds {
		p := post(string(rune('a'+i)), "1", i)
		p.Kind = k
		ps = append(ps, p)
	}
	// A post whose importer left the kind empty gets it from its references.
	q := post("q", "1", 9)
	q.Kind, q.QuotedPostID = "", "a"
	ps = append(ps, q)
	ps[0].Media = []marsad.Media{{URL: "m1"}, {URL: "m2"}}
	ps[5].Media = []marsad.Media{{URL: "m1"}}
	importBatch(t, s, "1", batch{posts: ps,
		accounts: []marsad.Account{account("1", "one", 0), account("2", "two", 0)},
		follows:  []marsad.Follow{{Platform: "twitter", FollowerID: "1", FolloweeID: "2"}},
		status: []marsad.StatusChange{{Platform: "twitter", AccountID: "2", Status: marsad.StatusSuspended, ObservedAt: at(5)},
			{Platform: "twitter", AccountID: "2", Status: marsad.StatusActive, ObservedAt: at(6)}},
		rejects: []marsad.Reject{{File: "1", Line: 1, Reason: "a"}, {File: "1", Line: 2, Reason: "b"}},
	})
	importBatch(t, s, "2", batch{rejects: []marsad.Reject{{File: "2", Line: 9, Reason: "c"}}})
	got, err := s.Stats(ctx)
	must(t, err, "Stats")
	want := marsad.Stats{Accounts: 2, Posts: 7,
		PostsByKind: map[marsad.PostKind]int64{"post": 2, "repost": 3, "reply": 1, "quote": 1},
		Follows:     1, StatusChanges: 2, Media: 3, Sources: 2, Rejects: 3}
	equal(t, "stats", got, want)
}

func testMediaHashes(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	p1, p2, p3 := post("1", "1", 1), post("2", "2", 2), post("3", "3", 3)
	p1.Media = []marsad.Media{{URL: "https://img/a.jpg", Type: "photo"}, {URL: "https://img/b.jpg", Type: "photo"}}
	p2.Media = []marsad.Media{{URL: "https://img/a.jpg", Type: "photo"}}
	p3.Media = []marsad.Media{{URL: "https://img/c.jpg", Type: "photo"}}
	importBatch(t, s, "posts", batch{posts: []marsad.Post{p1, p2, p3}})
	const ph = "8f373714acfcf4d0"
	const pdq = "d8f8f0cce0f4e84d0f5a0c9c1e3f3c3c2a0a1e8f0f0f0f0f0f0f0f0f0f0f0f0f"
	c, _ := importBatch(t, s, "hashes", batch{hashes: []marsad.MediaHash{
		{MediaURL: "https://img/a.jpg", Hash: ph},
		{MediaURL: "https://img/b.jpg", Hash: pdq},
		{MediaURL: "https://img/unknown.jpg", Hash: ph},
	}})
	if c.MediaHashes != 3 {
		t.Fatalf("updated %d media, want 3 (a.jpg twice, b.jpg once)", c.MediaHashes)
	}
	got := scanAll(t, s, marsad.PostFilter{})
	equal(t, "post 1 media", got[0].Media, []marsad.Media{{URL: "https://img/a.jpg", Type: "photo", PHash: ph},
		{URL: "https://img/b.jpg", Type: "photo", PDQ: pdq}})
	equal(t, "post 2 media", got[1].Media, []marsad.Media{{URL: "https://img/a.jpg", Type: "photo", PHash: ph}})
	equal(t, "post 3 media", got[2].Media, []marsad.Media{{URL: "https://img/c.jpg", Type: "photo"}})
	// Same hashes again change nothing; upper-case hex is the same hash.
	c, _ = importBatch(t, s, "hashes-again", batch{hashes: []marsad.MediaHash{{MediaURL: "https://img/a.jpg", Hash: "8F373714ACFCF4D0"}}})
	if c.MediaHashes != 0 {
		t.Fatalf("re-import updated %d media, want 0", c.MediaHashes)
	}
	one, err := s.FindPost(ctx, "twitter", "2")
	must(t, err, "FindPost")
	if one.Media[0].PHash != ph {
		t.Fatalf("FindPost media = %+v", one.Media)
	}
	// Both kinds for one URL in one import: one media item changed, both set.
	c, _ = importBatch(t, s, "both", batch{hashes: []marsad.MediaHash{
		{MediaURL: "https://img/c.jpg", Hash: ph}, {MediaURL: "https://img/c.jpg", Hash: pdq}}})
	if c.MediaHashes != 1 {
		t.Fatalf("two hashes of one item changed %d items, want 1", c.MediaHashes)
	}
	one, err = s.FindPost(ctx, "twitter", "3")
	must(t, err, "FindPost")
	equal(t, "post 3 media", one.Media, []marsad.Media{{URL: "https://img/c.jpg", Type: "photo", PHash: ph, PDQ: pdq}})
}

func testGraph(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	fs := []marsad.Follow{
		{Platform: "twitter", FollowerID: "2", FolloweeID: "1", ObservedAt: at(1)},
		{Platform: "twitter", FollowerID: "10", FolloweeID: "3"},
		{Platform: "telegram", FollowerID: "1", FolloweeID: "2"},
		{Platform: "twitter", FollowerID: "10", FolloweeID: "2"},
	}
	cs := []marsad.StatusChange{
		{Platform: "twitter", AccountID: "9", Status: marsad.StatusSuspended, ObservedAt: at(20), Handle: "nine"},
		{Platform: "twitter", AccountID: "8", Status: marsad.StatusDeleted, ObservedAt: at(10)},
		{Platform: "twitter", AccountID: "8", Status: marsad.StatusSuspended, ObservedAt: at(10)},
		{Platform: "twitter", AccountID: "9", Status: marsad.StatusSuspended, ObservedAt: at(30)},
	}
	_, src := importBatch(t, s, "g", batch{follows: fs, status: cs})
	var gotF []marsad.Follow
	must(t, s.ScanFollows(ctx, func(f marsad.Follow) error { gotF = append(gotF, f); return nil }), "ScanFollows")
	wantF := []marsad.Follow{
		{Platform: "telegram", FollowerID: "1", FolloweeID: "2", SourceID: src.ID},
		{Platform: "twitter", FollowerID: "10", FolloweeID: "2", SourceID: src.ID},
		{Platform: "twitter", FollowerID: "10", FolloweeID: "3", SourceID: src.ID},
		{Platform: "twitter", FollowerID: "2", FolloweeID: "1", ObservedAt: at(1), SourceID: src.ID},
	}
	equal(t, "follows", gotF, wantF)
	var gotC []marsad.StatusChange
	must(t, s.ScanStatusChanges(ctx, func(c marsad.StatusChange) error { gotC = append(gotC, c); return nil }), "ScanStatusChanges")
	wantC := []marsad.StatusChange{
		{Platform: "twitter", AccountID: "8", Status: marsad.StatusDeleted, ObservedAt: at(10), SourceID: src.ID},
		{Platform: "twitter", AccountID: "8", Status: marsad.StatusSuspended, ObservedAt: at(10), SourceID: src.ID},
		{Platform: "twitter", AccountID: "9", Status: marsad.StatusSuspended, ObservedAt: at(20), Handle: "nine", SourceID: src.ID},
		{Platform: "twitter", AccountID: "9", Status: marsad.StatusSuspended, ObservedAt: at(30), SourceID: src.ID},
	}
	equal(t, "status changes", gotC, wantC)
	stop := 0
	err := s.ScanFollows(ctx, func(marsad.Follow) error { stop++; return errStop })
	if err != errStop || stop != 1 {
		t.Fatalf("ScanFollows stop: err %v after %d calls", err, stop)
	}
}

func testWatchlist(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	must(t, s.AddWatchlist(ctx, marsad.WatchlistEntry{Platform: "twitter", AccountID: "500", Handle: "Activist_One", Name: "Real Name"}), "add by id")
	must(t, s.AddWatchlist(ctx, marsad.WatchlistEntry{Platform: "twitter", Handle: "@Journalist"}), "add by handle")
	// Same handle, other case: an update (the new spelling wins), not a new entry.
	must(t, s.AddWatchlist(ctx, marsad.WatchlistEntry{Platform: "twitter", Handle: "journalist", PhotoHash: "0123456789abcdef"}), "update by handle")
	// Same id: update keeps the name it does not give.
	must(t, s.AddWatchlist(ctx, marsad.WatchlistEntry{Platform: "twitter", AccountID: "500", PhotoPath: "p.jpg", Note: "n"}), "update by id")
	wantCode(t, s.AddWatchlist(ctx, marsad.WatchlistEntry{Platform: "twitter"}), marsad.EINVALID, "empty entry")
	_, src := importBatch(t, s, "wl", batch{watch: []marsad.WatchlistEntry{{Platform: "twitter", AccountID: "600"}, {Platform: "twitter", AccountID: "500"}}})

	list, err := s.ListWatchlist(ctx)
	must(t, err, "ListWatchlist")
	if len(list) != 3 {
		t.Fatalf("watchlist = %+v, want 3 entries", list)
	}
	// Ordered by (platform, account id, handle): "" < "500" < "600".
	if list[0].Handle != "journalist" || list[0].AccountID != "" || list[0].PhotoHash != "0123456789abcdef" {
		t.Fatalf("entry 0 = %+v", list[0])
	}
	if list[1].AccountID != "500" || list[1].Name != "Real Name" || list[1].PhotoPath != "p.jpg" || list[1].Handle != "Activist_One" || list[1].Note != "n" {
		t.Fatalf("entry 1 = %+v", list[1])
	}
	if list[2].AccountID != "600" || list[2].SourceID != src.ID || list[0].SourceID != 0 || list[1].AddedAt.IsZero() {
		t.Fatalf("entries = %+v", list)
	}
	must(t, s.RemoveWatchlist(ctx, "twitter", "@JOURNALIST"), "remove by handle")
	must(t, s.RemoveWatchlist(ctx, "twitter", "activist_one"), "remove by handle of an id entry")
	must(t, s.RemoveWatchlist(ctx, "twitter", "600"), "remove by id")
	wantCode(t, s.RemoveWatchlist(ctx, "twitter", "600"), marsad.ENOTFOUND, "remove twice")
	list, err = s.ListWatchlist(ctx)
	must(t, err, "ListWatchlist")
	if len(list) != 0 {
		t.Fatalf("watchlist after removals = %+v", list)
	}
}

func testRuns(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	r1 := &marsad.Run{Analysis: "hubs", Params: `{"k":1}`, Since: at(0), Until: at(100), StartedAt: at(1000),
		Duration: 1500 * time.Millisecond, Result: []byte(`{"hubs":[]}`)}
	r2 := &marsad.Run{Analysis: "coordination", Params: `{}`, StartedAt: at(2000), Duration: 7, Result: []byte(`{"groups":[]}`)}
	r3 := &marsad.Run{Analysis: "hubs", Params: `{"k":2}`, StartedAt: at(3000), Result: []byte(`{"hubs":[{"leader":"1"}]}`)}
	for _, r := range []*marsad.Run{r1, r2, r3} {
		must(t, s.SaveRun(ctx, r), "SaveRun")
		if r.ID == 0 {
			t.Fatalf("SaveRun did not set the id")
		}
	}
	latest, err := s.LatestRun(ctx, "hubs")
	must(t, err, "LatestRun")
	equal(t, "latest hubs run", *latest, *r3)
	c, err := s.LatestRun(ctx, "coordination")
	must(t, err, "LatestRun")
	equal(t, "latest coordination run", *c, *r2)
	list, err := s.ListRuns(ctx)
	must(t, err, "ListRuns")
	if len(list) != 3 || list[0].ID != r3.ID || list[1].ID != r2.ID || list[2].ID != r1.ID {
		t.Fatalf("ListRuns = %+v, want newest first", list)
	}
	want1 := *r1
	want1.Result = nil
	equal(t, "listed run without result", list[2], want1)
	if err := s.SaveRun(ctx, &marsad.Run{}); err == nil {
		t.Fatalf("SaveRun without analysis succeeded")
	}
}
