package pdq

import (
	"encoding/hex"
	"fmt"
	"math/bits"
	"strings"
)

// Hash is a 256-bit PDQ hash. It is the 256-bit integer whose bit k is PDQ
// output bit k (DCT coefficient row k/16, column k%16), stored as four
// big-endian 64-bit words so that String prints the 64 lowercase hex
// characters every upstream implementation prints (C++ Hash256::format,
// Java/Python toHexString).
type Hash [4]uint64

// HexLen is the length of a PDQ hash in hex characters.
const HexLen = 64

// ParseHash reads 64 hex characters (either case, surrounding space
// ignored). Anything else is an error naming the input.
func ParseHash(s string) (Hash, error) {
	var h Hash
	s = strings.TrimSpace(s)
	if len(s) != HexLen {
		return h, fmt.Errorf("pdq hash %q: want %d hex characters, got %d", abbreviate(s), HexLen, len(s))
	}
	var b [32]byte
	if _, err := hex.Decode(b[:], []byte(s)); err != nil {
		return h, fmt.Errorf("pdq hash %q: %w", abbreviate(s), err)
	}
	for w := 0; w < 4; w++ {
		var v uint64
		for i := 0; i < 8; i++ {
			v = v<<8 | uint64(b[w*8+i])
		}
		h[w] = v
	}
	return h, nil
}

// MustParseHash is ParseHash for constants in tests and examples; it panics
// on malformed input.
func MustParseHash(s string) Hash {
	h, err := ParseHash(s)
	if err != nil {
		panic(err)
	}
	return h
}

// String returns the 64 lowercase hex characters of h.
func (h Hash) String() string {
	return fmt.Sprintf("%016x%016x%016x%016x", h[0], h[1], h[2], h[3])
}

// Bit reports PDQ output bit k (0..255): whether DCT coefficient (k/16,
// k%16) is above the median.
func (h Hash) Bit(k int) bool {
	return h[3-k/64]>>(uint(k)%64)&1 == 1
}

// setBit sets PDQ output bit k.
func (h *Hash) setBit(k int) {
	h[3-k/64] |= 1 << (uint(k) % 64)
}

// IsZero reports whether every bit is clear: the hash of an image too small
// to hash (upstream returns the zero hash with quality 0).
func (h Hash) IsZero() bool { return h == Hash{} }

// Distance is the Hamming distance between a and b (0..256). Upstream
// treats distance <= 31 as a match.
func Distance(a, b Hash) int {
	return bits.OnesCount64(a[0]^b[0]) + bits.OnesCount64(a[1]^b[1]) +
		bits.OnesCount64(a[2]^b[2]) + bits.OnesCount64(a[3]^b[3])
}

// MatchThreshold is upstream's recommended match distance: hashes at
// Hamming distance <= 31 are the same picture.
const MatchThreshold = 31

// MinQuality is upstream's recommended quality floor: hashes with quality
// below 50 describe near-featureless images and match too easily.
const MinQuality = 50

func abbreviate(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}
