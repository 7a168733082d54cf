// Package migrations holds marsad's database schema as embedded, append-only
// goose migrations, one folder per SQL dialect (sqlite/, postgres/). Files are
// named YYYYMMDDHHMMSS_what.sql and are never edited once committed: a schema
// change is a new file in both folders. Other packages (e.g. the media hash
// bank) add their own files with a later timestamp.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/pressly/goose/v3"
)

//go:embed sqlite/*.sql postgres/*.sql
var files embed.FS

// Dialects are the folder names Up accepts.
var dialects = map[string]goose.Dialect{
	"sqlite":   goose.DialectSQLite3,
	"postgres": goose.DialectPostgres,
}

// FS returns the migration files of one dialect ("sqlite" or "postgres").
func FS(dialect string) (fs.FS, error) {
	if _, ok := dialects[dialect]; !ok {
		return nil, fmt.Errorf("migrations: unknown dialect %q", dialect)
	}
	return fs.Sub(files, dialect)
}

// Up applies every migration of dialect that db has not applied yet, each in
// its own transaction, and returns the schema version reached. It is safe to
// call on every open: an up-to-date database costs one query.
func Up(ctx context.Context, db *sql.DB, dialect string, logger *slog.Logger) (int64, error) {
	fsys, err := FS(dialect)
	if err != nil {
		return 0, err
	}
	p, err := goose.NewProvider(dialects[dialect], db, fsys)
	if err != nil {
		return 0, fmt.Errorf("migrations: %w", err)
	}
	res, err := p.Up(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrations: %w", err)
	}
	for _, r := range res {
		if logger != nil {
			logger.Info("migration applied", slog.String("dialect", dialect),
				slog.Int64("version", r.Source.Version), slog.Duration("took", r.Duration))
		}
	}
	v, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrations: version: %w", err)
	}
	return v, nil
}
