package returns_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/ingest"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// evidenceSet says which inputs an evaluation keeps.
type evidenceSet struct {
	name      string
	noAvatars bool
	noFollows bool
}

var evidenceSets = []evidenceSet{
	{"all", false, false},
	{"no avatars", true, false},
	{"no follows", false, true},
	{"neither", true, true},
}

// builderSink feeds decoded records into one snapshot.Builder per evidence
// set (one decoding pass for all), filling account avatar hashes from the
// media-hashes file (decoded first) and dropping what a set leaves out.
type builderSink struct {
	b       []*snapshot.Builder
	sets    []evidenceSet
	hashes  map[string]string
	rejects int
}

func (s *builderSink) Account(a *marsad.Account) error {
	if a.AvatarHash == "" {
		a.AvatarHash = s.hashes[a.AvatarURL]
	}
	h := a.AvatarHash
	for i, set := range s.sets {
		a.AvatarHash = h
		if set.noAvatars {
			a.AvatarHash = ""
		}
		s.b[i].AddAccount(a)
	}
	return nil
}

func (s *builderSink) Post(p *marsad.Post) error {
	for _, b := range s.b {
		b.Add(p)
	}
	return nil
}

func (s *builderSink) Follow(f *marsad.Follow) error {
	for i, set := range s.sets {
		if !set.noFollows {
			s.b[i].AddFollow(*f)
		}
	}
	return nil
}

func (s *builderSink) StatusChange(c *marsad.StatusChange) error {
	for _, b := range s.b {
		b.AddStatus(*c)
	}
	return nil
}

func (s *builderSink) Watchlist(*marsad.WatchlistEntry) error { return nil }
func (s *builderSink) MediaHash(h *marsad.MediaHash) error    { s.hashes[h.MediaURL] = h.Hash; return nil }
func (s *builderSink) Reject(int64, string, []byte) error     { s.rejects++; return nil }
func (s *builderSink) Notice(string)                          {}

// simulate writes the scenario of seed/scale into a temporary directory (or
// reuses MARSAD_RETURNS_SIMDIR/<seed>-<scale> when set) and returns the
// directory and its truth.
func simulate(t testing.TB, seed uint64, scale float64) (string, *sim.Truth) {
	t.Helper()
	dir := t.TempDir()
	if base := os.Getenv("MARSAD_RETURNS_SIMDIR"); base != "" {
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
	return dir, truth
}

// loadDir decodes every importable file of dir (media hashes first) into
// one snapshot per evidence set, keeping only the inputs each set allows.
func loadDir(t testing.TB, dir string, sets []evidenceSet) []*snapshot.Snapshot {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range entries {
		if !e.IsDir() && e.Name() != sim.FileTruth {
			files = append(files, e.Name())
		}
	}
	// Media hashes before profiles, so avatars resolve.
	slices.SortStableFunc(files, func(a, b string) int {
		return boolInt(a != sim.FileMediaHashes) - boolInt(b != sim.FileMediaHashes)
	})
	sink := &builderSink{sets: sets, hashes: map[string]string{}}
	for range sets {
		sink.b = append(sink.b, snapshot.NewBuilder())
	}
	for _, name := range files {
		path := filepath.Join(dir, name)
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		head := make([]byte, ingest.DetectBytes)
		n, _ := f.Read(head)
		format := ingest.Detect(head[:n])
		if format == nil {
			f.Close()
			continue
		}
		if _, err := f.Seek(0, 0); err != nil {
			t.Fatal(err)
		}
		if err := format.Decode(context.Background(), f, ingest.Options{}, sink); err != nil {
			t.Fatalf("decode %s as %s: %v", name, format.Name, err)
		}
		f.Close()
	}
	var out []*snapshot.Snapshot
	for i := range sets {
		s, err := sink.b[i].Build()
		if err != nil {
			t.Fatal(err)
		}
		sink.b[i] = nil
		out = append(out, s)
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
