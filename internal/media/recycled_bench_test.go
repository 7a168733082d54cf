package media

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/marsad-project/marsad/internal/media/pdq"
)

// BenchmarkFindRecycled100k: 100k PDQ sightings over a year, a fifth of
// them re-uses (up to 20 bits changed) of an earlier image.
func BenchmarkFindRecycled100k(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	start := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	var hs []pdq.Hash
	items := make([]Sighting, 100_000)
	for i := range items {
		var h pdq.Hash
		if len(hs) > 0 && rng.IntN(5) == 0 {
			h = hs[rng.IntN(len(hs))]
			for _, k := range rng.Perm(256)[:rng.IntN(20)] {
				h[k/64] ^= 1 << uint(k%64)
			}
		} else {
			h = pdq.Hash{rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()}
		}
		hs = append(hs, h)
		items[i] = Sighting{ID: "x", Hash: h.String(), Seen: start.Add(time.Duration(rng.Int64N(int64(365 * 24 * time.Hour))))}
	}
	b.ResetTimer()
	for b.Loop() {
		found, _ := FindRecycled(items, RecycledOptions{})
		b.ReportMetric(float64(len(found)), "recycled")
	}
}
