package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/sim"
)

func runSimulate(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	root := NewRoot(NewApp(&out, &errOut))
	root.SetArgs(append([]string{"simulate"}, args...))
	err := root.Execute()
	return out.String() + errOut.String(), err
}

func TestSimulateCommand(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "scenario")
	out, err := runSimulate(t, "--seed", "5", "--scale", "0.02", "--out", dir)
	if err != nil {
		t.Fatalf("simulate: %v\n%s", err, out)
	}
	if !strings.Contains(out, "accounts") || !strings.Contains(out, "posts") {
		t.Errorf("summary missing: %q", out)
	}
	for _, f := range []string{sim.FileTweets, sim.FileTwarc2, sim.FileFollows, sim.FileStatus, sim.FileWatchlist, sim.FileMediaHashes, sim.FileTruth} {
		if st, err := os.Stat(filepath.Join(dir, f)); err != nil || st.Size() == 0 {
			t.Errorf("%s: missing or empty (%v)", f, err)
		}
	}
	if _, err := sim.LoadTruth(filepath.Join(dir, sim.FileTruth)); err != nil {
		t.Error(err)
	}
}

func TestSimulateUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"--scale", "0.02"},                            // no --out
		{"--scale", "-1", "--out", t.TempDir()},        // bad scale
		{"--start", "yesterday", "--out", t.TempDir()}, // bad date
	} {
		_, err := runSimulate(t, args...)
		if code := ExitCode(err); code != ExitUsage {
			t.Errorf("%v: exit %d (%v), want %d", args, code, err, ExitUsage)
		}
	}
	out, err := runSimulate(t, "--help")
	if err != nil || !strings.Contains(out, "marsad simulate --seed 1 --scale 0.1 --out") {
		t.Errorf("--help lacks the example: %v\n%s", err, out)
	}
}
