package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
	"github.com/marsad-project/marsad/internal/sqlstore"
	"github.com/marsad-project/marsad/internal/testutil"
)

// openSQLite opens a fresh SQLite store in a temporary file.
func openSQLite(t *testing.T) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"), nil)
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestImportSharedFixturesSQLite imports every JSON-family fixture of
// ../shared/testdata into real SQLite, checks each is detected as its
// format, then imports again and checks that nothing is added.
func TestImportSharedFixturesSQLite(t *testing.T) {
	want := map[string]string{"twarc2": "twarc2", "twitter_v1": "tweet-v1", "zeeschuimer": "zeeschuimer", "telegram_desktop": "telegram"}
	var dirs []string
	for d := range want {
		dirs = append(dirs, testutil.SharedTestdata(t, d))
	}
	db := openSQLite(t)
	ctx := context.Background()
	sum, err := ingest.Import(ctx, db, dirs, ingest.ImportOptions{RejectsPath: filepath.Join(t.TempDir(), "rejects.jsonl")})
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	imported := 0
	for _, f := range sum.Files {
		if strings.HasSuffix(f.Path, ".md") {
			if f.Status != ingest.FileSkipped {
				t.Errorf("%s should be skipped as not data: %+v", f.Path, f)
			}
			continue
		}
		dir := filepath.Base(filepath.Dir(f.Path))
		if f.Status != ingest.FileImported || f.Format != want[dir] {
			t.Errorf("%s: status %s format %s (want imported as %s): %s", f.Path, f.Status, f.Format, want[dir], f.Message)
		}
		imported++
	}
	if imported != 11+7+2+1 {
		t.Errorf("imported %d files, want 21", imported)
	}
	// Only the truncated last line of streaming_output_with_error.jsonl is a reject.
	if sum.Total.Rejects != 1 {
		t.Errorf("rejects = %d, want 1", sum.Total.Rejects)
	}
	before, err := db.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before.Posts != sum.Total.Posts || before.Accounts != sum.Total.Accounts || before.StatusChanges != sum.Total.StatusChanges {
		t.Errorf("store %+v disagrees with summary %+v", before, sum.Total)
	}
	// Spot checks against values read from the fixtures by hand.
	p, err := db.FindPost(ctx, marsad.PlatformTwitter, "971726741583605760") // streaming_extended_tweet.json
	if err != nil || !strings.HasPrefix(p.Text, "HIV_AIDS_BiojQuery Mobile Web Development") || len(p.URLs) != 2 {
		t.Errorf("extended tweet: %+v, %v", p, err)
	}
	sum2, err := ingest.Import(ctx, db, dirs, ingest.ImportOptions{})
	if err != nil {
		t.Fatalf("second Import: %v", err)
	}
	after, _ := db.Stats(ctx)
	if after.Posts != before.Posts || after.Accounts != before.Accounts || after.Sources != before.Sources || sum2.Total.Posts != 0 {
		t.Errorf("re-import changed the store: %+v → %+v", before, after)
	}
}

// TestImportBadInputSQLite checks damaged input against the real store:
// valid records kept, rejects stored, a truncated gzip rolled back.
func TestImportBadInputSQLite(t *testing.T) {
	dir := t.TempDir()
	line := func(id string) string {
		return `{"id_str":"` + id + `","created_at":"Wed Oct 10 20:19:24 +0000 2018","text":"t` + id + `","user":{"id_str":"7","screen_name":"u"}}` + "\n"
	}
	os.WriteFile(filepath.Join(dir, "a.jsonl"), []byte(line("1")+"{broken\n"+line("2")+`{"id_str":"3","text":"\u0000x`+"\xff"+`","created_at":"Wed Oct 10 20:19:24 +0000 2018","user":{"id_str":"7"}}`+"\n"), 0o644)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	for i := range 2000 {
		zw.Write([]byte(line("g" + strings.Repeat("1", i%5) + string(rune('a'+i%26)) + strings.Repeat("z", i/26))))
	}
	zw.Close()
	os.WriteFile(filepath.Join(dir, "b.jsonl.gz"), b.Bytes()[:b.Len()/2], 0o644)
	os.WriteFile(filepath.Join(dir, "c.json"), nil, 0o644)
	db := openSQLite(t)
	ctx := context.Background()
	rej := filepath.Join(t.TempDir(), "r.jsonl")
	sum, err := ingest.Import(ctx, db, []string{dir}, ingest.ImportOptions{RejectsPath: rej})
	if err != nil {
		t.Fatal(err)
	}
	st, _ := db.Stats(ctx)
	if st.Posts != 3 || st.Rejects != 1 || st.Sources != 1 {
		t.Errorf("stats = %+v, want 3 posts, 1 reject, 1 source", st)
	}
	if p, err := db.FindPost(ctx, marsad.PlatformTwitter, "3"); err != nil || p.Text != "x\uFFFD" {
		t.Errorf("post 3 = %+v, %v (NUL removed, bad UTF-8 replaced)", p, err)
	}
	var failed *ingest.FileResult
	for i := range sum.Files {
		if strings.HasSuffix(sum.Files[i].Path, "b.jsonl.gz") {
			failed = &sum.Files[i]
		}
	}
	if failed == nil || failed.Status != ingest.FileFailed || !strings.Contains(failed.Message, "truncated or corrupt gzip") {
		t.Errorf("b.jsonl.gz = %+v", failed)
	}
	if data, err := os.ReadFile(rej); err != nil || !strings.Contains(string(data), `"line":2`) {
		t.Errorf("rejects file: %q, %v", data, err)
	}
}
