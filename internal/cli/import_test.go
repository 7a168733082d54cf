package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
)

// TestImportSimulatedScenario is the "must show": simulate, import
// the directory (truth.json skipped with a notice), import again (nothing
// added); the post count must equal what the simulator says it wrote.
func TestImportSimulatedScenario(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "d")
	out, err := runSimulate(t, "--seed", "3", "--scale", "0.02", "--out", dir)
	if err != nil {
		t.Fatalf("simulate: %v\n%s", err, out)
	}
	m := regexp.MustCompile(`(\d+) posts`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("simulate summary without a post count: %q", out)
	}
	wantPosts, _ := strconv.ParseInt(m[1], 10, 64)
	db := filepath.Join(t.TempDir(), "x.db")
	rejects := filepath.Join(t.TempDir(), "rejects.jsonl")
	out, err = runCLI(t, db, "import", "--rejects", rejects, "--output", "json", dir)
	if err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil {
		t.Fatalf("import --output json is not a summary: %v\n%s", err, out)
	}
	if sum.Total.Posts != wantPosts || sum.Total.Rejects != 0 {
		t.Errorf("imported %d posts (%d rejects), simulator wrote %d", sum.Total.Posts, sum.Total.Rejects, wantPosts)
	}
	for _, f := range sum.Files {
		truth := strings.HasSuffix(f.Path, "truth.json")
		if truth && (f.Status != ingest.FileSkipped || !strings.Contains(f.Message, "not a supported format")) ||
			!truth && f.Status != ingest.FileImported {
			t.Errorf("%s: %s %s", f.Path, f.Status, f.Message)
		}
	}
	if _, err := os.Stat(rejects); !os.IsNotExist(err) {
		t.Errorf("a clean import must not create a rejects file (%v)", err)
	}
	before, _ := runCLI(t, db, "stats", "--format", "json")
	out, err = runCLI(t, db, "import", "--format", "json", dir)
	if err != nil || !strings.Contains(out, "already imported as source #") || !json.Valid([]byte(out)) {
		t.Errorf("re-import: %v\n%s", err, out)
	}
	if after, _ := runCLI(t, db, "stats", "--format", "json"); after != before {
		t.Errorf("re-import changed the store:\n%s\n%s", before, after)
	}
}

// TestImportNothingReadExit checks the exit status when no file has data.
func TestImportNothingReadExit(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("not data"), 0o644)
	_, err := runCLI(t, filepath.Join(t.TempDir(), "x.db"), "import", dir)
	if ExitCode(err) != ExitUsage || marsad.ErrorCode(err) != marsad.EINVALID || !strings.Contains(ErrorText(err), "notes.txt") {
		t.Errorf("err = %v (exit %d), want EINVALID naming notes.txt", err, ExitCode(err))
	}
	if _, err := runCLI(t, filepath.Join(t.TempDir(), "x.db"), "import", "--format", "nope", dir); ExitCode(err) != ExitUsage {
		t.Errorf("unknown --format: %v", err)
	}
}

// A media-hashes file imported into an empty store is read and kept (for
// the posts and accounts imported later), so the import succeeds.
func TestImportMediaHashesFirst(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	csv := filepath.Join(dir, "hashes.csv")
	h := strings.Repeat("ab", 32)
	if err := os.WriteFile(csv, []byte("media_url,hash\nhttps://pbs.example/a.jpg,"+h+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := runCLI(t, db, "import", csv); err != nil {
		t.Fatalf("import of a hashes file into an empty store: %v\n%s", err, out)
	}
}
