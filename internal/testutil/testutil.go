// Package testutil holds helpers shared by marsad's tests.
package testutil

import (
	"os"
	"path/filepath"
	"testing"
)

// RepoRoot returns the directory holding go.mod, walking up from the test's
// working directory (the package directory).
func RepoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("getwd: %v", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// SharedTestdata returns the path of ../shared/testdata/<rel> (relative to
// the repository root) and skips the test, saying why, when it is absent:
// the third-party fixtures are never copied into the project, so a clone
// without the shared folder still passes.
func SharedTestdata(t testing.TB, rel ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{RepoRoot(t), "..", "shared", "testdata"}, rel...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared fixture %s not available (the ../shared folder beside the project is absent): %v", p, err)
	}
	return p
}
