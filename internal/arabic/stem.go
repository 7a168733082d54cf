package arabic

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Light stemming. Arabic attaches conjunctions, prepositions, the article,
// the future and dialect present/future particles and the imperfect person
// prefix at the front of a word, and number/person endings and object
// pronouns at its end: سنقتلك = س (will) + ن (we) + قتل + ك (you);
// واقتلوهم = و + ا + قتل + و + هم. Stems strips every combination of those
// affix slots that leaves at least three letters, so that a lexicon entry
// written as the bare form (قتل) matches the inflected ones. It does not
// undo internal (broken-plural or pattern) morphology; lexicons list those
// forms separately.

// Affix slots, outermost first: a word is [conj][particle][inner] stem
// [inflection][pronoun], each slot optional.
var (
	prefixConj     = []string{"و", "ف"}
	prefixParticle = []string{"س", "ل", "لل", "ب", "ك", "ح", "ه", "م", "ع"}
	prefixInner    = []string{"ال", "ا", "ن", "ي", "ت"}
	suffixPronoun  = []string{"ه", "ها", "هم", "هن", "هما", "ك", "كم", "كن", "كما", "ني", "نا", "ي", "و"}
	suffixInflect  = []string{"ون", "ين", "ان", "ات", "وا", "و", "ي", "ت", "تم", "تن", "نا", "ه", "ا", "يه", "يا"}
	englishSuffix  = []string{"ings", "ing", "in", "ers", "er", "ed", "es", "s", "d", "ly"}
)

// minStemRunes is the shortest stem Stems returns besides the word itself:
// Arabic roots have three consonants, and shorter remnants match too much.
const minStemRunes = 3

// stripPrefixes appends to out every remainder of w after an optional item
// of each prefix slot from slot on, keeping at least minStemRunes letters.
func stripPrefixes(w string, out []string) []string {
	out = append(out, w)
	for _, c := range prefixConj {
		if rest, ok := cut(w, c, true); ok {
			out = stripParticle(rest, out)
		}
	}
	return stripParticle(w, out)
}

func stripParticle(w string, out []string) []string {
	if len(out) == 0 || out[len(out)-1] != w {
		out = append(out, w)
	}
	for _, p := range prefixParticle {
		if rest, ok := cut(w, p, true); ok {
			out = stripInner(rest, out)
		}
	}
	return stripInner(w, out)
}

func stripInner(w string, out []string) []string {
	if out[len(out)-1] != w {
		out = append(out, w)
	}
	for _, p := range prefixInner {
		if rest, ok := cut(w, p, true); ok {
			out = append(out, rest)
		}
	}
	return out
}

// stripSuffixes appends every remainder of w after an optional pronoun and
// an optional inflection ending.
func stripSuffixes(w string, out []string) []string {
	out = stripInflect(w, out)
	for _, p := range suffixPronoun {
		if rest, ok := cut(w, p, false); ok {
			out = stripInflect(rest, out)
		}
	}
	return out
}

func stripInflect(w string, out []string) []string {
	out = append(out, w)
	for _, s := range suffixInflect {
		if rest, ok := cut(w, s, false); ok {
			out = append(out, rest)
		}
	}
	return out
}

// cut removes affix a from the front (or back) of w if what remains keeps
// at least minStemRunes letters.
func cut(w, a string, front bool) (string, bool) {
	if front {
		if !strings.HasPrefix(w, a) {
			return "", false
		}
		w = w[len(a):]
	} else {
		if !strings.HasSuffix(w, a) {
			return "", false
		}
		w = w[:len(w)-len(a)]
	}
	return w, runes(w) >= minStemRunes
}

// Stems returns the candidate stems of a normalised token, the token itself
// first. For Arabic tokens they are every remainder of stripping a known
// prefix combination and a known suffix combination that keeps at least
// three letters; for Latin tokens the token and its forms without common
// English endings (killing → kill, killed → kill, shoots → shoot, with a
// trailing e restored: raping → rape), all with doubled letters squeezed
// (kill → kil) so that elongation never matters. The result may contain
// duplicates; it is meant for set lookups.
//
// The result is cached per token (up to stemCacheMax distinct tokens, which
// covers the bulk of a Zipfian vocabulary) and shared: callers must not
// modify it.
func Stems(tok string) []string {
	if tok == "" {
		return nil
	}
	if v, ok := stemCache.Load(tok); ok {
		return v.([]string)
	}
	st := computeStems(tok)
	if stemCacheSize.Load() < stemCacheMax {
		if _, loaded := stemCache.LoadOrStore(strings.Clone(tok), st); !loaded {
			stemCacheSize.Add(1)
		}
	}
	return st
}

// stemCacheMax bounds the stem cache (about 100 bytes per entry).
const stemCacheMax = 200_000

var (
	stemCache     sync.Map // token → []string
	stemCacheSize atomic.Int64
)

func computeStems(tok string) []string {
	if !IsArabic(tok) {
		return englishStems(tok)
	}
	pre := stripPrefixes(tok, make([]string, 0, 8))
	out := make([]string, 0, 4*len(pre))
	for _, w := range dedup(pre) {
		out = stripSuffixes(w, out)
	}
	return dedup(out)
}

// dedup removes repeated strings in place, keeping the first of each.
func dedup(s []string) []string {
	out := s[:0]
	for i, x := range s {
		dup := false
		for _, y := range s[:i] {
			if x == y {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}

// Stem returns one light stem of a normalised token: for Arabic the shortest
// candidate of Stems (ties broken by the earliest), for English the word
// without its ending, squeezed. Use Stems for matching; Stem is for display
// and grouping.
func Stem(tok string) string {
	c := Stems(tok)
	if len(c) == 0 {
		return ""
	}
	best := c[0]
	for _, s := range c[1:] {
		if runes(s) < runes(best) {
			best = s
		}
	}
	return best
}

func englishStems(tok string) []string {
	key := Squeeze(tok)
	out := []string{key}
	for _, suf := range englishSuffix {
		if strings.HasSuffix(tok, suf) && len(tok)-len(suf) >= minStemRunes {
			base := Squeeze(tok[:len(tok)-len(suf)])
			out = append(out, base, base+"e")
		}
	}
	return out
}

// Squeeze collapses every run of a repeated rune to one rune (kill → kil,
// shoot → shot). Lexicon matching compares Latin words squeezed, so that
// elongated spellings (kiiilll) match whatever the number of repeats.
func Squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var prev rune = -1
	for _, r := range s {
		if r != prev {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

func runes(s string) int { return utf8.RuneCountInString(s) }
