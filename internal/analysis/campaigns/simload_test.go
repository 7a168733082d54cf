package campaigns

import (
	"context"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/simsnap"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// loadScenario simulates seed/scale (or reuses it from $MARSAD_SIM_CACHE)
// and decodes it with the real importers into a snapshot and a watchlist.
func loadScenario(t testing.TB, seed uint64, scale float64) (*snapshot.Snapshot, []marsad.WatchlistEntry, *sim.Truth) {
	t.Helper()
	dir, truth := simsnap.ScenarioDir(t, seed, scale)
	s, err := simsnap.Build(context.Background(), dir, simsnap.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := simsnap.Collect(context.Background(), dir, sim.FileWatchlist)
	if err != nil {
		t.Fatal(err)
	}
	return s, r.Watchlist, truth
}
