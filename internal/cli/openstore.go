package cli

import (
	"context"
	"log/slog"

	"github.com/marsad-project/marsad"
)

// openStore opens the SQL store for dsn.
// TODO(store): replaced by sqlstore.Open once internal/sqlstore exists.
func openStore(ctx context.Context, dsn string, logger *slog.Logger) (marsad.Store, error) {
	return nil, marsad.Errorf(marsad.ENOTIMPLEMENTED, "the store is not implemented yet")
}
