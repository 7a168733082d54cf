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

// TestSQLiteMemory runs the suite on ":memory:" stores (one connection).
func TestSQLiteMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode: the file-backed SQLite run covers the same code")
	}
	storetest.Run(t, func(t *testing.T) marsad.Store {
		db, err := sqlstore.Open(context.Background(), ":memory:", nil)
		if err != nil {
			t.Fatalf("open :memory:: %v", err)
		}
		t.Cleanup(func() { db.Close() })
		return db
	})
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := sqlstore.Open(ctx, "", nil); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Fatalf("empty dsn: %v, want EINVALID", err)
	}
	notDB := filepath.Join(t.TempDir(), "not.db")
	if err := os.WriteFile(notDB, []byte("this is a text file, not a database\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := sqlstore.Open(ctx, notDB, nil); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Fatalf("text file as database: %v, want EINVALID", err)
	}
	if _, err := sqlstore.Open(ctx, "postgres://nobody:x@127.0.0.1:1/none?sslmode=disable&connect_timeout=2", nil); err == nil {
		t.Fatal("unreachable PostgreSQL server opened")
	}
	// Reopening an existing store keeps its data (migrations are not re-run).
	path := filepath.Join(t.TempDir(), "re.db")
	db, err := sqlstore.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SaveRun(ctx, &marsad.Run{Analysis: "hubs"}); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlstore.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.LatestRun(ctx, "hubs"); err != nil {
		t.Fatalf("run lost on reopen: %v", err)
	}
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

// TestReadDuringImport checks WAL behaviour on a SQLite file: while an import
// transaction is open, other readers neither block nor see its records.
func TestReadDuringImport(t *testing.T) {
	ctx := context.Background()
	s := openSQLite(t)
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "open", SHA256: "open", Format: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer im.Rollback()
	p := marsad.Post{Platform: "twitter", ID: "1", AccountID: "1", Kind: marsad.PostOriginal}
	if _, err := im.PutPosts(ctx, []marsad.Post{p}); err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats during an open import: %v", err)
	}
	if st.Posts != 0 || st.Sources != 0 {
		t.Fatalf("uncommitted import visible: %+v", st)
	}
	if err := im.Commit(ctx, marsad.ImportCounts{Posts: 1}); err != nil {
		t.Fatal(err)
	}
	if st, err = s.Stats(ctx); err != nil || st.Posts != 1 || st.Sources != 1 {
		t.Fatalf("after commit: %+v, %v", st, err)
	}
}
