package threats

import (
	"context"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/simsnap"
)

// scenario is a simulated scenario decoded through the real importers.
type scenario struct {
	truth     *sim.Truth
	posts     []marsad.Post // media hashes applied, file by file
	watchlist []marsad.WatchlistEntry
}

// loadScenario simulates seed/scale (or reuses it from $MARSAD_SIM_CACHE)
// and decodes the watchlist and tweet files, in that order, with the
// importers.
func loadScenario(t testing.TB, seed uint64, scale float64) *scenario {
	t.Helper()
	dir, truth := simsnap.ScenarioDir(t, seed, scale)
	r, err := simsnap.Collect(context.Background(), dir, sim.FileWatchlist, sim.FileTweets, sim.FileTwarc2)
	if err != nil {
		t.Fatal(err)
	}
	return &scenario{truth: truth, posts: r.Posts, watchlist: r.Watchlist}
}
