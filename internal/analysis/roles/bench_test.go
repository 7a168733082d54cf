package roles

import (
	"fmt"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/snapshot/snaptest"
)

// BenchmarkClassify measures roles on synthetic collections of n posts and
// n/10 accounts with squads (the 1M posts / 100k accounts case).
func BenchmarkClassify(b *testing.B) {
	for _, n := range []int{100_000, 1_000_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			bl := snapshot.NewBuilder()
			snaptest.Generate(snaptest.Config{Posts: n, Accounts: n / 10, Seed: 1, Squads: n / 20000, SquadSize: 12, SquadEvery: 50},
				func(p *marsad.Post) { bl.Add(p) })
			s, err := bl.Build()
			if err != nil {
				b.Fatal(err)
			}
			var squads [][]uint32
			for q := 0; q < n/20000; q++ {
				var g []uint32
				for j := 0; j < 12; j++ {
					if a, ok := s.Account(fmt.Sprintf("squad%d-%d", q, j)); ok {
						g = append(g, a)
					}
				}
				squads = append(squads, g)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				Classify(s, Inputs{Squads: squads}, Options{})
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "posts/s")
		})
	}
}
