package textsim

import "math"

// MinHashSize is the number of hash functions in a MinHash signature; the
// standard error of the Jaccard estimate is about 1/sqrt(MinHashSize).
const MinHashSize = 32

// MinHash is a MinHash signature (Broder 1997): for each of MinHashSize
// hash functions, the least hash over the set's elements. The fraction of
// equal positions in two signatures estimates the Jaccard similarity of
// the sets.
type MinHash [MinHashSize]uint32

// NewMinHash returns an empty signature (all positions at the maximum).
func NewMinHash() MinHash {
	var m MinHash
	for i := range m {
		m[i] = math.MaxUint32
	}
	return m
}

// AddString adds one element, given as a string. The hash is FNV-1a, fixed
// across runs, so signatures (and the candidates they block) are
// reproducible.
func (m *MinHash) AddString(s string) {
	m.AddHash(HashString(s))
}

// HashString is 64-bit FNV-1a of s.
func HashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// AddHash adds one element given by a 64-bit hash of it. The MinHashSize
// hash functions are derived as h_i = a_i·x + b_i (mod 2^32) over the mixed
// 64-bit hash, which is enough for estimation.
func (m *MinHash) AddHash(x uint64) {
	x ^= x >> 31
	x *= 0x9e3779b97f4a7c15
	lo, hi := uint32(x), uint32(x>>32)
	for i := range m {
		v := lo + uint32(i)*hi + uint32(i*i)*0x27d4eb2d
		v ^= v >> 15
		v *= 0x2c1b3c6d
		v ^= v >> 12
		if v < m[i] {
			m[i] = v
		}
	}
}

// Empty reports whether no element was added.
func (m *MinHash) Empty() bool { return m[0] == math.MaxUint32 && m[1] == math.MaxUint32 }

// Jaccard estimates the Jaccard similarity of the two sets; 0 when either
// is empty.
func (m *MinHash) Jaccard(o *MinHash) float64 {
	if m.Empty() || o.Empty() {
		return 0
	}
	eq := 0
	for i := range m {
		if m[i] == o[i] {
			eq++
		}
	}
	return float64(eq) / MinHashSize
}

// Band returns a 64-bit key for band b of r rows (positions b·r … b·r+r−1),
// used for locality-sensitive hashing: two sets with Jaccard J share a band
// with probability 1−(1−J^r)^(MinHashSize/r).
func (m *MinHash) Band(b, r int) uint64 {
	h := uint64(14695981039346656037) ^ uint64(b)
	for _, v := range m[b*r : b*r+r] {
		h ^= uint64(v)
		h *= 1099511628211
	}
	return h
}
