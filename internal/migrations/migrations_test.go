package migrations

import (
	"context"
	"database/sql"
	"io/fs"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"testing"

	"github.com/marsad-project/marsad/internal/sqlite"
)

// fileNames lists a dialect's migration files.
func fileNames(t *testing.T, dialect string) []string {
	t.Helper()
	fsys, err := FS(dialect)
	if err != nil {
		t.Fatal(err)
	}
	names, err := fs.Glob(fsys, "*.sql")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	return names
}

// TestDialectsHaveTheSameMigrations keeps the two schemas in step: every
// migration exists for both dialects, with a timestamp name.
func TestDialectsHaveTheSameMigrations(t *testing.T) {
	lite, pg := fileNames(t, "sqlite"), fileNames(t, "postgres")
	if len(lite) == 0 {
		t.Fatal("no migrations")
	}
	if len(lite) != len(pg) {
		t.Fatalf("sqlite has %v, postgres has %v", lite, pg)
	}
	named := regexp.MustCompile(`^\d{14}_[a-z0-9_]+\.sql$`)
	for i := range lite {
		if lite[i] != pg[i] {
			t.Errorf("migration %d: sqlite %s, postgres %s", i, lite[i], pg[i])
		}
		if !named.MatchString(lite[i]) {
			t.Errorf("migration %s is not named YYYYMMDDHHMMSS_what.sql", lite[i])
		}
	}
	if _, err := FS("oracle"); err == nil {
		t.Error("FS accepted an unknown dialect")
	}
}

func TestUpIsIdempotent(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	v1, err := Up(ctx, db, "sqlite", nil)
	if err != nil {
		t.Fatal(err)
	}
	names := fileNames(t, "sqlite")
	want := names[len(names)-1][:14]
	if got := strconv.FormatInt(v1, 10); got != want {
		t.Fatalf("version %s after Up, want %s (the newest file)", got, want)
	}
	v2, err := Up(ctx, db, "sqlite", nil)
	if err != nil || v2 != v1 {
		t.Fatalf("second Up: version %d, err %v; want %d, nil", v2, err, v1)
	}
	for _, table := range []string{"sources", "rejects", "accounts", "profile_history", "posts", "media",
		"follows", "status_changes", "watchlist", "analysis_runs"} {
		var n int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM "+table).Scan(&n); err != nil {
			t.Errorf("table %s: %v", table, err)
		}
	}
}

func TestUpRefusesAForeignDatabase(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	// A database that already has a "posts" table of another shape: the
	// migration fails instead of mixing schemas.
	if _, err := db.ExecContext(ctx, "CREATE TABLE posts (x INTEGER)"); err != nil {
		t.Fatal(err)
	}
	if _, err := Up(ctx, db, "sqlite", nil); err == nil {
		t.Fatal("Up over a foreign posts table succeeded")
	}
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_master WHERE name = 'sources'").Scan(&n); err != sql.ErrNoRows && n != 0 {
		t.Fatalf("a failed migration left tables behind")
	}
}
