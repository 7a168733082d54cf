package hubs

// pageRank computes weighted PageRank on a directed graph in CSR form (out
// edges of i are adj[start[i]:start[i+1]] with weights w): the stationary
// distribution of a walk that follows an out-edge with probability damp in
// proportion to its weight and jumps to a uniform node otherwise; dangling
// nodes jump uniformly. It iterates until the L1 change is below tol (or
// 100 iterations). Same definition as gonum's network.PageRankSparse, which
// the tests compare against.
func pageRank(g *wgraph, damp, tol float64) []float64 {
	n := g.n()
	if n == 0 {
		return nil
	}
	out := make([]float64, n)
	for i := 0; i < n; i++ {
		for e := g.start[i]; e < g.start[i+1]; e++ {
			out[i] += g.w[e]
		}
	}
	r := make([]float64, n)
	next := make([]float64, n)
	for i := range r {
		r[i] = 1 / float64(n)
	}
	for iter := 0; iter < 100; iter++ {
		var dangling float64
		for i := range next {
			next[i] = 0
			if out[i] == 0 {
				dangling += r[i]
			}
		}
		for i := 0; i < n; i++ {
			if out[i] == 0 {
				continue
			}
			share := damp * r[i] / out[i]
			for e := g.start[i]; e < g.start[i+1]; e++ {
				next[g.adj[e]] += share * g.w[e]
			}
		}
		base := (1-damp)/float64(n) + damp*dangling/float64(n)
		var delta float64
		for i := range next {
			next[i] += base
			d := next[i] - r[i]
			if d < 0 {
				d = -d
			}
			delta += d
		}
		r, next = next, r
		if delta < tol {
			break
		}
	}
	return r
}
