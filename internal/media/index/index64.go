package index

import (
	"math/bits"
	"slices"
)

// Index64 finds stored 64-bit hashes (pHash, dHash) within a Hamming
// radius, by the same multi-index scheme as Index with four 16-bit
// substrings. It uses the generalised pigeonhole bound (if the substring
// radii τ₁..τ₄ satisfy Σ(τᵢ+1) > r, some substring is within its τᵢ), so
// radius 8 probes 137+3·17 buckets instead of 4·137. Results are exact.
// Buckets are maps, so Add is cheap; it suits the thousands to millions of
// pHashes in a collection.
type Index64 struct {
	hashes []uint64
	tables [4]map[uint16][]uint32
}

// NewIndex64 indexes hashes; their ids are their positions.
func NewIndex64(hashes []uint64) *Index64 {
	x := &Index64{}
	for t := range x.tables {
		x.tables[t] = map[uint16][]uint32{}
	}
	for _, h := range hashes {
		x.Add(h)
	}
	return x
}

// Len is the number of hashes held.
func (x *Index64) Len() int { return len(x.hashes) }

// Add appends h and returns its id.
func (x *Index64) Add(h uint64) int {
	id := uint32(len(x.hashes))
	x.hashes = append(x.hashes, h)
	for t := 0; t < 4; t++ {
		c := uint16(h >> (48 - 16*uint(t)))
		x.tables[t][c] = append(x.tables[t][c], id)
	}
	return int(id)
}

// Query returns every stored hash within radius of q, ordered by distance
// then id.
func (x *Index64) Query(q uint64, radius int) []Result {
	if radius < 0 {
		return nil
	}
	// Radii τ with Σ(τ+1) = radius+1: spread as evenly as possible.
	var tau [4]int
	need := radius + 1 - 4
	for t := 0; need > 0; t = (t + 1) % 4 {
		tau[t]++
		need--
	}
	if slices.Max(tau[:]) > maxProbeRadius {
		return linear64(x.hashes, q, radius)
	}
	var out []Result
	for t := 0; t < 4; t++ {
		if tau[t] < 0 {
			continue
		}
		forEachWithin(uint16(q>>(48-16*uint(t))), tau[t], func(v uint16) {
			for _, id := range x.tables[t][v] {
				if d := bits.OnesCount64(q ^ x.hashes[id]); d <= radius {
					out = append(out, Result{int(id), d})
				}
			}
		})
	}
	slices.SortFunc(out, func(a, b Result) int { return a.ID - b.ID })
	out = slices.CompactFunc(out, func(a, b Result) bool { return a.ID == b.ID })
	sortResults(out)
	return out
}

// linear64 is the reference search for 64-bit hashes.
func linear64(hashes []uint64, q uint64, radius int) []Result {
	var out []Result
	for i, h := range hashes {
		if d := bits.OnesCount64(q ^ h); d <= radius {
			out = append(out, Result{i, d})
		}
	}
	sortResults(out)
	return out
}

// LinearScan64 compares q with every hash; Index64 returns exactly its
// results.
func LinearScan64(hashes []uint64, q uint64, radius int) []Result {
	return linear64(hashes, q, radius)
}
