package returns

import (
	"slices"
	"sort"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// pool is the set of possible successors: accounts first seen inside some
// suspension's window, in first-seen order, with an inverted index from
// blocking keys to their ranks. Because ranks follow first-seen time, the
// candidates of one suspension under one key are a contiguous run found by
// binary search, so ordinary long-lived accounts never enter the work.
type pool struct {
	accts []uint32            // by rank
	first []int64             // by rank
	index map[uint64][]uint32 // key hash → ranks, ascending
}

func newPool(s *snapshot.Snapshot, t *timeline, susp []suspension, extra map[uint32][]string) *pool {
	type iv struct{ lo, hi int64 }
	ivs := make([]iv, 0, len(susp))
	for _, sp := range susp {
		ivs = append(ivs, iv{sp.lo, sp.hi})
	}
	slices.SortFunc(ivs, func(a, b iv) int {
		switch {
		case a.lo < b.lo:
			return -1
		case a.lo > b.lo:
			return 1
		}
		return 0
	})
	merged := ivs[:0]
	for _, v := range ivs {
		if n := len(merged); n > 0 && v.lo <= merged[n-1].hi {
			merged[n-1].hi = max(merged[n-1].hi, v.hi)
			continue
		}
		merged = append(merged, v)
	}
	inWindows := func(x int64) bool {
		i := sort.Search(len(merged), func(i int) bool { return merged[i].hi >= x })
		return i < len(merged) && merged[i].lo <= x
	}
	p := &pool{index: map[uint64][]uint32{}}
	for a := range t.first {
		if f := t.first[a]; f > 0 && inWindows(f) {
			p.accts = append(p.accts, uint32(a))
		}
	}
	slices.SortStableFunc(p.accts, func(a, b uint32) int {
		switch fa, fb := t.first[a], t.first[b]; {
		case fa < fb:
			return -1
		case fa > fb:
			return 1
		}
		return 0
	})
	p.first = make([]int64, len(p.accts))
	var keys []key
	for r, a := range p.accts {
		p.first[r] = t.first[a]
		keys = accountKeys(s, a, extra[a], keys)
		for _, k := range keys {
			p.index[k.h] = append(p.index[k.h], uint32(r))
		}
	}
	return p
}

// ranks returns the rank range [i, j) of pool accounts first seen in [lo, hi].
func (p *pool) ranks(lo, hi int64) (uint32, uint32) {
	i := sort.Search(len(p.first), func(k int) bool { return p.first[k] >= lo })
	j := sort.Search(len(p.first), func(k int) bool { return p.first[k] > hi })
	return uint32(i), uint32(j)
}

// within returns the part of an ascending rank list inside [i, j).
func within(list []uint32, i, j uint32) []uint32 {
	a, _ := slices.BinarySearch(list, i)
	b, _ := slices.BinarySearch(list, j)
	return list[a:b]
}
