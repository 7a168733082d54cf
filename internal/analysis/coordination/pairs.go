package coordination

import (
	"slices"
	"sync"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// participation is, for one behaviour, which keys each account acted on.
type participation struct {
	acctKeys snapshot.Index // account → keys acted on, ascending
	// acctCounts is parallel to acctKeys.Items: how many times the account
	// acted on that key.
	acctCounts []uint32
	// acctDensity is parallel to acctKeys.Items: the local density of the
	// key around the account's actions — the largest share, over the
	// account's actions on the key, of the key's other actions that fall
	// within the window of it. It is the chance that another actor of the
	// key lands within the window by timing alone, measured where the
	// account acted: early reactions to a post crowd together, and so do
	// the actions inside a storm.
	acctDensity []float32
	authors     []uint32 // key → distinct accounts acting on it (m_k)
	total       int64    // Σ m_k
	// sync is, per key, the share of its pairs of actions that are within
	// the window of each other: the chance that two of its actors co-act
	// by timing alone.
	sync []float32
}

func pack(a, b uint32) uint64 {
	if a > b {
		a, b = b, a
	}
	return uint64(a)<<32 | uint64(b)
}

func unpack(x uint64) (a, b uint32) { return uint32(x >> 32), uint32(x) }

// windowPairs calls emit for every pair of posts (i before j in ps) at most
// win ms apart, comparing each post with at most crowd posts before it.
func windowPairs(s *snapshot.Snapshot, ps []uint32, win int64, crowd int, emit func(p, q uint32)) {
	lo := 0
	for j := 1; j < len(ps); j++ {
		t := s.TimeMS[ps[j]]
		for t-s.TimeMS[ps[lo]] > win {
			lo++
		}
		for i := max(lo, j-crowd); i < j; i++ {
			emit(ps[i], ps[j])
		}
	}
}

// syncShare is the share of the pairs of posts in ps (time order) that are
// at most win apart, counted in O(len(ps)) with two pointers.
func syncShare(s *snapshot.Snapshot, ps []uint32, win int64) float32 {
	within, lo := 0, 0
	for j := 1; j < len(ps); j++ {
		for s.TimeMS[ps[j]]-s.TimeMS[ps[lo]] > win {
			lo++
		}
		within += j - lo
	}
	n := len(ps)
	return float32(float64(within) / (float64(n) * float64(n-1) / 2))
}

// countPairs returns, for behaviour kp, one packed account pair per
// (key, pair) co-action (so the multiplicity of a pair in the sorted result
// is its weight) and the participation of every account.
func countPairs(s *snapshot.Snapshot, kp keyed, o Options) ([]uint64, participation) {
	win := o.Window.Milliseconds()
	na := s.NumAccounts()
	authors := make([]uint32, kp.n)
	syncs := make([]float32, kp.n)
	workers := 2
	parts := make([][]uint64, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stamp := make([]uint32, na)
			var buf, out []uint64
			for k := w; k < kp.n; k += workers {
				ps := kp.posts(uint32(k))
				m := uint32(0)
				for _, p := range ps {
					if a := s.Author[p]; stamp[a] != uint32(k)+1 {
						stamp[a] = uint32(k) + 1
						m++
					}
				}
				authors[k] = m
				if m < 2 {
					continue
				}
				syncs[k] = syncShare(s, ps, win)
				buf = buf[:0]
				windowPairs(s, ps, win, o.CrowdSize, func(p, q uint32) {
					a, b := s.Author[p], s.Author[q]
					if a != b && (kp.skip == nil || !kp.skip(p, q)) {
						buf = append(buf, pack(a, b))
					}
				})
				slices.Sort(buf)
				out = append(out, slices.Compact(buf)...)
			}
			parts[w] = out
		}()
	}
	wg.Wait()
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	pairs := make([]uint64, 0, n)
	for i := range parts {
		pairs = append(pairs, parts[i]...)
		parts[i] = nil
	}
	slices.Sort(pairs)

	var part participation
	part.authors = authors
	part.sync = syncs
	part.acctKeys, part.acctCounts, part.acctDensity = accountKeys(s, kp, na, win)
	for _, m := range authors {
		part.total += int64(m)
	}
	return pairs, part
}

// accountKeys builds account → distinct keys (ascending), with the number
// of the account's actions on each and the local density around them.
func accountKeys(s *snapshot.Snapshot, kp keyed, na int, win int64) (snapshot.Index, []uint32, []float32) {
	start := make([]uint32, na+1)
	last := make([]uint32, na) // last key+1 counted per account
	for k := 0; k < kp.n; k++ {
		for _, p := range kp.posts(uint32(k)) {
			if a := s.Author[p]; last[a] != uint32(k)+1 {
				last[a] = uint32(k) + 1
				start[a+1]++
			}
		}
	}
	for a := 1; a <= na; a++ {
		start[a] += start[a-1]
	}
	items := make([]uint32, start[na])
	counts := make([]uint32, start[na])
	density := make([]float32, start[na])
	fill := slices.Clone(start[:na])
	clear(last)
	for k := 0; k < kp.n; k++ {
		ps := kp.posts(uint32(k))
		lo, hi := 0, 0
		for _, p := range ps {
			a := s.Author[p]
			if last[a] != uint32(k)+1 {
				last[a] = uint32(k) + 1
				items[fill[a]] = uint32(k)
				fill[a]++
			}
			e := fill[a] - 1
			counts[e]++
			if len(ps) < 2 {
				continue
			}
			t := s.TimeMS[p]
			for t-s.TimeMS[ps[lo]] > win {
				lo++
			}
			for hi < len(ps) && s.TimeMS[ps[hi]]-t <= win {
				hi++
			}
			if d := float32(hi-lo-1) / float32(len(ps)-1); d > density[e] {
				density[e] = d
			}
		}
	}
	return snapshot.Index{Start: start, Items: items}, counts, density
}
