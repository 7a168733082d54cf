package snapshot

import (
	"strings"
	"unicode"

	"github.com/marsad-project/marsad/internal/arabic"
	"github.com/marsad-project/marsad/internal/textsim"
)

// NormalizeText is the text normalisation behind TextKey and TextHash: two
// posts with the same normalised text count as "the same text" for every
// analysis. It is arabic.Normalize (case, diacritics, tatweel, alef/hamza
// forms, ى/ي, ة/ه, digits, invisible characters, letter runs of three or
// more, leetspeak) followed by dropping links and @mentions (so mention
// order and link shorteners do not matter), emoji, symbols and punctuation.
func NormalizeText(s string) string {
	// arabic.Normalize does the orthographic folding and turns links and
	// mentions into placeholders; dropNoise removes those and every rune
	// that is not a letter or digit. A second round re-folds words that the
	// removal joined (k.1ll → k1ll → kill), so the result is stable.
	t, joined := dropNoise(arabic.Normalize(s))
	if !joined {
		return t
	}
	t, _ = dropNoise(arabic.Normalize(t))
	return t
}

// dropNoise removes link and mention placeholders and every rune that is
// not a letter, digit or space, and collapses white space. joined reports
// whether a removal joined two parts of a word (which may need re-folding).
func dropNoise(s string) (out string, joined bool) {
	var b strings.Builder
	b.Grow(len(s))
	for _, f := range strings.Fields(s) {
		if f == arabic.URLToken || f == arabic.MentionToken {
			continue
		}
		start := b.Len()
		if start > 0 {
			b.WriteByte(' ')
		}
		wrote, gap := false, false
		for _, r := range f {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(r)
				joined = joined || gap
				wrote, gap = true, false
			} else if wrote {
				gap = true
			}
		}
		if !wrote {
			// nothing kept: undo the separator
			t := b.String()[:start]
			b.Reset()
			b.WriteString(t)
		}
	}
	return b.String(), joined
}

// TextHash returns the 64-bit FNV-1a hash of NormalizeText(s), or 0 when
// the normalised text is empty. It is stable across runs.
func TextHash(s string) uint64 { return hashNormalized(NormalizeText(s)) }

// hashNormalized is TextHash of an already normalised text.
func hashNormalized(n string) uint64 {
	if n == "" {
		return 0
	}
	h := textsim.HashString(n)
	if h == 0 {
		h = 1
	}
	return h
}
