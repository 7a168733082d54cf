package coordination

import (
	"cmp"
	"slices"

	"github.com/marsad-project/marsad/internal/snapshot"
	"gonum.org/v1/gonum/graph/community"
	"gonum.org/v1/gonum/graph/simple"
	"math/rand/v2"
)

// Group is a set of accounts that act in concert.
type Group struct {
	Members []uint32 // account indices, ascending
	// Score in [0,1]: the mean over all member pairs of the strongest edge
	// score between them (0 for pairs without a kept edge), i.e. edge
	// strength × density.
	Score      float64
	Behaviours []Behaviour
	Evidence   []GroupEvidence
}

// GroupEvidence is one key on which several members acted together: their
// posts on it that were within the window of another member's.
type GroupEvidence struct {
	Behaviour Behaviour
	Key       string
	Posts     []uint32 // post indices, time order
}

// groupsOf partitions the graph of kept edges into groups: each connected
// component that is dense (at least half of its member pairs have a kept
// edge) is one group; a sparser component is split into its Louvain
// communities (modularity, deterministic seed). Modularity alone would split
// a dense squad whose pairs differ in weight, hence the density rule.
func groupsOf(s *snapshot.Snapshot, edges []Edge) []Group {
	if len(edges) == 0 {
		return nil
	}
	best := map[uint64]float64{}
	behs := map[uint64][]Behaviour{}
	for _, e := range edges {
		k := pack(e.A, e.B)
		if e.Score > best[k] {
			best[k] = e.Score
		}
		behs[k] = append(behs[k], e.Behaviour)
	}
	var sets [][]uint32
	for _, comp := range components(best) {
		m := len(comp)
		nEdges := edgesIn(comp, best)
		if m <= 3 || 2*nEdges >= m*(m-1)/2 {
			sets = append(sets, comp)
			continue
		}
		g := simple.NewWeightedUndirectedGraph(0, 0)
		in := map[uint32]bool{}
		for _, a := range comp {
			in[a] = true
		}
		for k, w := range best {
			if a, b := unpack(k); in[a] {
				g.SetWeightedEdge(simple.WeightedEdge{F: simple.Node(a), T: simple.Node(b), W: w})
			}
		}
		for _, c := range community.Modularize(g, 1, rand.NewPCG(1, 2)).Communities() {
			if len(c) < 2 {
				continue
			}
			var members []uint32
			for _, n := range c {
				members = append(members, uint32(n.ID()))
			}
			sets = append(sets, members)
		}
	}
	groups := scoreGroups(sets, best, behs)
	slices.SortFunc(groups, func(x, y Group) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		if c := cmp.Compare(len(y.Members), len(x.Members)); c != 0 {
			return c
		}
		return cmp.Compare(x.Members[0], y.Members[0])
	})
	return groups
}

// components returns the connected components of the pair graph, each
// sorted, in order of their smallest member.
func components(pairs map[uint64]float64) [][]uint32 {
	parent := map[uint32]uint32{}
	var find func(x uint32) uint32
	find = func(x uint32) uint32 {
		p, ok := parent[x]
		if !ok {
			parent[x] = x
			return x
		}
		if p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for k := range pairs {
		a, b := unpack(k)
		if ra, rb := find(a), find(b); ra != rb {
			parent[ra] = rb
		}
	}
	byRoot := map[uint32][]uint32{}
	for x := range parent {
		r := find(x)
		byRoot[r] = append(byRoot[r], x)
	}
	var out [][]uint32
	for _, c := range byRoot {
		slices.Sort(c)
		out = append(out, c)
	}
	slices.SortFunc(out, func(x, y []uint32) int { return cmp.Compare(x[0], y[0]) })
	return out
}

// edgesIn counts the pairs of members with a kept edge.
func edgesIn(members []uint32, best map[uint64]float64) int {
	n := 0
	if len(members)*len(members) > 2*len(best) {
		in := map[uint32]bool{}
		for _, a := range members {
			in[a] = true
		}
		for k := range best {
			if a, b := unpack(k); in[a] && in[b] {
				n++
			}
		}
		return n
	}
	for i, a := range members {
		for _, b := range members[i+1:] {
			if best[pack(a, b)] > 0 {
				n++
			}
		}
	}
	return n
}

// scoreGroups scores each set of members: the mean over member pairs of
// the best edge score (0 without an edge). One pass over the edges.
func scoreGroups(sets [][]uint32, best map[uint64]float64, behs map[uint64][]Behaviour) []Group {
	groupOf := map[uint32]int{}
	groups := make([]Group, len(sets))
	sums := make([]float64, len(sets))
	seen := make([]map[Behaviour]bool, len(sets))
	for i, m := range sets {
		groups[i].Members = slices.Clone(m)
		slices.Sort(groups[i].Members)
		seen[i] = map[Behaviour]bool{}
		for _, a := range m {
			groupOf[a] = i
		}
	}
	for k, w := range best {
		a, b := unpack(k)
		ga, okA := groupOf[a]
		if gb, okB := groupOf[b]; okA && okB && ga == gb {
			sums[ga] += w
			for _, bh := range behs[k] {
				seen[ga][bh] = true
			}
		}
	}
	for i := range groups {
		m := float64(len(groups[i].Members))
		groups[i].Score = sums[i] / (m * (m - 1) / 2)
		for _, bh := range AllBehaviours {
			if seen[i][bh] {
				groups[i].Behaviours = append(groups[i].Behaviours, bh)
			}
		}
	}
	return groups
}
