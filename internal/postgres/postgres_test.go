package postgres

import (
	"context"
	"errors"
	"os"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/marsad-project/marsad"
)

func TestIsDSN(t *testing.T) {
	for dsn, want := range map[string]bool{
		"postgres://u@h/db":   true,
		"postgresql://u@h/db": true,
		"marsad.db":           false,
		"file:postgres.db":    false,
		"":                    false,
	} {
		if IsDSN(dsn) != want {
			t.Errorf("IsDSN(%q) = %v, want %v", dsn, !want, want)
		}
	}
}

func TestMapErrorCodes(t *testing.T) {
	for sqlstate, want := range map[string]string{
		"23505": marsad.ECONFLICT,
		"40P01": marsad.ECONFLICT,
		"22021": marsad.EINVALID,
		"54000": marsad.EINVALID,
		"23503": marsad.EINVALID,
		"28P01": marsad.EUNAUTHORIZED,
		"3D000": marsad.ENOTFOUND,
		"42501": marsad.EFORBIDDEN,
	} {
		pe := &pgconn.PgError{Code: sqlstate, Message: "m"}
		got := MapError(pe)
		if marsad.ErrorCode(got) != want {
			t.Errorf("SQLSTATE %s maps to %q, want %q", sqlstate, marsad.ErrorCode(got), want)
		}
		var back *pgconn.PgError
		if !errors.As(got, &back) {
			t.Errorf("SQLSTATE %s: mapped error lost the server error", sqlstate)
		}
	}
	other := &pgconn.PgError{Code: "42P01"}
	if MapError(other) != error(other) {
		t.Errorf("unmapped SQLSTATE changed")
	}
	if MapError(nil) != nil || !errors.Is(MapError(context.Canceled), context.Canceled) {
		t.Errorf("nil or cancellation mapped")
	}
}

func TestRebindIsIdentity(t *testing.T) {
	q := "SELECT $1, $2"
	if (Dialect{}).Rebind(q) != q {
		t.Fatal("PostgreSQL placeholders changed")
	}
}

// TestOpenAndMapServerError needs a server (MARSAD_TEST_POSTGRES_DSN).
func TestOpenAndMapServerError(t *testing.T) {
	dsn := os.Getenv("MARSAD_TEST_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("MARSAD_TEST_POSTGRES_DSN is not set: skipping tests that need a PostgreSQL server")
	}
	ctx := context.Background()
	db, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// A NUL byte in text is refused by the server; MapError says so.
	_, err = db.ExecContext(ctx, "SELECT $1::text", "a\x00b")
	if err == nil {
		t.Fatal("PostgreSQL accepted a NUL byte in text")
	}
	if got := marsad.ErrorCode(MapError(err)); got != marsad.EINVALID {
		t.Fatalf("NUL in text maps to %q (%v), want %q", got, err, marsad.EINVALID)
	}
	if _, err := Open(ctx, "postgres://nobody:wrong@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"); err == nil {
		t.Fatal("Open of an unreachable server succeeded")
	}
}
