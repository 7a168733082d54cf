package hubs

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/snapshot/snaptest"
)

// benchGraph builds the interaction graph of a synthetic collection.
func benchGraph(b *testing.B, posts int) *graph {
	b.Helper()
	bl := snapshot.NewBuilder()
	snaptest.Generate(snaptest.Config{Posts: posts, Seed: 1, Squads: posts / 20000, SquadSize: 12, SquadEvery: 50},
		func(p *marsad.Post) { bl.Add(p) })
	s, err := bl.Build()
	if err != nil {
		b.Fatal(err)
	}
	return buildGraph(s, DefaultWeights)
}

// BenchmarkLouvain compares our flat-array Louvain with gonum's
// community.Modularize on the same interaction graph (bench/hubs.sh prints
// the ratio). Both optimise the same modularity; the Q each reaches is
// reported as a metric.
func BenchmarkLouvain(b *testing.B) {
	for _, posts := range []int{20_000, 100_000} {
		g := benchGraph(b, posts)
		und, _, _ := csrGraphs(g)
		b.Run(fmt.Sprintf("marsad/posts=%d", posts), func(b *testing.B) {
			var q float64
			for i := 0; i < b.N; i++ {
				comm := louvain(und, 1, rand.New(rand.NewPCG(1, 1)))
				q = modularity(und, comm, 1)
			}
			b.ReportMetric(q, "Q")
			b.ReportMetric(float64(len(g.w)), "edges")
		})
		b.Run(fmt.Sprintf("gonum/posts=%d", posts), func(b *testing.B) {
			ug := simple.NewWeightedUndirectedGraph(0, 0)
			for i := 0; i < und.n(); i++ {
				for e := und.start[i]; e < und.start[i+1]; e++ {
					j := int64(und.adj[e])
					if int64(i) < j {
						w := und.w[e]
						if old := ug.WeightedEdge(int64(i), j); old != nil {
							w += old.Weight()
						}
						ug.SetWeightedEdge(ug.NewWeightedEdge(simple.Node(i), simple.Node(j), w))
					}
				}
			}
			var q float64
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				r := community.Modularize(ug, 1, rand.NewPCG(1, 1))
				q = community.Q(ug, r.Communities(), 1)
			}
			b.ReportMetric(q, "Q")
			b.ReportMetric(float64(len(g.w)), "edges")
		})
	}
}
