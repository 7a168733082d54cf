// Package simsnap turns a simulated scenario (internal/sim) into an analysis
// snapshot without a database, for accuracy tests and evaluations: it runs
// the real importers' decoders over the scenario's files and feeds a
// snapshot.Builder. Media hashes from media_hashes.csv are applied to post
// media and to avatars, as an import followed by the media-hashes file would.
package simsnap

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Options drop inputs to measure how analyses degrade without them.
type Options struct {
	NoFollows bool
	NoAvatars bool
}

// Build decodes every importable file in dir into a snapshot.
func Build(ctx context.Context, dir string, o Options) (*snapshot.Snapshot, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("simsnap: %w", err)
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	sink := &sink{b: snapshot.NewBuilder(), o: o, hashes: map[string]string{}}
	// Hashes first, so posts and accounts can pick them up as they stream.
	for pass := 0; pass < 2; pass++ {
		for _, name := range names {
			if err := decode(ctx, filepath.Join(dir, name), sink, pass == 0); err != nil {
				return nil, err
			}
		}
	}
	return sink.b.Build()
}

func decode(ctx context.Context, path string, s *sink, hashesOnly bool) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("simsnap: %w", err)
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	head, err := br.Peek(ingest.DetectBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return fmt.Errorf("simsnap: read %s: %w", path, err)
	}
	format := ingest.Detect(head)
	if format == nil || (format == &ingest.MediaHashesCSV) != hashesOnly {
		return nil
	}
	if err := format.Decode(ctx, br, ingest.Options{}, s); err != nil {
		return fmt.Errorf("simsnap: decode %s: %w", path, err)
	}
	return nil
}

type sink struct {
	b      *snapshot.Builder
	o      Options
	hashes map[string]string
}

func (s *sink) Account(a *marsad.Account) error {
	if s.o.NoAvatars {
		a.AvatarHash = ""
	} else if a.AvatarHash == "" {
		a.AvatarHash = s.hashes[a.AvatarURL]
	}
	s.b.AddAccount(a)
	return nil
}

func (s *sink) Post(p *marsad.Post) error {
	for i := range p.Media {
		if h := s.hashes[p.Media[i].URL]; h != "" {
			if len(h) == 64 {
				p.Media[i].PDQ = h
			} else {
				p.Media[i].PHash = h
			}
		}
	}
	s.b.Add(p)
	return nil
}

func (s *sink) Follow(f *marsad.Follow) error {
	if !s.o.NoFollows {
		s.b.AddFollow(*f)
	}
	return nil
}
func (s *sink) StatusChange(c *marsad.StatusChange) error { s.b.AddStatus(*c); return nil }
func (s *sink) Watchlist(*marsad.WatchlistEntry) error    { return nil }
func (s *sink) MediaHash(h *marsad.MediaHash) error       { s.hashes[h.MediaURL] = h.Hash; return nil }
func (s *sink) Reject(int64, string, []byte) error        { return nil }
func (s *sink) Notice(string)                             {}

// Scenario generates the scenario of seed and scale (or reuses it from
// $MARSAD_SIM_CACHE/seed<N>-scale<X> when that variable is set) and returns
// its snapshot and truth. It is for tests: failures call t.Fatal.
func Scenario(t testing.TB, seed uint64, scale float64, o Options) (*snapshot.Snapshot, *sim.Truth) {
	t.Helper()
	dir := t.TempDir()
	if base := os.Getenv("MARSAD_SIM_CACHE"); base != "" {
		dir = filepath.Join(base, fmt.Sprintf("seed%d-scale%g", seed, scale))
	}
	truthPath := filepath.Join(dir, sim.FileTruth)
	if _, err := os.Stat(truthPath); err != nil {
		if _, err := sim.Generate(context.Background(), sim.Config{Seed: seed, Scale: scale}, dir, nil); err != nil {
			t.Fatalf("simulate seed %d scale %g: %v", seed, scale, err)
		}
	}
	truth, err := sim.LoadTruth(truthPath)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Build(context.Background(), dir, o)
	if err != nil {
		t.Fatal(err)
	}
	return s, truth
}
