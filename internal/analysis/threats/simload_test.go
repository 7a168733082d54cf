package threats

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
	"github.com/marsad-project/marsad/internal/sim"
)

// scenario is a simulated scenario decoded through the real importers.
type scenario struct {
	truth     *sim.Truth
	posts     []marsad.Post
	watchlist []marsad.WatchlistEntry
}

type collect struct {
	sc     *scenario
	hashes map[string]string
}

func (c *collect) Account(*marsad.Account) error { return nil }
func (c *collect) Post(p *marsad.Post) error {
	q := *p
	q.Media = append([]marsad.Media(nil), p.Media...)
	q.Mentions = append([]marsad.Mention(nil), p.Mentions...)
	c.sc.posts = append(c.sc.posts, q)
	return nil
}
func (c *collect) Follow(*marsad.Follow) error             { return nil }
func (c *collect) StatusChange(*marsad.StatusChange) error { return nil }
func (c *collect) Watchlist(e *marsad.WatchlistEntry) error {
	c.sc.watchlist = append(c.sc.watchlist, *e)
	return nil
}
func (c *collect) MediaHash(h *marsad.MediaHash) error { c.hashes[h.MediaURL] = h.Hash; return nil }
func (c *collect) Reject(int64, string, []byte) error  { return nil }
func (c *collect) Notice(string)                       {}

// loadScenario simulates seed/scale (or reuses $MARSAD_SIMDIR/seedN-scaleX)
// and decodes the tweet, watchlist and media-hash files with the importers,
// applying media hashes to post media by URL as the store does.
func loadScenario(t testing.TB, seed uint64, scale float64) *scenario {
	t.Helper()
	dir := t.TempDir()
	if base := os.Getenv("MARSAD_SIMDIR"); base != "" {
		dir = filepath.Join(base, fmt.Sprintf("seed%d-scale%g", seed, scale))
	}
	truthPath := filepath.Join(dir, sim.FileTruth)
	if _, err := os.Stat(truthPath); err != nil {
		if _, err := sim.Generate(context.Background(), sim.Config{Seed: seed, Scale: scale}, dir, nil); err != nil {
			t.Fatalf("simulate: %v", err)
		}
	}
	truth, err := sim.LoadTruth(truthPath)
	if err != nil {
		t.Fatal(err)
	}
	sc := &scenario{truth: truth}
	c := &collect{sc: sc, hashes: map[string]string{}}
	for _, f := range []struct {
		name   string
		format *ingest.Format
	}{
		{sim.FileMediaHashes, &ingest.MediaHashesCSV},
		{sim.FileWatchlist, &ingest.WatchlistCSV},
		{sim.FileTweets, &ingest.TweetV1},
		{sim.FileTwarc2, &ingest.Twarc2},
	} {
		fh, err := os.Open(filepath.Join(dir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.format.Decode(context.Background(), fh, ingest.Options{}, c); err != nil {
			t.Fatalf("decode %s: %v", f.name, err)
		}
		fh.Close()
	}
	for i := range sc.posts {
		for j := range sc.posts[i].Media {
			m := &sc.posts[i].Media[j]
			if h := c.hashes[m.URL]; len(h) == 64 {
				m.PDQ = h
			} else if len(h) == 16 {
				m.PHash = h
			}
		}
	}
	return sc
}
