package coordination

import (
	"context"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/snapshot/snaptest"
)

// benchSnapshot builds n synthetic posts with squads (see snaptest).
func benchSnapshot(b *testing.B, n int) *snapshot.Snapshot {
	b.Helper()
	bl := snapshot.NewBuilder()
	snaptest.Generate(snaptest.Config{Seed: 3, Posts: n, Squads: max(n/50_000, 2), SquadSize: 12, SquadEvery: 200},
		func(p *marsad.Post) { bl.Add(p) })
	s, err := bl.Build()
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkDetect100k runs every behaviour, the tests, groups and evidence.
func BenchmarkDetect100k(b *testing.B) {
	s := benchSnapshot(b, 100_000)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Detect(context.Background(), s, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(s.NumPosts()), "ns/post")
}

// BenchmarkCoRetweet100k is the pair counting of one behaviour alone.
func BenchmarkCoRetweet100k(b *testing.B) {
	s := benchSnapshot(b, 100_000)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Detect(context.Background(), s, Options{Behaviours: []Behaviour{CoRetweet}}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNearDuplicates100k is signature computation and LSH.
func BenchmarkNearDuplicates100k(b *testing.B) {
	s := benchSnapshot(b, 100_000)
	o, _ := Options{}.withDefaults()
	b.ResetTimer()
	for b.Loop() {
		nearDuplicates(s, o)
	}
}

// BenchmarkCNT100k is the exact toolkit-compatible co_retweet, co_tweet and co_link.
func BenchmarkCNT100k(b *testing.B) {
	s := benchSnapshot(b, 100_000)
	b.ResetTimer()
	for b.Loop() {
		if _, err := CNT(s, CNTOptions{Window: 60e9, MinWeight: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
