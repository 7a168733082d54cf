package hubs

import (
	"slices"

	"github.com/marsad-project/marsad/internal/graphio"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Graph returns the hubs as a graph for Gephi: one node per hub member (with
// its hub, leader flag, in-strength and PageRank) and the interactions among
// members of the same hub, weighted, labelled by their dominant kind.
func Graph(s *snapshot.Snapshot, r *Result) *graphio.Graph {
	g := &graphio.Graph{
		Directed:    true,
		Description: "marsad influence hubs: members and their interactions (reposts, quotes, replies, mentions, follows)",
		NodeAttrs: []graphio.Attr{
			{Name: "hub", Type: graphio.Int}, {Name: "leader", Type: graphio.Bool},
			{Name: "in_strength", Type: graphio.Double}, {Name: "pagerank", Type: graphio.Double},
		},
		EdgeAttrs: []graphio.Attr{
			{Name: "reposts", Type: graphio.Int}, {Name: "quotes", Type: graphio.Int},
			{Name: "replies", Type: graphio.Int}, {Name: "mentions", Type: graphio.Int},
		},
	}
	hubOf := map[uint32]int{}
	for i, h := range r.Hubs {
		for _, m := range h.Members {
			hubOf[m.Account] = i + 1
			label := s.Label(m.Account)
			g.Nodes = append(g.Nodes, graphio.Node{
				ID: s.AccountIDs[m.Account], Label: label,
				Values: []any{i + 1, m.Account == h.Leader, m.InStrength, m.PageRank},
			})
		}
	}
	var keys []uint64
	for k := range r.graph.w {
		u, v := uint32(k>>32), uint32(k)
		if hu := hubOf[u]; hu != 0 && hu == hubOf[v] {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys) // deterministic output
	for _, k := range keys {
		u, v := uint32(k>>32), uint32(k)
		c := r.graph.counts[k]
		g.Edges = append(g.Edges, graphio.Edge{
			Source: s.AccountIDs[u], Target: s.AccountIDs[v], Weight: r.graph.w[k], Label: dominant(c),
			Values: []any{int(c.Reposts), int(c.Quotes), int(c.Replies), int(c.Mentions)},
		})
	}
	return g
}

// dominant names the most frequent interaction kind of a pair.
func dominant(c *kindCounts) string {
	best, name := int32(0), "follow"
	for i, n := range []int32{c.Reposts, c.Quotes, c.Replies, c.Mentions} {
		if n > best {
			best, name = n, [...]string{"repost", "quote", "reply", "mention"}[i]
		}
	}
	return name
}
