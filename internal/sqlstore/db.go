// Package sqlstore is marsad's store: the SQL written once with database/sql,
// implementing marsad.Store for SQLite (internal/sqlite, the default) and
// PostgreSQL (internal/postgres). The two differ only in a small dialect
// (placeholders, error codes) and in their migration files; both pass the
// same conformance suite, internal/sqlstore/storetest.
//
// Design (docs/STORE.md): one transaction per imported file, multi-row
// INSERTs through statements prepared once per import, times as int64 Unix
// milliseconds, platform ids as TEXT, a post's mentions/hashtags/URLs/media
// in one compact binary column so that ScanPosts is a single streaming query.
package sqlstore

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/migrations"
	"github.com/marsad-project/marsad/internal/postgres"
	"github.com/marsad-project/marsad/internal/sqlite"
)

// dialect is what differs between the SQL databases marsad runs on.
type dialect interface {
	// Name is "sqlite" or "postgres" (also the migrations folder).
	Name() string
	// Rebind rewrites $1-style placeholders into the driver's syntax.
	Rebind(query string) string
	// MapError turns driver errors into marsad errors where it can.
	MapError(err error) error
}

// DB is an open store. It is safe for concurrent use; an import holds one
// write transaction (on SQLite other writers wait, readers do not).
type DB struct {
	db     *sql.DB
	d      dialect
	logger *slog.Logger
	// Now is the store's clock, read once per transaction (source import
	// times, watchlist additions). Tests may replace it.
	Now func() time.Time
}

var _ marsad.Store = (*DB)(nil)

// Open opens the store named by dsn and brings its schema up to date. A
// postgres:// or postgresql:// URL selects PostgreSQL; anything else is a
// SQLite file path or "file:" URI (created if missing), and ":memory:" a
// private in-memory SQLite database (one connection; for tests).
func Open(ctx context.Context, dsn string, logger *slog.Logger) (*DB, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if dsn == "" {
		return nil, marsad.Errorf(marsad.EINVALID, "no database given (--db or MARSAD_DB)")
	}
	var (
		db  *sql.DB
		d   dialect
		err error
	)
	if postgres.IsDSN(dsn) {
		d = postgres.Dialect{}
		db, err = postgres.Open(ctx, dsn)
	} else {
		d = sqlite.Dialect{}
		db, err = sqlite.Open(ctx, dsn)
	}
	if err != nil {
		return nil, err
	}
	v, err := migrations.Up(ctx, db, d.Name(), logger)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open store: %w", d.MapError(err))
	}
	logger.Debug("store open", slog.String("dialect", d.Name()), slog.Int64("schema", v))
	return &DB{db: db, d: d, logger: logger, Now: time.Now}, nil
}

// Close closes the database. Open scans and imports must be finished first.
func (s *DB) Close() error { return s.db.Close() }

// Dialect returns "sqlite" or "postgres".
func (s *DB) Dialect() string { return s.d.Name() }

// SQL returns the underlying database handle, for packages that keep their
// own tables in the same database (e.g. the media hash bank). They should
// write their queries with $1-style placeholders and pass them through
// Rebind.
func (s *DB) SQL() *sql.DB { return s.db }

// Rebind rewrites a query written with $1-style placeholders for this
// store's driver.
func (s *DB) Rebind(q string) string { return s.d.Rebind(q) }

// MapError maps a driver error to a marsad error where it can.
func (s *DB) MapError(err error) error { return s.d.MapError(err) }

// wrap adds context to a driver error after mapping it; nil stays nil.
func (s *DB) wrap(err error, what string) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", what, s.d.MapError(err))
}
