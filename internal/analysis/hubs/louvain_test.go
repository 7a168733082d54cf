package hubs

import (
	"math"
	"math/rand/v2"
	"testing"

	gonumgraph "gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
)

// plantedGraph returns k cliques-ish groups of size sz, dense inside (p
// in) and sparse across (p out), as edge weights keyed by node pairs.
func plantedGraph(seed uint64, k, sz int, pin, pout float64) map[[2]int]float64 {
	r := rand.New(rand.NewPCG(seed, 7))
	edges := map[[2]int]float64{}
	n := k * sz
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			p := pout
			if i/sz == j/sz {
				p = pin
			}
			if r.Float64() < p {
				edges[[2]int{i, j}] = 1 + float64(r.IntN(3))
			}
		}
	}
	return edges
}

func toWGraph(n int, edges map[[2]int]float64) *wgraph {
	rows := make([][]int32, n)
	ws := make([][]float64, n)
	for e, w := range edges {
		rows[e[0]] = append(rows[e[0]], int32(e[1]))
		ws[e[0]] = append(ws[e[0]], w)
		rows[e[1]] = append(rows[e[1]], int32(e[0]))
		ws[e[1]] = append(ws[e[1]], w)
	}
	g := &wgraph{start: make([]int, n+1), self: make([]float64, n)}
	for i := 0; i < n; i++ {
		g.adj = append(g.adj, rows[i]...)
		g.w = append(g.w, ws[i]...)
		g.start[i+1] = len(g.adj)
	}
	return g
}

// TestModularityMatchesGonum checks our Q against gonum's community.Q on
// the same partition (an independent implementation of the formula).
func TestModularityMatchesGonum(t *testing.T) {
	edges := plantedGraph(1, 4, 15, 0.5, 0.05)
	n := 60
	g := toWGraph(n, edges)
	ug := simple.NewWeightedUndirectedGraph(0, 0)
	for i := 0; i < n; i++ {
		ug.AddNode(simple.Node(i))
	}
	for e, w := range edges {
		ug.SetWeightedEdge(ug.NewWeightedEdge(simple.Node(e[0]), simple.Node(e[1]), w))
	}
	for _, gamma := range []float64{0.5, 1, 2} {
		comm := louvain(g, gamma, rand.New(rand.NewPCG(1, 2)))
		groups := map[int32][]int{}
		for i, c := range comm {
			groups[c] = append(groups[c], i)
		}
		var parts [][]simple.Node
		for _, ms := range groups {
			var p []simple.Node
			for _, m := range ms {
				p = append(p, simple.Node(m))
			}
			parts = append(parts, p)
		}
		want := community.Q(ug, toGraphNodes(parts), gamma)
		got := modularity(g, comm, gamma)
		if math.Abs(got-want) > 1e-9 {
			t.Fatalf("γ=%v: our Q %v, gonum's Q %v for the same partition", gamma, got, want)
		}
		// And our optimisation is as good as gonum's Louvain on this graph.
		red := community.Modularize(ug, gamma, rand.NewPCG(1, 2))
		gq := community.Q(ug, red.Communities(), gamma)
		if got < gq-0.02 {
			t.Fatalf("γ=%v: our Louvain reaches Q %.4f, gonum's %.4f", gamma, got, gq)
		}
	}
}

// TestLouvainRecoversPlantedPartition: four planted groups are found exactly.
func TestLouvainRecoversPlantedPartition(t *testing.T) {
	edges := plantedGraph(3, 4, 20, 0.6, 0.01)
	g := toWGraph(80, edges)
	comm := louvain(g, 1, rand.New(rand.NewPCG(5, 5)))
	for i := 0; i < 80; i++ {
		for j := 0; j < 80; j++ {
			if (i/20 == j/20) != (comm[i] == comm[j]) {
				t.Fatalf("nodes %d and %d: planted together %v, found together %v", i, j, i/20 == j/20, comm[i] == comm[j])
			}
		}
	}
}

// TestAggregateKeepsModularity: Q of the aggregated graph under the
// identity partition equals Q of the original under the partition.
func TestAggregateKeepsModularity(t *testing.T) {
	g := toWGraph(60, plantedGraph(9, 3, 20, 0.4, 0.05))
	comm := louvain(g, 1, rand.New(rand.NewPCG(1, 1)))
	agg := aggregate(g, comm)
	id := make([]int32, agg.n())
	for i := range id {
		id[i] = int32(i)
	}
	if a, b := modularity(g, comm, 1), modularity(agg, id, 1); math.Abs(a-b) > 1e-9 {
		t.Fatalf("Q before aggregation %v, after %v", a, b)
	}
}

func toGraphNodes(parts [][]simple.Node) [][]gonumgraph.Node {
	out := make([][]gonumgraph.Node, len(parts))
	for i, p := range parts {
		for _, n := range p {
			out[i] = append(out[i], n)
		}
	}
	return out
}

// TestPageRankMatchesGonum compares our weighted PageRank with gonum's on a
// random directed graph.
func TestPageRankMatchesGonum(t *testing.T) {
	r := rand.New(rand.NewPCG(4, 4))
	n := 50
	dg := simple.NewWeightedDirectedGraph(0, 0)
	for i := 0; i < n; i++ {
		dg.AddNode(simple.Node(i))
	}
	rows := make([][]int32, n)
	ws := make([][]float64, n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if i != j && r.Float64() < 0.08 {
				w := 1 + float64(r.IntN(4))
				dg.SetWeightedEdge(dg.NewWeightedEdge(simple.Node(i), simple.Node(j), w))
				rows[i] = append(rows[i], int32(j))
				ws[i] = append(ws[i], w)
			}
		}
	}
	g := &wgraph{start: make([]int, n+1), self: make([]float64, n)}
	for i := 0; i < n; i++ {
		g.adj = append(g.adj, rows[i]...)
		g.w = append(g.w, ws[i]...)
		g.start[i+1] = len(g.adj)
	}
	ours := pageRank(g, 0.85, 1e-12)
	want := network.PageRankSparse(dg, 0.85, 1e-12)
	for i := 0; i < n; i++ {
		if math.Abs(ours[i]-want[int64(i)]) > 1e-6 {
			t.Fatalf("node %d: PageRank %v, gonum %v", i, ours[i], want[int64(i)])
		}
	}
}
