package hubs

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// Options tune hub detection. The zero value selects the defaults.
type Options struct {
	// MinSize is the smallest community reported (leader included); default 5.
	MinSize int
	// Resolution is the Louvain resolution γ: above 1 gives smaller
	// communities, below 1 larger ones; default 1.
	Resolution float64
	// MinShare is the least share of its own outgoing interaction weight a
	// member must direct at the leader to count as the leader's disciple;
	// default 0.25. Squad amplifiers spread their reposts over many official
	// accounts and so are nobody's disciples; a hub's disciples devote
	// themselves to one famous account.
	MinShare float64
	// MinScore is the least mean devotion of a hub's disciples (the hub's
	// score); default 0.32. Loose audiences — readers who favour one
	// official or news account among several — stay below it; disciples of
	// a famous account give it most of what they do.
	MinScore float64
	// MinTie is the least interaction weight from a disciple to its leader
	// (e.g. two reposts); default 2.
	MinTie float64
	// Weights of the interaction kinds; zero selects DefaultWeights.
	Weights Weights
	// Seed makes the Louvain run reproducible; the same seed and snapshot
	// give the same hubs.
	Seed uint64
}

func (o Options) withDefaults() Options {
	if o.MinSize <= 0 {
		o.MinSize = 5
	}
	if o.Resolution <= 0 {
		o.Resolution = 1
	}
	if o.MinShare <= 0 {
		o.MinShare = 0.25
	}
	if o.MinScore <= 0 {
		o.MinScore = 0.32
	}
	if o.MinTie <= 0 {
		o.MinTie = 2
	}
	if o.Weights == (Weights{}) {
		o.Weights = DefaultWeights
	}
	if o.Weights.Follow < 0 {
		o.Weights.Follow = 0
	}
	return o
}

// Member is an account of a hub with its standing in it.
type Member struct {
	Account uint32
	// InStrength is the weighted interactions the member receives from the
	// hub's other members; OutStrength those it gives.
	InStrength, OutStrength float64
	PageRank                float64
	// ToLeader is the weight of the member's interactions with the leader.
	ToLeader float64
}

// Hub is one community led by a leader.
type Hub struct {
	Leader uint32
	// Leaders are the leader and any co-leader receiving at least half the
	// leader's in-strength.
	Leaders []uint32
	// Members, leader first, then by InStrength+ToLeader descending.
	Members []Member
	// Core are members who interact with the leader directly.
	Core []uint32
	// Share is the disciples' mean devotion: the average share of their
	// outgoing interactions that goes to the leader; the hub's score in [0,1].
	Share float64
	// Community is the Louvain community the hub lies in, and CommunitySize
	// its size.
	Community, CommunitySize int
	// Internal is the community's total internal interaction weight.
	Internal float64
	// LeaderCounts sums the interactions members direct at the leader.
	LeaderCounts kindCounts
}

// Result is the outcome of Detect.
type Result struct {
	Hubs []Hub
	// Communities is how many communities Louvain found before filtering.
	Communities int
	// Nodes and Edges describe the interaction graph.
	Nodes, Edges int
	graph        *graph
}

// Detect finds the hubs of s. Time is dominated by Louvain, near-linear in
// the number of interacting pairs in practice.
func Detect(s *snapshot.Snapshot, opts Options) *Result {
	o := opts.withDefaults()
	g := buildGraph(s, o.Weights)
	res := &Result{graph: g, Edges: len(g.w)}
	if len(g.w) == 0 {
		return res
	}
	und, dir, nodes := csrGraphs(g)
	res.Nodes = len(nodes)
	rank := pageRank(dir, 0.85, 1e-9)
	comm := louvain(und, o.Resolution, rand.New(rand.NewPCG(o.Seed, 0x6875627321)))
	ncomm := 0
	for _, c := range comm {
		ncomm = max(ncomm, int(c)+1)
	}
	res.Communities = ncomm
	// One pass over the edges measures every community: in- and
	// out-strength of each member inside its own community.
	commOf := make(map[uint32]int, len(nodes))
	stats := make(map[uint32]*Member, len(nodes))
	commSize := make([]int, ncomm)
	internal := make([]float64, ncomm)
	for i, a := range nodes {
		commOf[a] = int(comm[i])
		commSize[comm[i]]++
		stats[a] = &Member{Account: a, PageRank: rank[i]}
	}
	for k, w := range g.w {
		u, v := uint32(k>>32), uint32(k)
		if cu := commOf[u]; cu == commOf[v] {
			stats[u].OutStrength += w
			stats[v].InStrength += w
			internal[cu] += w
		}
	}
	// Each account's out-strength, to measure devotion.
	out := make(map[uint32]float64, res.Nodes)
	for k, w := range g.w {
		out[uint32(k>>32)] += w
	}
	// A disciple follows the one account it devotes most of its
	// interactions to, inside its own community.
	disciples := map[uint32][]uint32{}
	best := map[uint32]float64{}
	second := map[uint32]float64{}
	lead := map[uint32]uint32{}
	for k, w := range g.w {
		u, v := uint32(k>>32), uint32(k)
		if commOf[u] != commOf[v] || w < o.MinTie || w < o.MinShare*out[u] {
			continue
		}
		switch {
		case w > best[u] || (w == best[u] && v < lead[u]):
			second[u] = max(second[u], best[u])
			best[u], lead[u] = w, v
		case w > second[u]:
			second[u] = w
		}
	}
	// An account split between several leaders (the second gets at least
	// half of what the first gets) is devoted to none.
	for u := range lead {
		if 2*second[u] >= best[u] {
			delete(lead, u)
		}
	}
	for u, v := range lead {
		disciples[v] = append(disciples[v], u)
	}
	for v, ds := range disciples {
		if len(ds)+1 < o.MinSize {
			continue
		}
		slices.Sort(ds)
		ms := make([]Member, 0, len(ds)+1)
		ms = append(ms, *stats[v])
		for _, u := range ds {
			ms = append(ms, *stats[u])
		}
		if h := makeHub(g, ms, out, internal[commOf[v]], commSize[commOf[v]], commOf[v]); h.Share >= o.MinScore {
			res.Hubs = append(res.Hubs, h)
		}
	}
	sort.Slice(res.Hubs, func(i, j int) bool {
		a, b := res.Hubs[i], res.Hubs[j]
		if a.Members[0].InStrength != b.Members[0].InStrength {
			return a.Members[0].InStrength > b.Members[0].InStrength
		}
		return a.Leader < b.Leader
	})
	return res
}

// makeHub measures a hub: its leader (ms[0]) and disciples (ms[1:]).
func makeHub(g *graph, ms []Member, out map[uint32]float64, internal float64, commSize, comm int) Hub {
	leader := ms[0].Account
	h := Hub{Leader: leader, Leaders: []uint32{leader}, Internal: internal, Community: comm, CommunitySize: commSize}
	var devotion float64
	for i := range ms {
		a := ms[i].Account
		ms[i].ToLeader = g.w[key(a, leader)] + g.w[key(leader, a)]
		if a == leader {
			continue
		}
		h.Core = append(h.Core, a)
		devotion += g.w[key(a, leader)] / out[a]
		if c := g.counts[key(a, leader)]; c != nil {
			h.LeaderCounts.Reposts += c.Reposts
			h.LeaderCounts.Quotes += c.Quotes
			h.LeaderCounts.Replies += c.Replies
			h.LeaderCounts.Mentions += c.Mentions
		}
	}
	rest := ms[1:]
	sort.SliceStable(rest, func(i, j int) bool {
		if rest[i].ToLeader != rest[j].ToLeader {
			return rest[i].ToLeader > rest[j].ToLeader
		}
		return rest[i].Account < rest[j].Account
	})
	// Co-leaders: members amplified by the other disciples about as much as
	// the leader is (at least half its in-strength).
	for _, m := range rest {
		if m.InStrength >= ms[0].InStrength/2 && m.InStrength > 0 {
			h.Leaders = append(h.Leaders, m.Account)
		}
	}
	h.Share = devotion / float64(len(rest))
	h.Members = ms
	return h
}

// String describes a hub for logs.
func (h Hub) String() string {
	return fmt.Sprintf("hub leader=%d size=%d share=%.2f", h.Leader, len(h.Members), h.Share)
}
