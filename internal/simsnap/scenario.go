package simsnap

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// CacheEnv names the environment variable of a directory where scenarios
// are kept between test runs, as <dir>/seed<N>-scale<X>.
const CacheEnv = "MARSAD_SIM_CACHE"

// Scenario generates the scenario of seed and scale (or reuses it from
// $MARSAD_SIM_CACHE/seed<N>-scale<X> when that variable is set) and returns
// its snapshot and truth. It is for tests: failures call t.Fatal.
func Scenario(t testing.TB, seed uint64, scale float64, o Options) (*snapshot.Snapshot, *sim.Truth) {
	t.Helper()
	dir, truth := ScenarioDir(t, seed, scale)
	s, err := Build(context.Background(), dir, o)
	if err != nil {
		t.Fatal(err)
	}
	return s, truth
}

// ScenarioDir generates the scenario of seed and scale into a temporary
// directory (or reuses it from $MARSAD_SIM_CACHE/seed<N>-scale<X> when that
// variable is set) and returns the directory and the truth, for tests that
// read the files themselves (see Visit, Collect). Failures call t.Fatal.
func ScenarioDir(t testing.TB, seed uint64, scale float64) (string, *sim.Truth) {
	t.Helper()
	dir := t.TempDir()
	if base := os.Getenv(CacheEnv); base != "" {
		dir = filepath.Join(base, fmt.Sprintf("seed%d-scale%g", seed, scale))
		if err := cache(dir, seed, scale); err != nil {
			t.Fatal(err)
		}
	} else if _, err := sim.Generate(context.Background(), sim.Config{Seed: seed, Scale: scale}, dir, nil); err != nil {
		t.Fatalf("simulate seed %d scale %g: %v", seed, scale, err)
	}
	truth, err := sim.LoadTruth(filepath.Join(dir, sim.FileTruth))
	if err != nil {
		t.Fatal(err)
	}
	return dir, truth
}

// cache makes sure dir holds the scenario. It generates into a sibling
// directory and renames it into place, so that test binaries running in
// parallel (go test runs packages at once) never read a half-written one.
func cache(dir string, seed uint64, scale float64) error {
	truthPath := filepath.Join(dir, sim.FileTruth)
	if _, err := os.Stat(truthPath); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return fmt.Errorf("simsnap cache: %w", err)
	}
	tmp, err := os.MkdirTemp(filepath.Dir(dir), filepath.Base(dir)+".tmp")
	if err != nil {
		return fmt.Errorf("simsnap cache: %w", err)
	}
	defer os.RemoveAll(tmp)
	if _, err := sim.Generate(context.Background(), sim.Config{Seed: seed, Scale: scale}, tmp, nil); err != nil {
		return fmt.Errorf("simulate seed %d scale %g: %w", seed, scale, err)
	}
	err = os.Rename(tmp, dir)
	if err == nil {
		return nil
	}
	if _, serr := os.Stat(truthPath); serr == nil {
		return nil // another test binary got there first
	}
	// Renames are atomic, so a directory without its truth was left by an
	// interrupted generation in place: replace it.
	if rerr := os.RemoveAll(dir); rerr != nil {
		return fmt.Errorf("simsnap cache: %w", errors.Join(err, rerr))
	}
	if err := os.Rename(tmp, dir); err != nil {
		return fmt.Errorf("simsnap cache: %w", err)
	}
	return nil
}
