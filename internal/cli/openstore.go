package cli

import (
	"context"
	"log/slog"
	"net/url"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/postgres"
	"github.com/marsad-project/marsad/internal/sqlstore"
)

// openStore opens the SQL store for dsn: a SQLite file path (created if
// missing) or a postgres:// URL. Migrations run on open.
func openStore(ctx context.Context, dsn string, logger *slog.Logger) (marsad.Store, error) {
	db, err := sqlstore.Open(ctx, dsn, logger)
	if err != nil {
		return nil, err
	}
	return db, nil
}

// sqliteFile returns the file a SQLite DSN names (a path or a "file:" URI),
// or "" for PostgreSQL URLs and in-memory databases, which have no file.
func sqliteFile(dsn string) string {
	if dsn == "" || postgres.IsDSN(dsn) || dsn == ":memory:" || strings.HasPrefix(dsn, "file::memory:") {
		return ""
	}
	if !strings.HasPrefix(dsn, "file:") {
		return dsn
	}
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
