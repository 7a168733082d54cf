package cli

import (
	"context"
	"log/slog"

	"github.com/marsad-project/marsad"
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
