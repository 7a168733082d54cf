// Package sqlite opens marsad's embedded SQLite store (modernc.org/sqlite,
// pure Go, no cgo) and holds the few things that differ from PostgreSQL: the
// connection pragmas, the placeholder syntax and the driver's error codes.
// The SQL itself lives in internal/sqlstore, written once for both.
package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// BusyTimeoutMS is how long a connection waits for another writer (another
// marsad import) before it reports the database as busy.
const BusyTimeoutMS = 10000

// IsMemory reports whether dsn names a private in-memory database.
func IsMemory(dsn string) bool {
	return dsn == ":memory:" || strings.HasPrefix(dsn, "file::memory:")
}

// ConnString turns a file path, a "file:" URI or ":memory:" into the driver's
// connection string with marsad's pragmas: WAL (readers never block the one
// writer), synchronous=NORMAL (durable at checkpoints, safe with WAL),
// foreign keys on, a busy timeout, a 64 MiB page cache, and IMMEDIATE write
// transactions so that two importers queue instead of deadlocking.
func ConnString(dsn string) string {
	var base, query string
	switch {
	case dsn == ":memory:":
		base = "file::memory:"
	case strings.HasPrefix(dsn, "file:"):
		base = dsn
		if i := strings.IndexByte(dsn, '?'); i >= 0 {
			base, query = dsn[:i], dsn[i+1:]
		}
	default:
		base = "file:" + escapePath(dsn)
	}
	q := []string{
		fmt.Sprintf("_busy_timeout=%d", BusyTimeoutMS),
		"_foreign_keys=1",
		"_synchronous=NORMAL",
		"_txlock=immediate",
		"_pragma=cache_size(-65536)",
		"_pragma=temp_store(MEMORY)",
	}
	if !IsMemory(dsn) {
		q = append(q, "_journal_mode=WAL")
	}
	if query != "" {
		q = append(q, query)
	}
	return base + "?" + strings.Join(q, "&")
}

// escapePath escapes the characters that would end the path part of a
// SQLite URI filename.
func escapePath(p string) string {
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return r.Replace(p)
}

// filePath returns the file a DSN names, or "" for in-memory databases.
func filePath(dsn string) string {
	if IsMemory(dsn) {
		return ""
	}
	if strings.HasPrefix(dsn, "file:") {
		p := strings.TrimPrefix(dsn, "file:")
		if i := strings.IndexByte(p, '?'); i >= 0 {
			if strings.Contains(p[i:], "mode=memory") {
				return ""
			}
			p = p[:i]
		}
		if u, err := url.PathUnescape(p); err == nil {
			p = u
		}
		return strings.TrimPrefix(p, "//")
	}
	return dsn
}

// Open opens (creating if needed) the SQLite database named by dsn and checks
// that it answers. An in-memory database lives in one connection, so the pool
// is limited to one: callers must not start a second query while a scan or an
// import transaction is open on it (tests only).
func Open(ctx context.Context, dsn string) (*sql.DB, error) {
	if p := filePath(dsn); p != "" {
		if dir := filepath.Dir(p); dir != "" {
			if _, err := os.Stat(dir); err != nil {
				return nil, fmt.Errorf("sqlite: directory of %s: %w", p, err)
			}
		}
	}
	db, err := sql.Open("sqlite", ConnString(dsn))
	if err != nil {
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	if IsMemory(dsn) {
		db.SetMaxOpenConns(1)
	}
	// Idle connections keep their page cache warm between commands.
	db.SetMaxIdleConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, MapError(fmt.Errorf("sqlite: open %s: %w", dsn, err))
	}
	return db, nil
}
