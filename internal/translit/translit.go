// Package translit builds transliteration-insensitive keys for names and
// handles, so that "Abu Omar", "abu_0mar", "ابو عمر" and "أبو عُمَر" compare
// equal. A returned account often re-spells its old name in the other
// script or with leet digits; exact comparison would miss it.
//
// The key is a consonant skeleton: letters are folded to a shared Latin
// consonant class (خ and "kh" → k, ش and "sh" → s, ق and "q" → k, …), vowels,
// semi-vowels (و/w/u/o, ي/y/i/e), ع, ء and hamza carriers are dropped, and
// doubled consonants collapse. It is deliberately coarse: it is a blocking
// and similarity key, never proof on its own.
package translit

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// arabicClass maps Arabic letters (after diacritics are removed) to their
// consonant class; letters mapped to 0 are dropped.
var arabicClass = map[rune]rune{
	'ا': 0, 'أ': 0, 'إ': 0, 'آ': 0, 'ٱ': 0, 'ء': 0, 'ؤ': 0, 'ئ': 0, 'ع': 0,
	'و': 0, 'ي': 0, 'ى': 0,
	'ب': 'b', 'پ': 'b', 'ت': 't', 'ث': 't', 'ط': 't', 'ة': 'h', 'ه': 'h', 'ح': 'h',
	'ج': 'j', 'چ': 'j', 'خ': 'k', 'ك': 'k', 'ق': 'k', 'گ': 'j', 'ک': 'k',
	'د': 'd', 'ذ': 'd', 'ض': 'd', 'ر': 'r', 'ز': 'z', 'ظ': 'z',
	'س': 's', 'ش': 's', 'ص': 's', 'غ': 'g', 'ف': 'f', 'ڤ': 'f',
	'ل': 'l', 'م': 'm', 'ن': 'n', 'ی': 0,
}

// latinClass maps Latin letters to their class; letters absent are dropped.
var latinClass = map[rune]rune{
	'b': 'b', 'p': 'b', 't': 't', 'h': 'h', 'j': 'j', 'k': 'k', 'q': 'k',
	'c': 'k', 'x': 'k', 'g': 'g', 'd': 'd', 'r': 'r', 'z': 'z', 's': 's',
	'f': 'f', 'v': 'f', 'l': 'l', 'm': 'm', 'n': 'n',
}

// digraphs fold two-letter Latin spellings of single Arabic consonants.
var digraphs = map[string]rune{
	"kh": 'k', "sh": 's', "th": 't', "dh": 'd', "gh": 'g', "ph": 'f', "ch": 's',
}

// Key returns the consonant skeleton of s. Digits and punctuation are
// dropped (use Fold first to read leet digits as letters).
func Key(s string) string {
	s = strings.ToLower(norm.NFD.String(s))
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) || r == 'ـ' {
			continue // diacritics, harakat, tatweel
		}
		rs = append(rs, r)
	}
	var b strings.Builder
	var last rune
	emit := func(c rune) {
		if c != 0 && c != last {
			b.WriteRune(c)
		}
		last = c
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if c, ok := arabicClass[r]; ok {
			if c != 0 {
				emit(c)
			}
			continue
		}
		if r < 128 && unicode.IsLetter(r) {
			if i+1 < len(rs) {
				if c, ok := digraphs[string([]rune{r, rs[i+1]})]; ok {
					emit(c)
					i++
					continue
				}
			}
			if c, ok := latinClass[r]; ok {
				emit(c)
			}
			continue
		}
		if unicode.IsLetter(r) {
			emit(r) // other scripts: keep as is
		}
		// digits, spaces, punctuation: separators, dropped; they do not
		// break a doubled consonant on purpose ("abu__bakr" = "abubakr").
	}
	return b.String()
}

// leet maps digits and symbols commonly substituted for Latin letters.
var leet = map[rune]rune{
	'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b',
	'9': 'g', '$': 's', '@': 'a', '!': 'i', '|': 'l',
}

// Fold lower-cases a handle and replaces lone leet digits inside a word by
// the letters they stand for ("ab0_0mar" → "abo_omar"); multi-digit runs
// are numbers and stay. Digits at the end of the
// handle are kept: they are the usual "returned account" suffix and Strip
// removes them.
func Fold(handle string) string {
	rs := []rune(strings.ToLower(handle))
	end := len(rs)
	for end > 0 && (unicode.IsDigit(rs[end-1]) || rs[end-1] == '_') {
		end--
	}
	for i := 0; i < end; i++ {
		c, ok := leet[rs[i]]
		if !ok {
			continue
		}
		// Only a lone symbol touching a letter is leet ("ab0mar"); a run of
		// two or more digits is a number ("amina811_ukht").
		prevLetter := i > 0 && unicode.IsLetter(rs[i-1])
		nextLetter := i+1 < end && unicode.IsLetter(rs[i+1])
		prevDigit := i > 0 && unicode.IsDigit(rs[i-1])
		nextDigit := i+1 < len(rs) && unicode.IsDigit(rs[i+1])
		if (prevLetter || nextLetter) && !(unicode.IsDigit(rs[i]) && (prevDigit || nextDigit)) {
			rs[i] = c
		}
	}
	return string(rs)
}

// Strip removes digits, underscores, dots and hyphens from a folded
// handle: "abu_omar_22" → "abuomar". Two handles with the same Strip form
// differ only in the decorations returned accounts add.
func Strip(handle string) string {
	var b strings.Builder
	for _, r := range handle {
		if unicode.IsDigit(r) || r == '_' || r == '.' || r == '-' {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Parts splits a handle into its word parts at underscores, dots, hyphens,
// digit runs and lower→upper case changes ("AbuOmar_Iraq" → abu, omar,
// iraq), lower-cased. A returned account sometimes swaps the parts.
func Parts(handle string) []string {
	var parts []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			parts = append(parts, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	var prev rune
	for _, r := range handle {
		switch {
		case r == '_' || r == '.' || r == '-' || unicode.IsSpace(r) || unicode.IsDigit(r):
			flush()
		case unicode.IsUpper(r) && unicode.IsLower(prev):
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
		prev = r
	}
	flush()
	return parts
}
