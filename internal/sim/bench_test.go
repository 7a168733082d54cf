package sim

import (
	"context"
	"testing"
)

// BenchmarkGenerate measures writing a scale-0.2 scenario (≈ 4k accounts).
func BenchmarkGenerate(b *testing.B) {
	dir := b.TempDir()
	var posts int
	for b.Loop() {
		t, err := Generate(context.Background(), Config{Seed: 1, Scale: 0.2}, dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		posts = t.Counts["posts"]
	}
	b.ReportMetric(float64(posts)*float64(b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkGenerate1MPosts writes about a million posts (scale 1 plus
// chatter), the volume used for import benchmarks: ≈ 1.7 GB on disk.
func BenchmarkGenerate1MPosts(b *testing.B) {
	dir := b.TempDir()
	for b.Loop() {
		t, err := Generate(context.Background(), Config{Seed: 1, Scale: 1, Posts: 1_000_000}, dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(t.Counts["posts"]), "posts")
	}
}
