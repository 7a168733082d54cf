package storetest

import (
	"context"
	"testing"

	"github.com/marsad-project/marsad"
)

func testProfileHistory(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	a1 := account("7", "alpha", 10)  // state A
	b := account("7", "alpha_2", 20) // state B: renamed
	b.Bio = "new bio"
	a3 := account("7", "alpha", 30)  // state A again
	c := account("7", "alpha_2", 15) // state B seen earlier, in a later file
	c.Bio = "new bio"
	importBatch(t, s, "1", batch{accounts: []marsad.Account{a1, b}})
	importBatch(t, s, "2", batch{accounts: []marsad.Account{a3}})
	_, src3 := importBatch(t, s, "3", batch{accounts: []marsad.Account{c, c}})

	hist, err := s.ProfileHistory(ctx, "twitter", "7")
	must(t, err, "ProfileHistory")
	if len(hist) != 2 {
		t.Fatalf("history has %d states, want 2 distinct: %+v", len(hist), hist)
	}
	// Oldest first; each state at the earliest time it was seen.
	if hist[0].Handle != "alpha" || !hist[0].ObservedAt.Equal(at(10)) || hist[0].Bio != "bio alpha" || hist[0].DisplayName != "Name alpha" {
		t.Fatalf("first state = %+v, want alpha at +10s", hist[0])
	}
	if hist[1].Handle != "alpha_2" || !hist[1].ObservedAt.Equal(at(15)) || hist[1].Bio != "new bio" || hist[1].SourceID != src3.ID {
		t.Fatalf("second state = %+v, want alpha_2 at +15s from source %d", hist[1], src3.ID)
	}
	// The current profile is the newest observation (state A at +30s).
	cur, err := s.FindAccount(ctx, "twitter", "7")
	must(t, err, "FindAccount")
	if cur.Handle != "alpha" || cur.Bio != "bio alpha" || !cur.ObservedAt.Equal(at(30)) {
		t.Fatalf("current profile = %+v, want alpha observed at +30s", cur)
	}
	none, err := s.ProfileHistory(ctx, "twitter", "nobody")
	must(t, err, "ProfileHistory of unknown account")
	if none == nil || len(none) != 0 {
		t.Fatalf("history of unknown account = %#v, want empty non-nil", none)
	}
}

func testAccountMerge(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	full := marsad.Account{Platform: "twitter", ID: "5", Handle: "Five", DisplayName: "Fünf", Bio: "bio",
		Location: "Mosul", URL: "https://x", AvatarURL: "https://a/5.jpg", AvatarHash: "0123456789abcdef",
		Verified: true, CreatedAt: ms(1262304000000), Followers: 100, Following: 50, PostCount: 7,
		ObservedAt: at(100)}
	importBatch(t, s, "full", batch{accounts: []marsad.Account{full}})
	got, err := s.FindAccount(ctx, "twitter", "5")
	must(t, err, "FindAccount")
	want := full
	want.SourceID = got.SourceID
	equal(t, "stored account", *got, want)

	// A newer, sparser observation (handle only, counts unknown) updates the
	// handle and keeps what it lacks.
	sparse := marsad.Account{Platform: "twitter", ID: "5", Handle: "five_b", Followers: -1, Following: -1, PostCount: 120, ObservedAt: at(200)}
	// An older observation arriving later changes nothing it disagrees on.
	old := marsad.Account{Platform: "twitter", ID: "5", Handle: "OldFive", Bio: "old bio", Followers: 3, Following: 3, PostCount: 3, ObservedAt: at(50)}
	importBatch(t, s, "sparse", batch{accounts: []marsad.Account{sparse}})
	importBatch(t, s, "old", batch{accounts: []marsad.Account{old}})
	got, err = s.FindAccount(ctx, "twitter", "5")
	must(t, err, "FindAccount")
	want = full
	want.Handle, want.PostCount, want.ObservedAt = "five_b", 120, at(200)
	want.SourceID = got.SourceID
	want.Verified = false // the newest observation says not verified
	equal(t, "merged account", *got, want)

	var n int
	must(t, s.ScanAccounts(ctx, func(a *marsad.Account) error { n++; return nil }), "ScanAccounts")
	if n != 1 {
		t.Fatalf("ScanAccounts saw %d accounts, want 1", n)
	}
}

func testAccountsAcrossBatches(t *testing.T, s marsad.Store) {
	// One import, three batches: a newer state, then an older one, then the
	// newer one again. Within an import the store must merge exactly as it
	// does across imports.
	ctx := context.Background()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "b", SHA256: "b", Format: "test"})
	must(t, err, "BeginImport")
	defer im.Rollback()
	newer := account("8", "new_name", 20)
	older := account("8", "old_name", 10)
	for i, batch := range [][]marsad.Account{{newer}, {older}, {newer}} {
		n, err := im.PutAccounts(ctx, batch)
		must(t, err, "PutAccounts")
		if want := map[int]int{0: 1}[i]; n != want {
			t.Fatalf("batch %d added %d, want %d", i, n, want)
		}
	}
	must(t, im.Commit(ctx, marsad.ImportCounts{}), "Commit")
	cur, err := s.FindAccount(ctx, "twitter", "8")
	must(t, err, "FindAccount")
	if cur.Handle != "new_name" || !cur.ObservedAt.Equal(at(20)) {
		t.Fatalf("current = %+v, want new_name at +20s", cur)
	}
	hist, err := s.ProfileHistory(ctx, "twitter", "8")
	must(t, err, "ProfileHistory")
	if len(hist) != 2 || hist[0].Handle != "old_name" || !hist[0].ObservedAt.Equal(at(10)) || hist[1].Handle != "new_name" {
		t.Fatalf("history = %+v, want old_name@10s, new_name@20s", hist)
	}
}
