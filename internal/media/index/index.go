// Package index finds every stored 256-bit hash (PDQ) within a Hamming
// radius of a query, fast enough for banks of millions of hashes.
//
// It implements multi-index hashing (Norouzi, Punjani and Fleet, "Fast
// Search in Hamming Space with Multi-Index Hashing", CVPR 2012; the
// structure of upstream PDQ's mih.h): each hash is cut into 16 substrings
// of 16 bits and every substring is indexed in its own table. If two hashes
// are within distance r, by the pigeonhole principle at least one of their
// 16 substrings differs in at most ⌊r/16⌋ bits, so probing each table with
// the query's substring and its neighbours within ⌊r/16⌋ bits finds every
// true match; each candidate is then checked with the full distance. The
// results are therefore exact — identical to a linear scan — not
// approximate. At the PDQ match radius 31 a query probes 16 × 17 buckets.
//
// A candidate's check would cost a cache miss into the hash array, and at
// a million hashes there are thousands of candidates per query, so each
// table entry also carries 96 other bits of its hash: their distance is a
// lower bound on the full distance and rejects almost every non-match
// while reading the bucket sequentially. Memory is therefore about 290
// bytes per hash (16 tables × 16-byte entries + the hash itself): 290 MB
// per million.
package index

import (
	"math/bits"
	"slices"
	"sync/atomic"

	"github.com/marsad-project/marsad/internal/media/pdq"
)

const (
	numTables = 16
	chunkBits = 16
	buckets   = 1 << chunkBits
	// maxProbeRadius bounds the per-table probe radius; wider searches
	// (r >= 16·(maxProbeRadius+1)) fall back to a linear scan, where the
	// index would visit most of the data anyway.
	maxProbeRadius = 3
)

// Result is one stored hash within the radius: its id (the order in which
// it was added, from 0) and its distance from the query.
type Result struct {
	ID       int
	Distance int
}

// Index holds hashes for radius queries. Build it with New or Add; queries
// may run concurrently with each other but not with Add.
type Index struct {
	hashes []pdq.Hash
	built  int // hashes[:built] are in the tables; the rest are scanned
	// For table t, the entries whose substring t equals v are
	// entries[t][start[t][v]:start[t][v+1]] (compressed sparse rows).
	start   [numTables][]uint32
	entries [numTables][]entry
	sink    atomic.Uint32 // keeps the prefetching loads from being optimised away
}

// entry is one hash in one table: its id and a 96-bit sketch, the word
// after the table's own word and the high half of the word after that.
type entry struct {
	id uint32
	b  uint32
	a  uint64
}

func sketch(h *pdq.Hash, t int) (a uint64, b uint32) {
	w := t / 4
	return h[(w+1)%4], uint32(h[(w+2)%4] >> 32)
}

// New indexes hashes; their ids are their positions in the slice.
func New(hashes []pdq.Hash) *Index {
	x := &Index{hashes: slices.Clone(hashes)}
	x.rebuild()
	return x
}

// Len is the number of hashes held.
func (x *Index) Len() int { return len(x.hashes) }

// Hash returns the hash with the given id.
func (x *Index) Hash(id int) pdq.Hash { return x.hashes[id] }

// Add appends h and returns its id. Recent additions are scanned linearly
// until they exceed 1/32 of the index (and 1024), when the tables are
// rebuilt: a query then checks at most that many extra hashes, and n Adds
// cost O(n) table work each 32·n/N of them. Build with New when all
// hashes are known up front.
func (x *Index) Add(h pdq.Hash) int {
	x.hashes = append(x.hashes, h)
	if pending := len(x.hashes) - x.built; pending > 1024 && pending > x.built/32 {
		x.rebuild()
	}
	return len(x.hashes) - 1
}

// chunk returns substring t (bits 16t..16t+15 of the hash as printed).
func chunk(h *pdq.Hash, t int) uint16 {
	return uint16(h[t/4] >> (48 - 16*uint(t%4)))
}

func (x *Index) rebuild() {
	n := len(x.hashes)
	for t := 0; t < numTables; t++ {
		start := make([]uint32, buckets+1)
		for i := range x.hashes {
			start[int(chunk(&x.hashes[i], t))+1]++
		}
		for v := 1; v <= buckets; v++ {
			start[v] += start[v-1]
		}
		es := make([]entry, n)
		fill := slices.Clone(start[:buckets])
		for i := range x.hashes {
			c := chunk(&x.hashes[i], t)
			a, b := sketch(&x.hashes[i], t)
			es[fill[c]] = entry{id: uint32(i), a: a, b: b}
			fill[c]++
		}
		x.start[t], x.entries[t] = start, es
	}
	x.built = n
}

// Query returns every stored hash within Hamming distance radius of q,
// ordered by distance then id. A negative radius returns nothing.
func (x *Index) Query(q pdq.Hash, radius int) []Result {
	if radius < 0 {
		return nil
	}
	sub := radius / numTables
	if sub > maxProbeRadius || x.built == 0 {
		return LinearScan(x.hashes, q, radius)
	}
	// The cost is memory latency: each probed bucket lives at a random
	// place in a large table. So the query first collects every bucket's
	// bounds, then touches one word per cache line of every bucket — these
	// loads are independent, so the processor overlaps their misses — and
	// only then scans the buckets, now in cache. Candidates whose sketch
	// distance alone exceeds the radius are dropped during the scan; the
	// rest are checked in full.
	type span struct {
		t      int
		lo, hi uint32
	}
	spans := make([]span, 0, numTables*17)
	for t := 0; t < numTables; t++ {
		start := x.start[t]
		forEachWithin(chunk(&q, t), sub, func(v uint16) {
			if lo, hi := start[v], start[int(v)+1]; lo < hi {
				spans = append(spans, span{t, lo, hi})
			}
		})
	}
	var sink uint32
	for _, s := range spans {
		es := x.entries[s.t]
		for i := s.lo; i < s.hi; i += 4 {
			sink += es[i].id
		}
	}
	x.sink.Add(sink)
	cand := make([]uint32, 0, 256)
	for _, s := range spans {
		qa, qb := sketch(&q, s.t)
		for _, e := range x.entries[s.t][s.lo:s.hi] {
			if bits.OnesCount64(qa^e.a)+bits.OnesCount32(qb^e.b) <= radius {
				cand = append(cand, e.id)
			}
		}
	}
	for id := x.built; id < len(x.hashes); id++ {
		cand = append(cand, uint32(id))
	}
	var out []Result
	hs := x.hashes
	for _, id := range cand {
		h := &hs[id]
		d := bits.OnesCount64(q[0]^h[0]) + bits.OnesCount64(q[1]^h[1]) +
			bits.OnesCount64(q[2]^h[2]) + bits.OnesCount64(q[3]^h[3])
		if d <= radius {
			out = append(out, Result{int(id), d})
		}
	}
	// A match turns up in several tables; keep one of each.
	slices.SortFunc(out, func(a, b Result) int { return a.ID - b.ID })
	out = slices.CompactFunc(out, func(a, b Result) bool { return a.ID == b.ID })
	sortResults(out)
	return out
}

// forEachWithin calls fn for every 16-bit value within Hamming distance r
// of c (r <= 3), each exactly once.
func forEachWithin(c uint16, r int, fn func(uint16)) {
	fn(c)
	if r < 1 {
		return
	}
	for i := 0; i < chunkBits; i++ {
		ci := c ^ 1<<i
		fn(ci)
		if r < 2 {
			continue
		}
		for j := i + 1; j < chunkBits; j++ {
			cj := ci ^ 1<<j
			fn(cj)
			if r < 3 {
				continue
			}
			for k := j + 1; k < chunkBits; k++ {
				fn(cj ^ 1<<k)
			}
		}
	}
}

// LinearScan is the reference search: it compares q with every hash. The
// index must return exactly its results.
func LinearScan(hashes []pdq.Hash, q pdq.Hash, radius int) []Result {
	var out []Result
	for i := range hashes {
		h := &hashes[i]
		d := bits.OnesCount64(q[0]^h[0]) + bits.OnesCount64(q[1]^h[1]) +
			bits.OnesCount64(q[2]^h[2]) + bits.OnesCount64(q[3]^h[3])
		if d <= radius {
			out = append(out, Result{i, d})
		}
	}
	sortResults(out)
	return out
}

func sortResults(rs []Result) {
	slices.SortFunc(rs, func(a, b Result) int {
		if a.Distance != b.Distance {
			return a.Distance - b.Distance
		}
		return a.ID - b.ID
	})
}
