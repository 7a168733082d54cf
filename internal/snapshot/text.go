package snapshot

import (
	"strings"
	"unicode"

	"github.com/marsad-project/marsad/internal/textsim"
)

// NormalizeText is the text normalisation behind TextKey and TextHash: two
// posts with the same normalised text count as "the same text" for every
// analysis. It folds case, drops URLs and @mentions (so mention order and
// link shorteners do not matter), Arabic diacritics and tatweel, unifies
// alef/hamza forms, ى/ي and ة/ه, collapses runs of a repeated letter, drops
// emoji, symbols and punctuation, and collapses whitespace.
//
// TODO(arabic): switch to arabic.Normalize once internal/arabic lands; this
// local version covers the same rules so keys stay comparable.
func NormalizeText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	space := true // suppress leading space
	for _, f := range strings.Fields(s) {
		if isLinkOrMention(f) {
			continue
		}
		wrote := false
		for _, r := range f {
			r = foldRune(r)
			if r == 0 {
				continue
			}
			if r == prev && unicode.IsLetter(r) {
				continue // letter repetition: "جدااااا" == "جدا"
			}
			if !space && !wrote {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			prev, wrote = r, true
		}
		if wrote {
			space = false
			prev = ' '
		}
	}
	return b.String()
}

// TextHash returns the 64-bit FNV-1a hash of NormalizeText(s), or 0 when
// the normalised text is empty. It is stable across runs.
func TextHash(s string) uint64 {
	n := NormalizeText(s)
	if n == "" {
		return 0
	}
	h := textsim.HashString(n)
	if h == 0 {
		h = 1
	}
	return h
}

func isLinkOrMention(f string) bool {
	if strings.HasPrefix(f, "@") && len(f) > 1 {
		return true
	}
	l := strings.ToLower(f)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "www.")
}

// foldRune maps one rune to its normal form, or 0 to drop it.
func foldRune(r rune) rune {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640: // harakat, superscript alef, tatweel
		return 0
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا'
	case r == 'ى':
		return 'ي'
	case r == 'ة':
		return 'ه'
	case r == 'ؤ':
		return 'و'
	case r == 'ئ':
		return 'ي'
	case r >= '٠' && r <= '٩':
		return '0' + (r - '٠')
	case r >= '۰' && r <= '۹':
		return '0' + (r - '۰')
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return unicode.ToLower(r)
	case r == '#':
		return 0
	}
	return 0 // punctuation, symbols, emoji, marks, variation selectors
}
