// Package storetest is the conformance suite every marsad.Store must pass:
// the same tests run against SQLite (always) and PostgreSQL (when
// MARSAD_TEST_POSTGRES_DSN is set). Expected values are written out by hand
// in each test, never read back from the store under test.
package storetest

import (
	"context"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// Opener returns a fresh, empty store for one test and arranges (t.Cleanup)
// for it to be closed and removed.
type Opener func(t *testing.T) marsad.Store

// Run runs every conformance test, each on a fresh store from open.
func Run(t *testing.T, open func(t *testing.T) marsad.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s marsad.Store)
	}{
		{"SourcesAndCounts", testSources},
		{"ReimportIsIdempotent", testReimport},
		{"RollbackLeavesNothing", testRollback},
		{"FinishedImportRefusesWork", testFinished},
		{"ProfileHistory", testProfileHistory},
		{"AccountMerge", testAccountMerge},
		{"AccountsAcrossBatches", testAccountsAcrossBatches},
		{"ScanPostsOrderAndBounds", testScanOrder},
		{"ScanPostsStopsOnError", testScanStops},
		{"EntitiesRoundTrip", testEntities},
		{"LongIDs", testLongIDs},
		{"HostileText", testHostileText},
		{"LargeBatch", testLargeBatch},
		{"NotFound", testNotFound},
		{"Stats", testStats},
		{"MediaHashes", testMediaHashes},
		{"KnownHashesAnyOrder", testKnownHashesOrder},
		{"KnownHashesRollback", testKnownHashesRollback},
		{"KnownHashReplaced", testKnownHashReplaced},
		{"KnownHashLongURL", testKnownHashLongURL},
		{"FollowsAndStatus", testGraph},
		{"Watchlist", testWatchlist},
		{"Runs", testRuns},
		{"InvalidRecords", testInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

// ms builds a UTC time from Unix milliseconds (the store's precision).
func ms(v int64) time.Time { return time.UnixMilli(v).UTC() }

// base is an arbitrary fixed instant: 2024-05-01T12:00:00Z.
var base = time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)

func at(sec int) time.Time { return base.Add(time.Duration(sec) * time.Second) }

// importAll runs one committed import of the given records and returns the
// per-type added counts.
type batch struct {
	accounts []marsad.Account
	posts    []marsad.Post
	follows  []marsad.Follow
	status   []marsad.StatusChange
	watch    []marsad.WatchlistEntry
	hashes   []marsad.MediaHash
	rejects  []marsad.Reject
}

func importBatch(t *testing.T, s marsad.Store, path string, b batch) (marsad.ImportCounts, *marsad.Source) {
	t.Helper()
	ctx := context.Background()
	src := &marsad.Source{Path: path, SHA256: "sha-" + path, Format: "test"}
	im, err := s.BeginImport(ctx, src)
	if err != nil {
		t.Fatalf("BeginImport: %v", err)
	}
	defer im.Rollback()
	var c marsad.ImportCounts
	n, err := im.PutAccounts(ctx, b.accounts)
	must(t, err, "PutAccounts")
	c.Accounts = int64(n)
	n, err = im.PutPosts(ctx, b.posts)
	must(t, err, "PutPosts")
	c.Posts = int64(n)
	n, err = im.PutFollows(ctx, b.follows)
	must(t, err, "PutFollows")
	c.Follows = int64(n)
	n, err = im.PutStatusChanges(ctx, b.status)
	must(t, err, "PutStatusChanges")
	c.StatusChanges = int64(n)
	n, err = im.PutWatchlist(ctx, b.watch)
	must(t, err, "PutWatchlist")
	c.Watchlist = int64(n)
	n, err = im.PutMediaHashes(ctx, b.hashes)
	must(t, err, "PutMediaHashes")
	c.MediaHashes = int64(n)
	must(t, im.PutRejects(ctx, b.rejects), "PutRejects")
	c.Rejects = int64(len(b.rejects))
	must(t, im.Commit(ctx, c), "Commit")
	return c, src
}

func must(t *testing.T, err error, what string) {
	t.Helper()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// wantCode fails unless err carries the marsad error code.
func wantCode(t *testing.T, err error, code, what string) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: got no error, want code %s", what, code)
	}
	if got := marsad.ErrorCode(err); got != code {
		t.Fatalf("%s: code %q (%v), want %q", what, got, err, code)
	}
}

// scanAll collects ScanPosts' output as deep copies.
func scanAll(t *testing.T, s marsad.Store, f marsad.PostFilter) []marsad.Post {
	t.Helper()
	var out []marsad.Post
	err := s.ScanPosts(context.Background(), f, func(p *marsad.Post) error {
		out = append(out, copyPost(p))
		return nil
	})
	must(t, err, "ScanPosts")
	return out
}

// copyPost deep-copies p and turns empty entity lists into nil, so that
// comparisons do not depend on how a store represents "none".
func copyPost(p *marsad.Post) marsad.Post {
	c := *p
	c.Mentions = append([]marsad.Mention(nil), p.Mentions...)
	c.Hashtags = append([]string(nil), p.Hashtags...)
	c.URLs = append([]marsad.URL(nil), p.URLs...)
	c.Media = append([]marsad.Media(nil), p.Media...)
	return c
}

func ids(ps []marsad.Post) []string {
	out := []string{}
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

func equal(t *testing.T, what string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got  %#v\n want %#v", what, got, want)
	}
}

var errStop = errors.New("stop")
