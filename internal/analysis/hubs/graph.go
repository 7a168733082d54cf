package hubs

import (
	"slices"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// Weights are the edge weights of each interaction kind. A repost or quote
// is the strongest sign of discipleship; a reply or mention can be hostile,
// so it weighs less; a follow is cheap and weighs least.
type Weights struct {
	Repost, Quote, Reply, Mention, Follow float64
}

// DefaultWeights are the weights used when Options.Weights is zero.
var DefaultWeights = Weights{Repost: 1, Quote: 1, Reply: 0.5, Mention: 0.5, Follow: 0.2}

// kindCounts counts interactions of one directed pair by kind, for evidence.
type kindCounts struct {
	Reposts, Quotes, Replies, Mentions int32
	Follow                             bool
}

// graph is the aggregated interaction graph: one entry per directed pair
// u → v (u interacts with v), keyed u<<32 | v.
type graph struct {
	w      map[uint64]float64
	counts map[uint64]*kindCounts
}

func key(u, v uint32) uint64 { return uint64(u)<<32 | uint64(v) }

func (g *graph) add(u, v uint32, w float64, bump func(*kindCounts)) {
	if u == v || u == snapshot.None || v == snapshot.None || w == 0 {
		return
	}
	k := key(u, v)
	g.w[k] += w
	c := g.counts[k]
	if c == nil {
		c = &kindCounts{}
		g.counts[k] = c
	}
	bump(c)
}

// buildGraph aggregates every interaction in s. It is linear in posts,
// mentions and follows.
func buildGraph(s *snapshot.Snapshot, wt Weights) *graph {
	g := &graph{w: map[uint64]float64{}, counts: map[uint64]*kindCounts{}}
	n := s.NumPosts()
	for p := 0; p < n; p++ {
		u := s.Author[p]
		switch s.Kinds[p] {
		case snapshot.KindRepost:
			g.add(u, refAuthor(s, s.Ref[p], s.RefAccount[p]), wt.Repost, func(c *kindCounts) { c.Reposts++ })
			continue // a repost's mentions are the original's
		case snapshot.KindQuote:
			g.add(u, refAuthor(s, s.Ref[p], s.RefAccount[p]), wt.Quote, func(c *kindCounts) { c.Quotes++ })
		}
		if s.ReplyTo[p] != snapshot.None || s.ReplyAccount[p] != snapshot.None {
			g.add(u, refAuthor(s, s.ReplyTo[p], s.ReplyAccount[p]), wt.Reply, func(c *kindCounts) { c.Replies++ })
		}
		for _, m := range s.PostMentions.Of(uint32(p)) {
			g.add(u, m, wt.Mention, func(c *kindCounts) { c.Mentions++ })
		}
	}
	if wt.Follow > 0 {
		for a := 0; a < s.NumAccounts(); a++ {
			for _, b := range s.Follows.Of(uint32(a)) {
				g.add(uint32(a), b, wt.Follow, func(c *kindCounts) { c.Follow = true })
			}
		}
	}
	return g
}

// refAuthor returns the author of a referenced post key when the post is in
// the snapshot, else the referenced account the data gave.
func refAuthor(s *snapshot.Snapshot, ref, refAccount uint32) uint32 {
	if ref != snapshot.None && s.IsPost(ref) {
		return s.Author[ref]
	}
	return refAccount
}

// csrGraphs lays the aggregated interactions out as flat arrays: the
// undirected graph Louvain partitions (A_uv = w(u→v) + w(v→u)), the directed
// graph PageRank walks, and the account of each local node. Node order
// follows account index, so the layout is deterministic.
func csrGraphs(g *graph) (und, dir *wgraph, nodes []uint32) {
	keys := make([]uint64, 0, len(g.w))
	local := map[uint32]int32{}
	for k := range g.w {
		keys = append(keys, k)
		local[uint32(k>>32)] = 0
		local[uint32(k)] = 0
	}
	slices.Sort(keys)
	nodes = make([]uint32, 0, len(local))
	for a := range local {
		nodes = append(nodes, a)
	}
	slices.Sort(nodes)
	for i, a := range nodes {
		local[a] = int32(i)
	}
	n := len(nodes)
	dir = &wgraph{start: make([]int, n+1), self: make([]float64, n), adj: make([]int32, 0, len(keys)), w: make([]float64, 0, len(keys))}
	und = &wgraph{start: make([]int, n+1), self: make([]float64, n), adj: make([]int32, 2*len(keys)), w: make([]float64, 2*len(keys))}
	for _, k := range keys { // sorted by source, then target: rows in order
		u, v := local[uint32(k>>32)], local[uint32(k)]
		dir.adj = append(dir.adj, v)
		dir.w = append(dir.w, g.w[k])
		dir.start[u+1]++
		und.start[u+1]++
		und.start[v+1]++
	}
	for i := 0; i < n; i++ {
		dir.start[i+1] += dir.start[i]
		und.start[i+1] += und.start[i]
	}
	fill := slices.Clone(und.start[:n])
	for _, k := range keys {
		u, v := local[uint32(k>>32)], local[uint32(k)]
		w := g.w[k]
		und.adj[fill[u]], und.w[fill[u]] = v, w
		fill[u]++
		und.adj[fill[v]], und.w[fill[v]] = u, w
		fill[v]++
	}
	return und, dir, nodes
}
