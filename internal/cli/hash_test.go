package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/marsad-project/marsad/internal/testutil"
)

// runMedia runs the command line with its own App and returns stdout,
// stderr and the error.
func runMedia(t *testing.T, db string, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := NewApp(&out, &errOut)
	root := NewRoot(app)
	root.SetArgs(append([]string{"--db", db, "--quiet"}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), errOut.String(), err
}

func TestHashJSONContractAndBadFiles(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	good := filepath.Join(root, "reg-test-input/dih/bridge-1-original.jpg")
	missing := filepath.Join(t.TempDir(), "missing.jpg")
	out, stderr, err := runMedia(t, filepath.Join(t.TempDir(), "x.db"), "hash", "--format", "json", good, missing)
	if err == nil || ExitCode(err) == 0 {
		t.Fatalf("a missing file must give a non-zero exit, got %v", err)
	}
	if !strings.Contains(stderr, missing) {
		t.Errorf("stderr %q should name %s", stderr, missing)
	}
	var rows []map[string]any
	if err := json.Unmarshal([]byte(out), &rows); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(rows) != 1 {
		t.Fatalf("rows %v, want the one good file", rows)
	}
	r := rows[0]
	for _, k := range []string{"file", "pdq", "quality", "phash"} {
		if _, ok := r[k]; !ok {
			t.Errorf("missing key %q in %v", k, r)
		}
	}
	// C++ reference hash of this file (cpp_readme_dih.csv), tolerance 10.
	h, err := pdq.ParseHash(r["pdq"].(string))
	if err != nil {
		t.Fatal(err)
	}
	if d := pdq.Distance(h, pdq.MustParseHash("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22")); d > 10 {
		t.Errorf("pdq %d bits from the reference", d)
	}
	if len(r["phash"].(string)) != 16 || r["quality"].(float64) < 80 {
		t.Errorf("phash %v quality %v", r["phash"], r["quality"])
	}
}

func TestHashTable(t *testing.T) {
	root := testutil.SharedTestdata(t, "pdq")
	out, _, err := runMedia(t, filepath.Join(t.TempDir(), "x.db"), "hash", "--dihedral", filepath.Join(root, "misc-images/wee.jpg"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "FILE") || !strings.Contains(out, "rotate90") || !strings.Contains(out, "wee.jpg") {
		t.Errorf("table:\n%s", out)
	}
	// A directory stands for its image files.
	out, _, err = runMedia(t, filepath.Join(t.TempDir(), "x.db"), "hash", "--format", "json", filepath.Join(root, "reg-test-input/labelme-subset"))
	var rows []hashRow
	if err != nil || json.Unmarshal([]byte(out), &rows) != nil || len(rows) != 7 {
		t.Errorf("directory: %v, %d rows", err, len(rows))
	}
	if _, _, err := runMedia(t, "x.db", "hash", "--format", "xml", "a.jpg"); ExitCode(err) != ExitUsage {
		t.Errorf("bad --format: %v", err)
	}
}

// TestHashExitStatuses: missing files only → not found (3), a file that is
// not an image → invalid (2), no image in the arguments → not found, and
// no lone table header when nothing could be hashed.
func TestHashExitStatuses(t *testing.T) {
	dir := t.TempDir()
	notImage := filepath.Join(dir, "notes.jpg")
	if err := os.WriteFile(notImage, []byte("not an image"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "x.db")
	cases := []struct {
		args []string
		want int
	}{
		{[]string{filepath.Join(dir, "missing.jpg")}, ExitNotFound},
		{[]string{notImage}, ExitUsage},
		{[]string{notImage, filepath.Join(dir, "missing.jpg")}, ExitUsage},
		{[]string{t.TempDir()}, ExitNotFound}, // an empty directory
	}
	for _, c := range cases {
		out, _, err := runMedia(t, db, append([]string{"hash"}, c.args...)...)
		if ExitCode(err) != c.want {
			t.Errorf("hash %v: exit %d (%v), want %d", c.args, ExitCode(err), err, c.want)
		}
		if out != "" {
			t.Errorf("hash %v printed %q with nothing hashed", c.args, out)
		}
	}
}
