package arabic

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Entry is one lexicon pattern. Pattern is a word or phrase written in any
// spelling (it is normalised like the text). By default each word matches
// its inflected forms (see Stems), so write the bare form: قتل matches
// سنقتلك and اقتلوه, "kill" matches "killing" and "k1lled". Prefix a word
// with '=' to require the exact normalised word (for short words that
// stemming would over-match); a pattern starting with "= " or "=" makes
// every word of the phrase exact. A word "*" matches any one token.
type Entry struct {
	Label   string  // category reported with each match, e.g. "cta.verb"
	Pattern string  // word or phrase
	Weight  float64 // optional, for callers that score matches
}

// Match is one occurrence of a lexicon entry in a token slice.
type Match struct {
	Label   string
	Pattern string // the entry's pattern as written
	Weight  float64
	Start   int // index of the first matched token
	End     int // index after the last matched token
}

// Lexicon is a compiled, immutable set of entries, safe for concurrent use.
// Matching costs one candidate-stem computation per token plus a map lookup
// per candidate, independent of the lexicon's size.
type Lexicon struct {
	entries []compiledEntry
	first   map[string][]int // key of an entry's first word → entry indexes
	wild    []int            // entries whose first word is "*"
}

type compiledEntry struct {
	Entry
	words []patternWord
}

type patternWord struct {
	key   string // normalised (and, for Latin, squeezed) form
	exact bool
	wild  bool
}

// Compile normalises and indexes entries. It fails on an entry whose pattern
// has no word after normalisation.
func Compile(entries []Entry) (*Lexicon, error) {
	l := &Lexicon{first: map[string][]int{}}
	for i, e := range entries {
		var words []patternWord
		allExact := strings.HasPrefix(e.Pattern, "=")
		for _, raw := range strings.Fields(strings.TrimPrefix(e.Pattern, "=")) {
			exact := allExact || strings.HasPrefix(raw, "=")
			raw = strings.TrimPrefix(raw, "=")
			if raw == "*" {
				words = append(words, patternWord{wild: true})
				continue
			}
			for _, t := range Tokens(raw) {
				words = append(words, patternWord{key: matchKey(t), exact: exact})
			}
		}
		if len(words) == 0 {
			return nil, fmt.Errorf("lexicon entry %d (%q): no word after normalisation", i+1, e.Pattern)
		}
		idx := len(l.entries)
		l.entries = append(l.entries, compiledEntry{Entry: e, words: words})
		if words[0].wild {
			l.wild = append(l.wild, idx)
		} else {
			l.first[words[0].key] = append(l.first[words[0].key], idx)
		}
	}
	return l, nil
}

// MustCompile is Compile for lexicons built into the program; it panics on
// an invalid entry, which is a programming error caught by any test.
func MustCompile(entries []Entry) *Lexicon {
	l, err := Compile(entries)
	if err != nil {
		panic(err)
	}
	return l
}

// ParseEntries reads a lexicon file: one entry per line, "label<TAB or
// spaces>pattern", optionally followed by "|weight"; blank lines and lines
// starting with '#' are ignored. Errors name the line.
func ParseEntries(r io.Reader) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, rest, ok := strings.Cut(line, "\t")
		if !ok {
			label, rest, ok = strings.Cut(line, " ")
		}
		if !ok || strings.TrimSpace(rest) == "" {
			return nil, fmt.Errorf("lexicon line %d: want \"label pattern\", got %q", n, line)
		}
		e := Entry{Label: strings.TrimSpace(label), Pattern: strings.TrimSpace(rest)}
		if p, w, ok := strings.Cut(e.Pattern, "|"); ok {
			if _, err := fmt.Sscanf(strings.TrimSpace(w), "%g", &e.Weight); err != nil {
				return nil, fmt.Errorf("lexicon line %d: weight %q: %w", n, w, err)
			}
			e.Pattern = strings.TrimSpace(p)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon line %d: %w", n, err)
	}
	return out, nil
}

// matchKey is the form a token is compared in: Latin words squeezed.
func matchKey(tok string) string {
	if IsArabic(tok) {
		return tok
	}
	return Squeeze(tok)
}

// Match returns every occurrence of every entry in toks (tokens from Tokens
// or SplitNormalized), ordered by start position, then by entry order.
// Overlapping matches are all reported.
func (l *Lexicon) Match(toks []string) []Match {
	if len(toks) == 0 {
		return nil
	}
	stems := make([][]string, len(toks))
	for i, t := range toks {
		stems[i] = Stems(t)
	}
	var out []Match
	for i := range toks {
		key := matchKey(toks[i])
		for k := -1; k < len(stems[i]); k++ {
			c := key
			if k >= 0 {
				if c = stems[i][k]; c == key || indexOf(stems[i][:k], c) >= 0 {
					continue
				}
			}
			for _, idx := range l.first[c] {
				if end, ok := l.matchAt(idx, toks, stems, i); ok {
					out = append(out, l.match(idx, i, end))
				}
			}
		}
		for _, idx := range l.wild {
			if end, ok := l.matchAt(idx, toks, stems, i); ok {
				out = append(out, l.match(idx, i, end))
			}
		}
	}
	sortMatches(out)
	return out
}

// MatchText normalises and tokenises s, then matches.
func (l *Lexicon) MatchText(s string) []Match { return l.Match(Tokens(s)) }

// Has reports whether any entry with the label matches toks.
func (l *Lexicon) Has(toks []string, label string) bool {
	for _, m := range l.Match(toks) {
		if m.Label == label {
			return true
		}
	}
	return false
}

func (l *Lexicon) match(idx, start, end int) Match {
	e := l.entries[idx]
	return Match{Label: e.Label, Pattern: e.Pattern, Weight: e.Weight, Start: start, End: end}
}

func indexOf(s []string, x string) int {
	for i, y := range s {
		if y == x {
			return i
		}
	}
	return -1
}

func (l *Lexicon) matchAt(idx int, toks []string, stems [][]string, i int) (int, bool) {
	words := l.entries[idx].words
	if i+len(words) > len(toks) {
		return 0, false
	}
	for k, w := range words {
		if !wordMatches(w, toks[i+k], stems[i+k]) {
			return 0, false
		}
	}
	return i + len(words), true
}

func wordMatches(w patternWord, tok string, stems []string) bool {
	if w.wild {
		return true
	}
	if matchKey(tok) == w.key {
		return true
	}
	if w.exact {
		return false
	}
	for _, s := range stems {
		if s == w.key {
			return true
		}
	}
	return false
}

// sortMatches orders by start; insertion sort, since matches arrive nearly sorted.
func sortMatches(m []Match) {
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && m[j].Start < m[j-1].Start; j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
}
