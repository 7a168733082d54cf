package index

import (
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/marsad-project/marsad/internal/media/pdq"
)

// The 1M-hash benchmarks share one corpus: random hashes plus clusters of
// near-duplicates (see corpus), and queries that are half near-duplicates
// of stored hashes (distance < 40) and half random. bench/media.sh reports
// the ratio of BenchmarkLinearScan1M to BenchmarkQuery1M.
var bench struct {
	once    sync.Once
	hashes  []pdq.Hash
	index   *Index
	queries []pdq.Hash
}

func benchSetup(b *testing.B) {
	bench.once.Do(func() {
		rng := rand.New(rand.NewPCG(42, 42))
		bench.hashes = corpus(rng, 1_000_000)
		bench.index = New(bench.hashes)
		for i := 0; i < 1000; i++ {
			if i%2 == 0 {
				bench.queries = append(bench.queries, flipBits(rng, bench.hashes[rng.IntN(len(bench.hashes))], rng.IntN(40)))
			} else {
				bench.queries = append(bench.queries, randomHash(rng))
			}
		}
	})
	b.ResetTimer()
}

func BenchmarkQuery1M(b *testing.B) {
	benchSetup(b)
	i := 0
	for b.Loop() {
		bench.index.Query(bench.queries[i%len(bench.queries)], pdq.MatchThreshold)
		i++
	}
}

func BenchmarkLinearScan1M(b *testing.B) {
	benchSetup(b)
	i := 0
	for b.Loop() {
		LinearScan(bench.hashes, bench.queries[i%len(bench.queries)], pdq.MatchThreshold)
		i++
	}
}

// BenchmarkRecall1M checks, on the benchmark corpus, that the index returns
// exactly the linear scan's results for 100 queries (recall and precision
// 100%), and reports how many matches that was.
func BenchmarkRecall1M(b *testing.B) {
	benchSetup(b)
	for b.Loop() {
		matches := 0
		for _, q := range bench.queries[:100] {
			got, want := bench.index.Query(q, pdq.MatchThreshold), LinearScan(bench.hashes, q, pdq.MatchThreshold)
			if !slices.Equal(got, want) {
				b.Fatalf("index and linear scan differ for %s", q)
			}
			matches += len(want)
		}
		b.ReportMetric(float64(matches), "matches/100q")
		b.ReportMetric(100, "recall%")
	}
}

func BenchmarkBuild1M(b *testing.B) {
	benchSetup(b)
	for b.Loop() {
		New(bench.hashes)
	}
}
