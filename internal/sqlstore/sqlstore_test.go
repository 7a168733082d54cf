package sqlstore_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/sqlstore"
	"github.com/marsad-project/marsad/internal/sqlstore/storetest"

	_ "github.com/jackc/pgx/v5/stdlib"
)

// openSQLite opens a fresh SQLite store in a temporary file.
func openSQLite(t *testing.T) marsad.Store {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"), nil)
	if err != nil {
		t.Fatalf("open sqlite: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestSQLite(t *testing.T) {
	storetest.Run(t, openSQLite)
}

// pgDSN returns the PostgreSQL server to test against or skips.
func pgDSN(t testing.TB) string {
	dsn := os.Getenv("MARSAD_TEST_POSTGRES_DSN")
	if dsn == "" {
		t.Skip("MARSAD_TEST_POSTGRES_DSN is not set: skipping the PostgreSQL store tests (scripts/start-postgres.sh starts a server and prints a DSN)")
	}
	return dsn
}

// openPostgres opens a store in a fresh schema of the test server and drops
// the schema when the test ends, so tests never see each other's rows.
func openPostgres(t *testing.T) marsad.Store { return openPostgresTB(t) }

func openPostgresTB(t testing.TB) *sqlstore.DB {
	t.Helper()
	dsn := pgDSN(t)
	ctx := context.Background()
	admin, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatalf("postgres: %v", err)
	}
	t.Cleanup(func() { admin.Close() })
	var b [6]byte
	rand.Read(b[:])
	schema := "marsad_test_" + hex.EncodeToString(b[:])
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatalf("MARSAD_TEST_POSTGRES_DSN: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	db, err := sqlstore.Open(ctx, u.String(), nil)
	if err != nil {
		t.Fatalf("open postgres: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestPostgres(t *testing.T) {
	pgDSN(t)
	storetest.Run(t, openPostgres)
}
