package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestRebind(t *testing.T) {
	d := Dialect{}
	for _, c := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		// In order: anonymous placeholders (bound by position, fast).
		{"INSERT INTO t VALUES ($1, $2), ($3, $4)", "INSERT INTO t VALUES (?, ?), (?, ?)"},
		{"a = $1 AND b = $2 AND c = $10", "a = ?1 AND b = ?2 AND c = ?10"},
		// Repeated or out of order: numbered, so SQLite binds by number.
		{"CASE WHEN $1 = '' THEN x ELSE $1 END, $2", "CASE WHEN ?1 = '' THEN x ELSE ?1 END, ?2"},
		{"x = $2 AND y = $1", "x = ?2 AND y = ?1"},
		// Dollars in literals and identifiers are not placeholders.
		{`SELECT '$1', "$2" FROM t WHERE a = $1`, `SELECT '$1', "$2" FROM t WHERE a = ?`},
		{"cost $ and $x", "cost $ and $x"},
	} {
		if got := d.Rebind(c.in); got != c.want {
			t.Errorf("Rebind(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestConnString(t *testing.T) {
	for _, c := range []struct{ dsn, prefix string }{
		{"marsad.db", "file:marsad.db?"},
		{"/tmp/a?b#c%.db", "file:/tmp/a%3fb%23c%25.db?"},
		{":memory:", "file::memory:?"},
		{"file:x.db?mode=rwc", "file:x.db?"},
	} {
		got := ConnString(c.dsn)
		if len(got) < len(c.prefix) || got[:len(c.prefix)] != c.prefix {
			t.Errorf("ConnString(%q) = %q, want prefix %q", c.dsn, got, c.prefix)
		}
	}
	if got := ConnString("file:x.db?mode=rwc"); !contains(got, "mode=rwc") || !contains(got, "_journal_mode=WAL") {
		t.Errorf("ConnString keeps the caller's parameters and adds WAL: %q", got)
	}
	if contains(ConnString(":memory:"), "WAL") {
		t.Errorf("in-memory databases cannot use WAL")
	}
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func TestOpenSetsPragmas(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "p.db")
	db, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, c := range []struct {
		pragma string
		want   string
	}{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"synchronous", "1"}, // NORMAL
		{"busy_timeout", "10000"},
	} {
		var got string
		if err := db.QueryRowContext(ctx, "PRAGMA "+c.pragma).Scan(&got); err != nil {
			t.Fatalf("PRAGMA %s: %v", c.pragma, err)
		}
		if got != c.want {
			t.Errorf("PRAGMA %s = %s, want %s", c.pragma, got, c.want)
		}
	}
}

func TestOpenMissingDirectory(t *testing.T) {
	_, err := Open(context.Background(), filepath.Join(t.TempDir(), "no", "such", "dir", "x.db"))
	if err == nil {
		t.Fatal("Open in a missing directory succeeded")
	}
}

func TestMapError(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "e.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, "CREATE TABLE t (id TEXT PRIMARY KEY)"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, "INSERT INTO t VALUES ('a')"); err != nil {
		t.Fatal(err)
	}
	_, err = db.ExecContext(ctx, "INSERT INTO t VALUES ('a')")
	mapped := MapError(err)
	if marsad.ErrorCode(mapped) != marsad.ECONFLICT {
		t.Fatalf("duplicate key maps to %q (%v), want %q", marsad.ErrorCode(mapped), mapped, marsad.ECONFLICT)
	}
	if !errors.Is(mapped, err) {
		t.Fatalf("mapped error lost the driver error")
	}
	if MapError(nil) != nil {
		t.Fatal("MapError(nil) != nil")
	}
	plain := errors.New("x")
	if MapError(plain) != plain {
		t.Fatal("MapError changed a non-driver error")
	}
	if !errors.Is(MapError(context.Canceled), context.Canceled) {
		t.Fatal("MapError hid cancellation")
	}
}
