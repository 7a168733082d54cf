// Package postgres opens marsad's PostgreSQL store through the pgx driver
// (jackc/pgx/v5/stdlib, database/sql) and holds what differs from SQLite:
// connection setup, placeholder syntax and the server's error codes. The SQL
// itself lives in internal/sqlstore, written once for both.
package postgres

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver
)

// IsDSN reports whether dsn names a PostgreSQL server (postgres:// or
// postgresql:// URL).
func IsDSN(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open connects to the server named by dsn and checks that it answers. Query
// parameters that pgx does not know (e.g. search_path=s) are sent to the
// server as run-time settings, which is how tests isolate themselves in a
// schema of their own.
func Open(ctx context.Context, dsn string) (*sql.DB, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, MapError(fmt.Errorf("postgres: open: %w", err))
	}
	db.SetMaxOpenConns(16)
	db.SetMaxIdleConns(4)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, MapError(fmt.Errorf("postgres: connect: %w", err))
	}
	return db, nil
}
