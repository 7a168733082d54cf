package coordination

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// CoAction is one time two accounts acted on the same key within the
// window: PostA is A's post, PostB is B's (post indices in the snapshot).
type CoAction struct {
	Behaviour Behaviour
	Key       string // human-readable key: "repost of post 123", a URL…
	PostA     uint32
	PostB     uint32
}

// Result is what Detect found.
type Result struct {
	Window     time.Duration
	Behaviours []Behaviour
	// Edges are the kept pairs, one per behaviour that ties them, ordered by
	// (A, B, behaviour order). Evidence holds up to MaxEvidence co-actions.
	Edges    []Edge
	Evidence [][]CoAction // parallel to Edges
	// Groups are ordered by score, highest first.
	Groups []Group
	// Stats per behaviour, for logs and docs.
	Stats []BehaviourStats
}

// BehaviourStats counts the work and the outcome of one behaviour.
type BehaviourStats struct {
	Behaviour  Behaviour
	Keys       int
	CoActions  int // (key, pair) co-actions counted
	Candidates int // pairs with weight ≥ MinWeight
	Kept       int // pairs that passed the significance tests
	Duration   time.Duration
}

// Detect finds coordinated pairs and groups in s. It is a pure function of
// the snapshot and the options; ctx is checked between behaviours. Time is
// O(A·CrowdSize + P log P) for A actions and P co-actions; memory O(P).
func Detect(ctx context.Context, s *snapshot.Snapshot, o Options) (*Result, error) {
	o, err := o.withDefaults()
	if err != nil {
		return nil, err
	}
	r := &Result{Window: o.Window, Behaviours: o.Behaviours}
	var keyeds []keyed
	for _, b := range AllBehaviours {
		if !hasBehaviour(o.Behaviours, b) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		start := time.Now()
		kp := keysOf(s, b, o)
		pairs, part := countPairs(s, kp, o)
		cands := candidates(pairs, o.MinWeight)
		edges := significant(b, cands, part, o)
		r.Stats = append(r.Stats, BehaviourStats{Behaviour: b, Keys: kp.n, CoActions: len(pairs),
			Candidates: len(cands), Kept: len(edges), Duration: time.Since(start)})
		r.Edges = append(r.Edges, edges...)
		keyeds = append(keyeds, kp)
	}
	order := map[Behaviour]int{}
	for i, b := range AllBehaviours {
		order[b] = i
	}
	slices.SortFunc(r.Edges, func(x, y Edge) int {
		if c := cmp.Compare(x.A, y.A); c != 0 {
			return c
		}
		if c := cmp.Compare(x.B, y.B); c != 0 {
			return c
		}
		return cmp.Compare(order[x.Behaviour], order[y.Behaviour])
	})
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r.Groups = groupsOf(s, r.Edges)
	collectEvidence(s, r, keyeds, o)
	return r, nil
}

// EdgeIndex returns the index in r.Edges of the edge between accounts a and
// b for behaviour bh, or -1.
func (r *Result) EdgeIndex(a, b uint32, bh Behaviour) int {
	if a > b {
		a, b = b, a
	}
	i, ok := slices.BinarySearchFunc(r.Edges, [2]uint32{a, b}, func(e Edge, t [2]uint32) int {
		if c := cmp.Compare(e.A, t[0]); c != 0 {
			return c
		}
		return cmp.Compare(e.B, t[1])
	})
	if !ok {
		return -1
	}
	for ; i < len(r.Edges) && r.Edges[i].A == a && r.Edges[i].B == b; i++ {
		if r.Edges[i].Behaviour == bh {
			return i
		}
	}
	return -1
}

func (s BehaviourStats) String() string {
	return fmt.Sprintf("%s: %d keys, %d co-actions, %d candidates, %d kept in %v",
		s.Behaviour, s.Keys, s.CoActions, s.Candidates, s.Kept, s.Duration.Round(time.Millisecond))
}
