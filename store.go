package marsad

import (
	"context"
	"time"
)

// Store is everything marsad persists. internal/sqlstore implements it for
// SQLite (the default, embedded) and PostgreSQL (team servers); both pass the
// same conformance suite (internal/sqlstore/storetest).
type Store interface {
	ImportService
	PostReader
	AccountReader
	GraphReader
	WatchlistService
	RunService
	StatsService
	Close() error
}

// ImportService writes imported records. One import is one transaction, so a
// file that fails half-way leaves the store as it was.
type ImportService interface {
	// BeginImport opens the transaction for one source file. src.ID is set by
	// the store. The caller must call Commit or Rollback.
	BeginImport(ctx context.Context, src *Source) (Import, error)
	// FindSourceBySHA256 returns the committed import of a file with these
	// bytes, or an ENOTFOUND error.
	FindSourceBySHA256(ctx context.Context, sha256 string) (*Source, error)
	// ListSources returns every committed import, oldest first.
	ListSources(ctx context.Context) ([]Source, error)
}

// Import is one open import transaction. Each Put method stores a batch and
// returns how many records were new; records whose unique key already exists
// (platform + id for accounts and posts, the whole edge for follows, account
// + status + time for status changes) are skipped, which makes re-importing a
// file idempotent. Accounts are upserted: a newer observation updates the
// profile, and every distinct profile state is kept in the profile history.
// Batches may be large (thousands); implementations use prepared statements.
type Import interface {
	PutAccounts(ctx context.Context, accounts []Account) (added int, err error)
	PutPosts(ctx context.Context, posts []Post) (added int, err error)
	PutFollows(ctx context.Context, follows []Follow) (added int, err error)
	PutStatusChanges(ctx context.Context, changes []StatusChange) (added int, err error)
	PutWatchlist(ctx context.Context, entries []WatchlistEntry) (added int, err error)
	// PutMediaHashes sets the hash on every stored media item with that URL
	// and on every stored account whose avatar URL it is, and records it for
	// posts and accounts imported later; it returns how many media items
	// plus accounts changed.
	PutMediaHashes(ctx context.Context, hashes []MediaHash) (updated int, err error)
	PutRejects(ctx context.Context, rejects []Reject) error
	// Commit records the final counts on the source and commits.
	Commit(ctx context.Context, counts ImportCounts) error
	// Rollback discards everything written in this import; safe after Commit.
	Rollback() error
}

// PostFilter selects posts by time; zero times are open ends. Since is
// inclusive, Until exclusive.
type PostFilter struct {
	Since time.Time
	Until time.Time
}

// PostReader reads posts.
type PostReader interface {
	// ScanPosts streams posts in (CreatedAt, Platform, ID) order with their
	// mentions, hashtags, URLs and media, calling fn for each; fn's error stops
	// the scan and is returned. The *Post is only valid during the call.
	ScanPosts(ctx context.Context, f PostFilter, fn func(*Post) error) error
	// FindPost returns one post or an ENOTFOUND error.
	FindPost(ctx context.Context, platform, id string) (*Post, error)
}

// AccountReader reads accounts and their history.
type AccountReader interface {
	// ScanAccounts streams every account (latest profile) in (Platform, ID) order.
	ScanAccounts(ctx context.Context, fn func(*Account) error) error
	// FindAccount returns one account or an ENOTFOUND error.
	FindAccount(ctx context.Context, platform, id string) (*Account, error)
	// ProfileHistory returns the distinct profile states of an account,
	// oldest first (empty, not an error, for an unknown account).
	ProfileHistory(ctx context.Context, platform, id string) ([]ProfileObservation, error)
}

// GraphReader reads follows and status changes.
type GraphReader interface {
	// ScanFollows streams every follow edge in (Platform, FollowerID, FolloweeID) order.
	ScanFollows(ctx context.Context, fn func(Follow) error) error
	// ScanStatusChanges streams status changes in (ObservedAt, Platform, AccountID) order.
	ScanStatusChanges(ctx context.Context, fn func(StatusChange) error) error
}

// WatchlistService manages protected accounts.
type WatchlistService interface {
	// ListWatchlist returns all entries ordered by (Platform, AccountID, Handle).
	ListWatchlist(ctx context.Context) ([]WatchlistEntry, error)
	// AddWatchlist adds or updates one entry (keyed by platform + account id,
	// or platform + lower-cased handle when the id is empty).
	AddWatchlist(ctx context.Context, e WatchlistEntry) error
	// RemoveWatchlist removes an entry by account id or handle; ENOTFOUND if none.
	RemoveWatchlist(ctx context.Context, platform, idOrHandle string) error
}

// Run is one persisted analysis run: what ran, with which parameters, over
// which data range, and its JSON result (the DESIGN.md §6 contract).
type Run struct {
	ID        int64
	Analysis  string // coordination, hubs, roles, returns, campaigns, threats, …
	Params    string // JSON of the options
	Since     time.Time
	Until     time.Time
	StartedAt time.Time
	Duration  time.Duration
	Result    []byte // JSON
}

// RunService persists analysis runs so the web app and later analyses (e.g.
// roles reading returns' account families) can use them.
type RunService interface {
	// SaveRun stores a run and sets its ID.
	SaveRun(ctx context.Context, r *Run) error
	// LatestRun returns the newest run of an analysis or an ENOTFOUND error.
	LatestRun(ctx context.Context, analysis string) (*Run, error)
	// ListRuns returns runs newest first, without their Result.
	ListRuns(ctx context.Context) ([]Run, error)
}

// Stats are the record counts of `marsad stats` (DESIGN.md §5).
type Stats struct {
	Accounts      int64              `json:"accounts"`
	Posts         int64              `json:"posts"`
	PostsByKind   map[PostKind]int64 `json:"posts_by_kind"`
	Follows       int64              `json:"follows"`
	StatusChanges int64              `json:"status_changes"`
	Media         int64              `json:"media"`
	Sources       int64              `json:"sources"`
	Rejects       int64              `json:"rejects"`
}

// StatsService counts records.
type StatsService interface {
	Stats(ctx context.Context) (Stats, error)
}
