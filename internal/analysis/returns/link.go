package returns

import (
	"cmp"
	"context"
	"slices"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// Analyze links every suspended account in s to its successor(s) and
// groups them into families. It is a pure function of the snapshot and the
// options; its cost is linear in posts (one shout-out scan) plus, per
// suspension, the blocking runs inside its window and at most
// MaxCandidates scored pairs.
func Analyze(ctx context.Context, s *snapshot.Snapshot, o Options) (*Result, error) {
	r, err := newRun(ctx, s, o)
	if err != nil {
		return nil, err
	}
	scored, err := r.scoreAll(ctx)
	if err != nil {
		return nil, err
	}
	links := r.link(scored)
	res := &Result{Links: make([]Link, 0, len(links)), Suspensions: len(r.susp)}
	for _, ps := range scored {
		res.CandidatesScored += len(ps)
	}
	for _, pi := range links {
		res.Links = append(res.Links, r.describe(pi))
	}
	res.Families = r.families(links)
	return res, nil
}

// link chooses the links among the scored pairs: greedy by score, each
// suspension gets its best successor and each successor one predecessor;
// a pair (A, C) is passed over when some B scores as A's successor and C
// as B's (C belongs to the next generation, A → B → C); a second successor
// of the same suspension is accepted only when a shout-out names it.
func (r *run) link(scored [][]pairInfo) []*pairInfo {
	var all []*pairInfo
	above := map[pairKey]bool{}
	for i := range scored {
		for j := range scored[i] {
			pi := &scored[i][j]
			if pi.score >= r.o.Threshold && (r.o.LookAlikeOnly || pi.corroborated()) {
				all = append(all, pi)
				above[pairKey{pi.old, pi.cand}] = true
			}
		}
	}
	succOf := map[uint32][]uint32{} // old → successors above threshold
	for _, pi := range all {
		succOf[pi.old] = append(succOf[pi.old], pi.cand)
	}
	slices.SortFunc(all, func(a, b *pairInfo) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		if c := cmp.Compare(a.old, b.old); c != 0 {
			return c
		}
		return cmp.Compare(a.cand, b.cand)
	})
	hasSucc := map[uint32]bool{}
	claimed := map[uint32]bool{}
	var out []*pairInfo
	for _, pi := range all {
		if claimed[pi.cand] {
			continue
		}
		if slices.ContainsFunc(succOf[pi.old], func(b uint32) bool {
			return b != pi.cand && above[pairKey{b, pi.cand}] && r.t.first[b] < r.t.first[pi.cand]
		}) {
			continue // pi.cand succeeds one of pi.old's successors instead
		}
		if hasSucc[pi.old] && (pi.shout == nil || pi.shout.strength < 1) {
			continue
		}
		hasSucc[pi.old] = true
		claimed[pi.cand] = true
		out = append(out, pi)
	}
	slices.SortFunc(out, func(a, b *pairInfo) int {
		if c := cmp.Compare(r.t.first[a.cand], r.t.first[b.cand]); c != 0 {
			return c
		}
		return cmp.Compare(a.cand, b.cand)
	})
	return out
}

// families joins linked accounts (union-find) and lists each family's
// members in first-seen order: the oldest account first.
func (r *run) families(links []*pairInfo) []Family {
	parent := map[uint32]uint32{}
	var find func(x uint32) uint32
	find = func(x uint32) uint32 {
		p, ok := parent[x]
		if !ok || p == x {
			parent[x] = x
			return x
		}
		root := find(p)
		parent[x] = root
		return root
	}
	for _, pi := range links {
		a, b := find(pi.old), find(pi.cand)
		if a != b {
			parent[b] = a
		}
	}
	groups := map[uint32][]uint32{}
	for x := range parent {
		root := find(x)
		groups[root] = append(groups[root], x)
	}
	out := make([]Family, 0, len(groups))
	for _, g := range groups {
		slices.SortFunc(g, func(a, b uint32) int {
			if c := cmp.Compare(r.t.first[a], r.t.first[b]); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		f := Family{}
		for _, a := range g {
			f.Members = append(f.Members, r.s.AccountIDs[a])
			f.Handles = append(f.Handles, r.s.Handles[a])
		}
		out = append(out, f)
	}
	slices.SortFunc(out, func(a, b Family) int { return cmp.Compare(a.Members[0], b.Members[0]) })
	return out
}
