package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/marsad-project/marsad"
)

// Dialect is the PostgreSQL flavour of the SQL in internal/sqlstore.
type Dialect struct{}

// Name is the dialect's name, also the migrations folder.
func (Dialect) Name() string { return "postgres" }

// Rebind returns q unchanged: sqlstore writes PostgreSQL's own numbered
// placeholders ($1, $2…).
func (Dialect) Rebind(q string) string { return q }

// MapError turns a server or connection error into a marsad *Error where
// the cause is one a user can act on, and returns other errors unchanged. It
// is the only place that knows PostgreSQL's SQLSTATE codes.
func (Dialect) MapError(err error) error { return MapError(err) }

// MapError maps err; see Dialect.MapError.
func MapError(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	var code, msg string
	var pe *pgconn.PgError
	var ce *pgconn.ConnectError
	switch {
	case errors.As(err, &pe):
		switch {
		case pe.Code == "23505" || pe.Code == "23P01":
			code, msg = marsad.ECONFLICT, "a record conflicts with a stored one"
		case pe.Code == "40001" || pe.Code == "40P01" || pe.Code == "55P03":
			code, msg = marsad.ECONFLICT, "the database is busy (a concurrent write); try again"
		case pe.Code == "22021" || pe.Code == "22P05":
			code, msg = marsad.EINVALID, "text is not valid UTF-8 for PostgreSQL"
		case pe.Code == "54000":
			code, msg = marsad.EINVALID, "a value is too large for PostgreSQL"
		case pe.Code == "28P01" || pe.Code == "28000":
			code, msg = marsad.EUNAUTHORIZED, "PostgreSQL refused the user or password"
		case pe.Code == "3D000":
			code, msg = marsad.ENOTFOUND, "the PostgreSQL database does not exist"
		case pe.Code == "42501":
			code, msg = marsad.EFORBIDDEN, "PostgreSQL denied permission"
		case len(pe.Code) == 2+3 && pe.Code[:2] == "23":
			code, msg = marsad.EINVALID, "a record violates a constraint of the store"
		default:
			return err
		}
	case errors.As(err, &ce):
		code, msg = marsad.EINTERNAL, "cannot connect to the PostgreSQL server"
	default:
		return err
	}
	return fmt.Errorf("%w: %w", marsad.Errorf(code, "%s", msg), err)
}
