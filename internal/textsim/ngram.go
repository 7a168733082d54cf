package textsim

import (
	"math"
	"unicode"
)

// ProfileDims is the number of hashed buckets in a Profile. 256 buckets of
// uint16 keep a profile at 512 bytes, so 100k accounts cost ~50 MB; the
// collisions this causes lower the contrast of the cosine but keep its order.
const ProfileDims = 256

// Profile is a hashed character n-gram count vector of a text collection
// (the "stylometric fingerprint" of an account): letters are lower-cased,
// runs of other characters become one space, and counts saturate at 65535.
type Profile [ProfileDims]uint16

// Add counts the character trigrams of text into p.
func (p *Profile) Add(text string) {
	var w [3]rune
	n := 0
	prevSpace := true
	push := func(r rune) {
		w[0], w[1], w[2] = w[1], w[2], r
		n++
		if n >= 3 {
			h := fnvRunes(w[:])
			if p[h%ProfileDims] < math.MaxUint16 {
				p[h%ProfileDims]++
			}
		}
	}
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			push(unicode.ToLower(r))
			prevSpace = false
		} else if !prevSpace {
			push(' ')
			prevSpace = true
		}
	}
}

// Empty reports whether nothing was added.
func (p *Profile) Empty() bool {
	for _, c := range p {
		if c != 0 {
			return false
		}
	}
	return true
}

// Cosine returns the cosine similarity of two profiles; 0 when either is empty.
func (p *Profile) Cosine(q *Profile) float64 {
	var dot, na, nb float64
	for i := range p {
		a, b := float64(p[i]), float64(q[i])
		dot += a * b
		na += a * a
		nb += b * b
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// NGramCosine returns the cosine similarity of the exact character trigram
// count vectors of a and b (no hashing), for short strings such as bios.
func NGramCosine(a, b string) float64 {
	ca, cb := trigramCounts(a), trigramCounts(b)
	var dot, na, nb float64
	for g, x := range ca {
		na += float64(x * x)
		if y, ok := cb[g]; ok {
			dot += float64(x * y)
		}
	}
	for _, y := range cb {
		nb += float64(y * y)
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

func trigramCounts(s string) map[[3]rune]int {
	out := map[[3]rune]int{}
	var w [3]rune
	n := 0
	for _, r := range " " + s + " " {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			r = ' '
		}
		r = unicode.ToLower(r)
		if r == ' ' && n > 0 && w[2] == ' ' {
			continue
		}
		w[0], w[1], w[2] = w[1], w[2], r
		n++
		if n >= 3 {
			out[w]++
		}
	}
	return out
}

// fnvRunes is FNV-1a over the runes' code points.
func fnvRunes(rs []rune) uint32 {
	h := uint32(2166136261)
	for _, r := range rs {
		for v := uint32(r); ; v >>= 8 {
			h ^= v & 0xff
			h *= 16777619
			if v < 256 {
				break
			}
		}
	}
	return h
}
