package coordination

import (
	"math"
	"sync"
	"unicode/utf8"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// Near-duplicate texts are found with MinHash over character 4-grams of the
// normalised text, using one-permutation hashing (Li, Owen & Zhang 2012:
// one hash per shingle, the minimum kept per bin, empty bins filled from the
// next non-empty bin) so a signature costs O(len(text)) instead of
// O(len(text)·bins), and locality-sensitive hashing (bands of rows) to find
// candidate pairs. Only posts within the window of each other are compared:
// the scan walks posts in time order and keeps the signatures of the last
// Window only, so memory is bounded by the busiest minute.
const (
	sigBins  = 64
	bandRows = 4
	numBands = sigBins / bandRows // a pair with Jaccard J is a candidate with probability 1−(1−J⁴)¹⁶: 0.99 at J=0.7, 0.64 at J=0.5
)

type signature [sigBins]uint32

func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// sign computes the signature of a normalised text; ok is false when the
// text is shorter than minRunes.
func sign(norm string, minRunes int, sig *signature) bool {
	if utf8.RuneCountInString(norm) < minRunes {
		return false
	}
	for i := range sig {
		sig[i] = math.MaxUint32
	}
	var g [4]rune
	n := 0
	for _, r := range norm {
		g[0], g[1], g[2], g[3] = g[1], g[2], g[3], r
		n++
		if n < 4 {
			continue
		}
		h := mix64(uint64(g[0])<<42 ^ uint64(g[1])<<28 ^ uint64(g[2])<<14 ^ uint64(g[3]) ^ uint64(g[0])>>22<<63)
		bin, v := h>>58, uint32(h)
		if v < sig[bin] {
			sig[bin] = v
		}
	}
	// Densify: an empty bin takes the next non-empty bin's value, rehashed
	// with the distance so that two empty bins do not agree by accident.
	var empty uint64
	for i := range sig {
		if sig[i] == math.MaxUint32 {
			empty |= 1 << i
		}
	}
	for i := range sig {
		if empty&(1<<i) == 0 {
			continue
		}
		for d := 1; d < sigBins; d++ {
			if j := (i + d) % sigBins; empty&(1<<j) == 0 {
				sig[i] = uint32(mix64(uint64(sig[j])<<8 | uint64(d)))
				break
			}
		}
	}
	return true
}

func (s *signature) similarity(o *signature) float64 {
	eq := 0
	for i := range s {
		if s[i] == o[i] {
			eq++
		}
	}
	return float64(eq) / sigBins
}

func (s *signature) band(b int) uint64 {
	h := uint64(b) * 0x9e3779b97f4a7c15
	for _, v := range s[b*bandRows : (b+1)*bandRows] {
		h = mix64(h ^ uint64(v))
	}
	return h
}

// nearDuplicates clusters the non-repost posts whose texts are similar and
// that were posted within the window of each other by different accounts.
// It returns cluster → posts (time order) for every post long enough to be
// signed, singletons included: the significance test needs every account's
// full text activity, not only its clustered posts.
func nearDuplicates(s *snapshot.Snapshot, o Options) snapshot.Index {
	n := s.NumPosts()
	win := o.Window.Milliseconds()
	parent := make([]uint32, n)
	for i := range parent {
		parent[i] = uint32(i)
	}
	find := func(x uint32) uint32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	buckets := map[uint64][]uint32{}
	sigs := map[uint32]*signature{}
	var queue []uint32
	var checked []uint32
	signed := make([]bool, n)
	tx := s.Texts()
	const batch = 1 << 14
	for lo := 0; lo < n; lo += batch {
		hi := min(lo+batch, n)
		bs := make([]signature, hi-lo)
		okv := make([]bool, hi-lo)
		var wg sync.WaitGroup
		for w := 0; w < 2; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for p := lo + w; p < hi; p += 2 {
					if s.Kinds[p] != snapshot.KindRepost && tx.Key[p] != snapshot.None {
						okv[p-lo] = sign(tx.Normalized.At(uint32(p)), o.MinNearDupRunes, &bs[p-lo])
					}
				}
			}()
		}
		wg.Wait()
		for p := lo; p < hi; p++ {
			if !okv[p-lo] {
				continue
			}
			signed[p] = true
			t := s.TimeMS[p]
			for len(queue) > 0 && t-s.TimeMS[queue[0]] > win {
				delete(sigs, queue[0])
				queue = queue[1:]
			}
			sig := &bs[p-lo]
			checked = checked[:0]
			for b := 0; b < numBands; b++ {
				key := sig.band(b)
				lst := buckets[key]
				i := 0
				for i < len(lst) && t-s.TimeMS[lst[i]] > win {
					i++
				}
				lst = lst[i:]
				for j := len(lst) - 1; j >= max(0, len(lst)-o.CrowdSize); j-- {
					q := lst[j]
					if s.Author[q] == s.Author[p] || containsU32(checked, q) {
						continue
					}
					checked = append(checked, q)
					if qs := sigs[q]; qs != nil && sig.similarity(qs) >= o.NearDupSimilarity {
						if rp, rq := find(uint32(p)), find(q); rp != rq {
							parent[rp] = rq
						}
					}
				}
				buckets[key] = append(lst, uint32(p))
			}
			sigs[uint32(p)] = sig
			queue = append(queue, uint32(p))
		}
		// Drop buckets whose newest post left the window, to bound memory.
		if len(buckets) > 4*numBands*(len(queue)+batch) {
			for k, lst := range buckets {
				if len(lst) == 0 || s.TimeMS[hi-1]-s.TimeMS[lst[len(lst)-1]] > win {
					delete(buckets, k)
				}
			}
		}
	}
	return clusterIndex(parent, signed, find)
}

func containsU32(s []uint32, v uint32) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// clusterIndex numbers the union-find sets of signed posts in order of
// their first post (deterministic) and lists their posts in time order.
func clusterIndex(parent []uint32, signed []bool, find func(uint32) uint32) snapshot.Index {
	n := len(parent)
	size := make([]uint32, n)
	for p := 0; p < n; p++ {
		if signed[p] {
			size[find(uint32(p))]++
		}
	}
	id := make([]uint32, n)
	for i := range id {
		id[i] = snapshot.None
	}
	start := []uint32{0}
	for p := 0; p < n; p++ {
		if !signed[p] {
			continue
		}
		if r := find(uint32(p)); id[r] == snapshot.None {
			id[r] = uint32(len(start) - 1)
			start = append(start, start[len(start)-1]+size[r])
		}
	}
	items := make([]uint32, start[len(start)-1])
	fill := append([]uint32(nil), start[:len(start)-1]...)
	for p := 0; p < n; p++ {
		if signed[p] {
			c := id[find(uint32(p))]
			items[fill[c]] = uint32(p)
			fill[c]++
		}
	}
	return snapshot.Index{Start: start, Items: items}
}
