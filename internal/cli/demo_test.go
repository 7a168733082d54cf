package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoEndToEnd runs the README's first command at a small scale: it
// must simulate, import, run every analysis, write each result and print a
// scorecard row per analysis. (The analyses' accuracy is measured by the
// evaluation tests; here only that the whole path works.)
func TestDemoEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("simulates and analyses a small scenario")
	}
	dir := filepath.Join(t.TempDir(), "demo")
	out, _, err := run(context.Background(), "-q", "demo", "--scale", "0.02", "--dir", dir, "--no-serve")
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out)
	}
	for _, name := range demoAnalyses {
		b, err := os.ReadFile(filepath.Join(dir, "results", name+".json"))
		if err != nil {
			t.Errorf("%s result: %v", name, err)
			continue
		}
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Errorf("%s.json is not a JSON object: %v", name, err)
		}
		row := ""
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, name+" ") {
				row = line
			}
		}
		if row == "" || strings.Contains(row, "not available") {
			t.Errorf("scorecard row for %s: %q", name, row)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "marsad.db")); err != nil {
		t.Errorf("demo store: %v", err)
	}
	// A second demo in the same directory replaces the first.
	if _, _, err := run(context.Background(), "-q", "demo", "--scale", "0.02", "--dir", dir, "--seed", "2"); err != nil {
		t.Fatalf("second demo: %v", err)
	}
}
