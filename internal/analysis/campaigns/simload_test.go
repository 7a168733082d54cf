package campaigns

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// builderSink feeds decoded records into a snapshot.Builder and keeps the
// watchlist.
type builderSink struct {
	b     *snapshot.Builder
	watch []marsad.WatchlistEntry
}

func (s *builderSink) Account(a *marsad.Account) error { s.b.AddAccount(a); return nil }
func (s *builderSink) Post(p *marsad.Post) error       { s.b.Add(p); return nil }
func (s *builderSink) Follow(f *marsad.Follow) error   { s.b.AddFollow(*f); return nil }
func (s *builderSink) StatusChange(c *marsad.StatusChange) error {
	s.b.AddStatus(*c)
	return nil
}
func (s *builderSink) Watchlist(e *marsad.WatchlistEntry) error {
	s.watch = append(s.watch, *e)
	return nil
}
func (s *builderSink) MediaHash(*marsad.MediaHash) error  { return nil }
func (s *builderSink) Reject(int64, string, []byte) error { return nil }
func (s *builderSink) Notice(string)                      {}

// loadScenario simulates seed/scale (or reuses $MARSAD_SIMDIR/seedN-scaleX)
// and decodes it with the real importers into a snapshot.
func loadScenario(t testing.TB, seed uint64, scale float64) (*snapshot.Snapshot, []marsad.WatchlistEntry, *sim.Truth) {
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
	sink := &builderSink{b: snapshot.NewBuilder()}
	for _, f := range []struct {
		name   string
		format *ingest.Format
	}{
		{sim.FileWatchlist, &ingest.WatchlistCSV},
		{sim.FileTweets, &ingest.TweetV1},
		{sim.FileTwarc2, &ingest.Twarc2},
		{sim.FileStatus, &ingest.StatusCSV},
	} {
		fh, err := os.Open(filepath.Join(dir, f.name))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.format.Decode(context.Background(), fh, ingest.Options{}, sink); err != nil {
			t.Fatalf("decode %s: %v", f.name, err)
		}
		fh.Close()
	}
	s, err := sink.b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return s, sink.watch, truth
}
