package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// Hashes of the known-hashes tests: arbitrary hex of the right lengths.
const (
	phA   = "0123456789abcdef"
	phAv1 = "1111222233334444"
	phAv2 = "5555666677778888"
	phAv5 = "9999aaaabbbbcccc"
	phOwn = "fedcba9876543210"
	pdqB  = "b000000000000000000000000000000000000000000000000000000000000001"
	pdqV1 = "a100000000000000000000000000000000000000000000000000000000000002"
	pdqV2 = "a200000000000000000000000000000000000000000000000000000000000003"
	// own is an avatar hash an account's own source supplied.
	own = "0000111122223333"
)

// hashWorld is one copy of the known-hashes test data; every URL and id
// carries the prefix, so that several copies share one store without
// sharing a URL.
type hashWorld struct{ pre string }

func (w hashWorld) url(name string) string { return "https://media.example/" + w.pre + "/" + name }

func (w hashWorld) accounts() []marsad.Account {
	acc := func(id, avatar, hash string) marsad.Account {
		a := account(w.pre+id, w.pre+"h"+id, 0)
		if avatar != "" {
			a.AvatarURL = w.url(avatar)
		}
		a.AvatarHash = hash
		return a
	}
	return []marsad.Account{
		acc("1", "av1.jpg", ""),  // pHash and PDQ known: takes the PDQ
		acc("2", "av2.jpg", ""),  // only a pHash known
		acc("3", "av1.jpg", ""),  // shares account 1's avatar
		acc("4", "none.jpg", ""), // no hash known
		acc("5", "av5.jpg", own), // its own hash, not one the file knows: kept
		acc("6", "", ""),         // no avatar
	}
}

func (w hashWorld) posts() []marsad.Post {
	p := func(id string, sec int, ms ...marsad.Media) marsad.Post {
		q := post(w.pre+id, w.pre+"1", sec)
		q.Media = ms
		return q
	}
	photo := func(name string) marsad.Media { return marsad.Media{URL: w.url(name), Type: "photo"} }
	withPH := photo("b.jpg")
	withPH.PHash = phOwn // the source's own pHash; the PDQ comes from the file
	return []marsad.Post{
		p("10", 1, photo("a.jpg"), photo("b.jpg")),
		p("11", 2, photo("a.jpg")),
		p("12", 3, photo("c.jpg")),
		p("13", 4, withPH),
	}
}

func (w hashWorld) hashes() []marsad.MediaHash {
	return []marsad.MediaHash{
		{MediaURL: w.url("a.jpg"), Hash: phA},
		{MediaURL: w.url("b.jpg"), Hash: pdqB},
		{MediaURL: w.url("av1.jpg"), Hash: phAv1},
		{MediaURL: w.url("av1.jpg"), Hash: pdqV1},
		{MediaURL: w.url("av2.jpg"), Hash: phAv2},
		{MediaURL: w.url("av5.jpg"), Hash: phAv5},
		{MediaURL: w.url("unused.jpg"), Hash: phA},
	}
}

// check compares the stored media and avatar hashes with the hand-worked
// result, whatever the order in which the data came.
func (w hashWorld) check(t *testing.T, s marsad.Store, av2 string) {
	t.Helper()
	ctx := context.Background()
	media := map[string][]marsad.Media{
		"10": {{URL: w.url("a.jpg"), Type: "photo", PHash: phA}, {URL: w.url("b.jpg"), Type: "photo", PDQ: pdqB}},
		"11": {{URL: w.url("a.jpg"), Type: "photo", PHash: phA}},
		"12": {{URL: w.url("c.jpg"), Type: "photo"}},
		"13": {{URL: w.url("b.jpg"), Type: "photo", PHash: phOwn, PDQ: pdqB}},
	}
	for id, want := range media {
		p, err := s.FindPost(ctx, marsad.PlatformTwitter, w.pre+id)
		must(t, err, "FindPost "+w.pre+id)
		equal(t, w.pre+" post "+id+" media", copyPost(p).Media, want)
	}
	avatars := map[string]string{"1": pdqV1, "2": av2, "3": pdqV1, "4": "", "5": own, "6": ""}
	for id, want := range avatars {
		a, err := s.FindAccount(ctx, marsad.PlatformTwitter, w.pre+id)
		must(t, err, "FindAccount "+w.pre+id)
		if a.AvatarHash != want {
			t.Errorf("%s account %s avatar hash %q, want %q", w.pre, id, a.AvatarHash, want)
		}
	}
}

// testKnownHashesOrder imports the same hashes before, after and in the
// same import as the posts and accounts they name, and expects the same
// stored hashes every time; re-imports change nothing.
func testKnownHashesOrder(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	// 4 media items and 3 avatars (accounts 1, 2 and 3) take a hash.
	const changes = 4 + 3

	before := hashWorld{"before"}
	c, _ := importBatch(t, s, "before-hashes", batch{hashes: before.hashes()})
	equal(t, "hashes with nothing stored", c, marsad.ImportCounts{})
	c, _ = importBatch(t, s, "before-data", batch{accounts: before.accounts(), posts: before.posts()})
	equal(t, "data after its hashes", c, marsad.ImportCounts{Accounts: 6, Posts: 4})
	before.check(t, s, phAv2)

	after := hashWorld{"after"}
	importBatch(t, s, "after-data", batch{accounts: after.accounts(), posts: after.posts()})
	c, _ = importBatch(t, s, "after-hashes", batch{hashes: after.hashes()})
	equal(t, "hashes after their data", c, marsad.ImportCounts{MediaHashes: changes})
	after.check(t, s, phAv2)

	// One import, accounts and posts first (accounts are still unwritten
	// when the hashes come).
	same := hashWorld{"same"}
	c, _ = importBatch(t, s, "same", batch{accounts: same.accounts(), posts: same.posts(), hashes: same.hashes()})
	equal(t, "one import", c, marsad.ImportCounts{Accounts: 6, Posts: 4, MediaHashes: 4})
	same.check(t, s, phAv2)

	// One import, hashes first.
	first := hashWorld{"first"}
	src := &marsad.Source{Path: "first", SHA256: "first", Format: "test"}
	im, err := s.BeginImport(ctx, src)
	must(t, err, "BeginImport")
	defer im.Rollback()
	n, err := im.PutMediaHashes(ctx, first.hashes())
	must(t, err, "PutMediaHashes")
	if n != 0 {
		t.Fatalf("hashes first in an import changed %d items, want 0", n)
	}
	_, err = im.PutAccounts(ctx, first.accounts())
	must(t, err, "PutAccounts")
	_, err = im.PutPosts(ctx, first.posts())
	must(t, err, "PutPosts")
	must(t, im.Commit(ctx, marsad.ImportCounts{}), "Commit")
	first.check(t, s, phAv2)

	// Re-importing anything changes nothing.
	for _, w := range []hashWorld{before, after, same, first} {
		c, _ = importBatch(t, s, w.pre+"-again", batch{accounts: w.accounts(), posts: w.posts(), hashes: w.hashes()})
		equal(t, w.pre+" re-imported", c, marsad.ImportCounts{})
		w.check(t, s, phAv2)
	}

	// A later PDQ for account 2's avatar replaces the pHash it took from
	// the same URL, and a post imported afterwards carries both.
	for _, w := range []hashWorld{before, after, same, first} {
		c, _ = importBatch(t, s, w.pre+"-pdq", batch{hashes: []marsad.MediaHash{{MediaURL: w.url("av2.jpg"), Hash: pdqV2}}})
		equal(t, w.pre+" later PDQ", c, marsad.ImportCounts{MediaHashes: 1})
		w.check(t, s, pdqV2)
	}
	p := post("late", "1", 9)
	p.Media = []marsad.Media{{URL: before.url("av2.jpg"), Type: "photo"}}
	importBatch(t, s, "late", batch{posts: []marsad.Post{p}})
	got, err := s.FindPost(ctx, marsad.PlatformTwitter, "late")
	must(t, err, "FindPost late")
	equal(t, "late post media", copyPost(got).Media, []marsad.Media{{URL: before.url("av2.jpg"), Type: "photo", PHash: phAv2, PDQ: pdqV2}})
}

// testKnownHashesRollback: a rolled-back media-hashes import leaves no hash
// behind for posts and accounts imported later.
func testKnownHashesRollback(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	w := hashWorld{"rb"}
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "rb", SHA256: "rb", Format: "test"})
	must(t, err, "BeginImport")
	_, err = im.PutMediaHashes(ctx, w.hashes())
	must(t, err, "PutMediaHashes")
	must(t, im.Rollback(), "Rollback")
	importBatch(t, s, "rb-data", batch{accounts: w.accounts(), posts: w.posts()})
	for _, p := range w.posts() {
		got, err := s.FindPost(ctx, marsad.PlatformTwitter, p.ID)
		must(t, err, "FindPost")
		equal(t, "media of "+p.ID, copyPost(got).Media, p.Media)
	}
	for _, a := range w.accounts() {
		got, err := s.FindAccount(ctx, marsad.PlatformTwitter, a.ID)
		must(t, err, "FindAccount")
		if got.AvatarHash != a.AvatarHash {
			t.Errorf("account %s avatar hash %q after a rolled-back hash import, want %q", a.ID, got.AvatarHash, a.AvatarHash)
		}
	}
	// Nor does a rolled-back import change stored data.
	im, err = s.BeginImport(ctx, &marsad.Source{Path: "rb2", SHA256: "rb2", Format: "test"})
	must(t, err, "BeginImport")
	n, err := im.PutMediaHashes(ctx, w.hashes())
	must(t, err, "PutMediaHashes")
	if n != 7 {
		t.Fatalf("hashes over stored data changed %d items, want 7", n)
	}
	must(t, im.Rollback(), "Rollback")
	got, err := s.FindAccount(ctx, marsad.PlatformTwitter, "rb1")
	must(t, err, "FindAccount")
	if got.AvatarHash != "" {
		t.Fatalf("avatar hash %q after rollback, want none", got.AvatarHash)
	}
	// The committed import then does the work.
	c, _ := importBatch(t, s, "rb-hashes", batch{hashes: w.hashes()})
	equal(t, "committed hashes", c, marsad.ImportCounts{MediaHashes: 7})
	w.check(t, s, phAv2)
}

// testKnownHashReplaced: a new pHash for a URL replaces the one an avatar
// took from it, also when the account is re-observed in the same import
// (the import holds it until commit).
func testKnownHashReplaced(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	a := account("1", "one", 0)
	a.AvatarURL = "https://media.example/r/av.jpg"
	importBatch(t, s, "data", batch{accounts: []marsad.Account{a}})
	importBatch(t, s, "old", batch{hashes: []marsad.MediaHash{{MediaURL: a.AvatarURL, Hash: phAv1}}})
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "new", SHA256: "new", Format: "test"})
	must(t, err, "BeginImport")
	defer im.Rollback()
	later := a
	later.ObservedAt, later.Followers = at(60), 99
	_, err = im.PutAccounts(ctx, []marsad.Account{later})
	must(t, err, "PutAccounts")
	n, err := im.PutMediaHashes(ctx, []marsad.MediaHash{{MediaURL: a.AvatarURL, Hash: phAv2}})
	must(t, err, "PutMediaHashes")
	if n != 1 {
		t.Fatalf("new pHash changed %d items, want 1 (the stored avatar)", n)
	}
	must(t, im.Commit(ctx, marsad.ImportCounts{}), "Commit")
	got, err := s.FindAccount(ctx, marsad.PlatformTwitter, "1")
	must(t, err, "FindAccount")
	if got.AvatarHash != phAv2 || got.Followers != 99 {
		t.Fatalf("avatar hash %q, followers %d; want %q, 99", got.AvatarHash, got.Followers, phAv2)
	}
}

// testKnownHashLongURL: a URL far longer than a B-tree key may be on
// PostgreSQL (~2.7 kB) is known, looked up and matched like any other.
func testKnownHashLongURL(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	u := "https://media.example/" + strings.Repeat("سجل/", 2000) + "x.jpg"
	importBatch(t, s, "hashes", batch{hashes: []marsad.MediaHash{{MediaURL: u, Hash: pdqB}}})
	a := account("1", "one", 0)
	a.AvatarURL = u
	p := post("10", "1", 1)
	p.Media = []marsad.Media{{URL: u, Type: "photo"}}
	importBatch(t, s, "data", batch{accounts: []marsad.Account{a}, posts: []marsad.Post{p}})
	got, err := s.FindAccount(ctx, marsad.PlatformTwitter, "1")
	must(t, err, "FindAccount")
	if got.AvatarHash != pdqB {
		t.Fatalf("avatar hash %q, want %q", got.AvatarHash, pdqB)
	}
	gp, err := s.FindPost(ctx, marsad.PlatformTwitter, "10")
	must(t, err, "FindPost")
	equal(t, "media", copyPost(gp).Media, []marsad.Media{{URL: u, Type: "photo", PDQ: pdqB}})
	c, _ := importBatch(t, s, "hashes-again", batch{hashes: []marsad.MediaHash{{MediaURL: u, Hash: phA}}})
	equal(t, "pHash added later", c, marsad.ImportCounts{MediaHashes: 1}) // the media item; the avatar keeps the PDQ
}
