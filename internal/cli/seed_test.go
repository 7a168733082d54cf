package cli

import (
	"context"
	"testing"

	"github.com/marsad-project/marsad"
)

// seed is what a test writes into a real SQLite store before running a
// command: one import transaction with these records.
type seed struct {
	Accounts  []marsad.Account
	Posts     []marsad.Post
	Status    []marsad.StatusChange
	Watchlist []marsad.WatchlistEntry
}

// seedStore writes sd into the store at db (created if missing) as one
// committed import named name.
func seedStore(t *testing.T, db, name string, sd seed) {
	t.Helper()
	ctx := context.Background()
	s, err := openStore(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: name, SHA256: name, Format: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	if _, err := im.PutAccounts(ctx, sd.Accounts); err != nil {
		t.Fatal(err)
	}
	if _, err := im.PutPosts(ctx, sd.Posts); err != nil {
		t.Fatal(err)
	}
	if _, err := im.PutStatusChanges(ctx, sd.Status); err != nil {
		t.Fatal(err)
	}
	if _, err := im.PutWatchlist(ctx, sd.Watchlist); err != nil {
		t.Fatal(err)
	}
	if err := im.Commit(ctx, marsad.ImportCounts{}); err != nil {
		t.Fatal(err)
	}
}
