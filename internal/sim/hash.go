package sim

import (
	"encoding/hex"
)

// pdq is a 256-bit PDQ-like perceptual hash. The simulator never renders
// images: it invents hashes and derives near-duplicates by flipping bits, the
// way re-encoded, cropped or filtered copies of one image hash in practice.
type pdq [32]byte

func (r *rng) newPDQ() pdq {
	var h pdq
	for i := range h {
		h[i] = byte(r.IntN(256))
	}
	return h
}

// near returns h with k distinct random bits flipped (k ≤ 256).
func (h pdq) near(r *rng, k int) pdq {
	for _, bit := range r.sample(256, k) {
		h[bit/8] ^= 1 << (bit % 8)
	}
	return h
}

func (h pdq) String() string { return hex.EncodeToString(h[:]) }

// hamming returns the number of differing bits.
func hamming(a, b pdq) int {
	n := 0
	for i := range a {
		x := a[i] ^ b[i]
		for x != 0 {
			x &= x - 1
			n++
		}
	}
	return n
}
