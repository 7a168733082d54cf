package returns

import (
	"slices"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// Follow blocking weight per shared followee or re-following follower.
const followHitWeight = 0.5

// minHits is the blocking score a pair needs to be scored at all.
const minHits = 1.5

// candidate is one pair to score with the blocking score that found it.
type candidate struct {
	acct uint32
	hits float64
}

// blocker finds the candidate successors of one suspension.
type blocker struct {
	s     *snapshot.Snapshot
	t     *timeline
	p     *pool
	o     *Options
	extra map[uint32][]string
	shout map[uint32][]uint32 // old → candidates named with it
	hits  map[uint32]float64
	keys  []key
}

func (b *blocker) candidates(sp *suspension) []candidate {
	clear(b.hits)
	i, j := b.p.ranks(sp.lo, sp.hi)
	if i < j {
		b.keys = accountKeys(b.s, sp.acct, b.extra[sp.acct], b.keys)
		ntri := 0
		for _, k := range b.keys {
			if k.fam == keyHandleTri {
				ntri++
			}
		}
		for _, k := range b.keys {
			run := within(b.p.index[k.h], i, j)
			if len(run) > b.o.MaxKeyPostings {
				continue
			}
			w := keyWeight[k.fam]
			if k.fam == keyHandleTri {
				w /= float64(ntri)
			}
			for _, r := range run {
				if c := b.p.accts[r]; c != sp.acct {
					b.hits[c] += w
				}
			}
		}
	}
	b.followHits(sp)
	out := make([]candidate, 0, len(b.hits))
	for c, h := range b.hits {
		if h >= minHits {
			out = append(out, candidate{c, h})
		}
	}
	slices.SortFunc(out, func(x, y candidate) int {
		switch {
		case x.hits > y.hits:
			return -1
		case x.hits < y.hits:
			return 1
		}
		return int(x.acct) - int(y.acct)
	})
	if len(out) > b.o.MaxCandidates {
		out = out[:b.o.MaxCandidates]
	}
	// Accounts named together with the old one in a shout-out are always
	// scored, whatever their blocking score.
	for _, c := range b.shout[sp.acct] {
		if !slices.ContainsFunc(out, func(x candidate) bool { return x.acct == c }) {
			out = append(out, candidate{c, b.hits[c]})
		}
	}
	return out
}

// followHits adds a hit for every in-window account that follows one of
// the old account's followees, and for every in-window account followed by
// one of the old account's followers (the re-follow pattern). Hubs with
// more than MaxDegree edges are skipped.
func (b *blocker) followHits(sp *suspension) {
	in := func(c uint32) bool {
		f := b.t.first[c]
		return c != sp.acct && f > 0 && f >= sp.lo && f <= sp.hi
	}
	for _, f := range b.s.Follows.Of(sp.acct) {
		if b.s.FollowersOf.Len(f) > b.o.MaxDegree {
			continue
		}
		for _, c := range b.s.FollowersOf.Of(f) {
			if in(c) {
				b.hits[c] += followHitWeight
			}
		}
	}
	for _, u := range b.s.FollowersOf.Of(sp.acct) {
		if b.s.Follows.Len(u) > b.o.MaxDegree {
			continue
		}
		for _, c := range b.s.Follows.Of(u) {
			if in(c) {
				b.hits[c] += followHitWeight
			}
		}
	}
}
