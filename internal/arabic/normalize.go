package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Placeholders that Normalize writes in place of links and account mentions,
// so that two posts differing only in a shortened link or the handle they
// address normalise (and hash) the same. Tokens returns them as single tokens.
const (
	URLToken     = "<url>"
	MentionToken = "@user"
)

// Normalize returns the canonical form of s used for hashing, near-duplicate
// detection and lexicon matching. In order it:
//
//   - applies Unicode compatibility decomposition (NFKD), which turns Arabic
//     presentation forms and ligatures (ﻻ ﷲ), full-width Latin and styled
//     digits into their base letters, and splits hamza and madda off their
//     carriers;
//   - lower-cases, and drops tashkeel and every other combining mark, tatweel,
//     zero-width and bidi control characters, other control characters and
//     emoji skin-tone modifiers;
//   - folds ٱ to ا, ى and Persian ی to ي, ة to ه, Persian ک to ك, the
//     dialect letters گ to ق, چ to ك, ڤ to ف and پ to ب,
//     Arabic-Indic and Persian digits to 0-9 and Arabic punctuation to ASCII;
//   - replaces links with URLToken and @handles with MentionToken (e-mail
//     addresses are kept);
//   - collapses a letter, mark or emoji repeated three or more times to one
//     (ياااااا → يا, noooo → no; digits are never collapsed, so phone
//     numbers and years survive);
//   - undoes leetspeak in Latin words that mix letters with 0 1 3 4 5 7 @ $
//     (k1ll → kill, $hoot → shoot), but not in number-unit words such as
//     10am, 1st or mp3;
//   - collapses white space to single spaces and trims it.
//
// Normalize never fails: invalid UTF-8 becomes U+FFFD. It is idempotent.
// Complexity is linear in len(s).
func Normalize(s string) string {
	if s == "" {
		return ""
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	decompose := !isASCII(s) && needsNFKD(s)
	if decompose {
		s = norm.NFKD.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if out, keep := foldRune(r); keep {
			b.WriteRune(out)
		}
	}
	folded := b.String()
	if decompose {
		folded = norm.NFC.String(folded)
	}
	return shape(folded)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// shape applies the word-level steps of Normalize to folded text: links and
// mentions, elongation and leetspeak, white space.
func shape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, chunk := range strings.Fields(s) {
		out := shapeFixed(chunk)
		if out == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(out)
	}
	return b.String()
}

// shapeFixed repeats shapeChunk until the chunk stops changing: collapsing a
// run or undoing leetspeak can expose a new mention (@@@0 → @0 → @user), and
// idempotence needs the fixed point. Each step only shortens runs, removes
// leetspeak symbols or writes the stable placeholders, so it converges in a
// few steps; the bound is a safety net.
func shapeFixed(c string) string {
	if !mayShape(c) {
		return c
	}
	for range 8 {
		n := shapeChunk(c)
		if n == c {
			break
		}
		c = n
	}
	return c
}

// mayShape is a cheap test that is true whenever shapeChunk could change c:
// it has an '@', a link prefix, a leetspeak character or a run of three.
func mayShape(c string) bool {
	for i := 0; i < len(c); i++ {
		switch c[i] {
		case '@', '$', '!', '0', '1', '3', '4', '5', '7':
			return true
		}
	}
	return urlStart(c) >= 0 || hasRun(c)
}

// shapeChunk handles one white-space-delimited chunk.
func shapeChunk(c string) string {
	if i := urlStart(c); i >= 0 {
		return shapeChunk(c[:i]) + URLToken
	}
	if isEmail(c) {
		return c
	}
	var b strings.Builder
	start := 0 // start of the pending unprotected segment
	for i := 0; i < len(c); {
		if c[i] == '@' && (i == 0 || !isWordByteBefore(c, i)) && i+1 < len(c) && isHandleByte(c[i+1]) {
			b.WriteString(fixWords(c[start:i]))
			b.WriteString(MentionToken)
			j := i + 1
			for j < len(c) && isHandleByte(c[j]) {
				j++
			}
			i, start = j, j
			continue
		}
		i++
	}
	b.WriteString(fixWords(c[start:]))
	return b.String()
}

// urlStart returns the byte offset where a link starts in c, or -1.
func urlStart(c string) int {
	best := -1
	for _, p := range []string{"http://", "https://", "www."} {
		if i := strings.Index(c, p); i >= 0 && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// isEmail reports whether c looks like an e-mail address (x@y.z).
func isEmail(c string) bool {
	at := strings.IndexByte(c, '@')
	return at > 0 && strings.IndexByte(c[at:], '.') > 1
}

func isHandleByte(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
}

// isWordByteBefore reports whether the rune ending just before byte i is a
// letter, digit, underscore or leetspeak symbol (then an '@' there is not a
// mention but part of a word).
func isWordByteBefore(c string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(c[:i])
	return r == '_' || r == '$' || r == '@' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// fixWords collapses elongation, undoes leetspeak, and collapses again
// (leetspeak can create new runs: s$s → sss → s).
func fixWords(s string) string {
	if s == "" {
		return s
	}
	return collapseRuns(unleet(collapseRuns(s)))
}

// collapseRuns replaces each run of three or more identical runes, other
// than digits, with a single rune.
func collapseRuns(s string) string {
	if !hasRun(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune = -1
	n := 0
	flush := func() {
		if prev < 0 {
			return
		}
		if n >= 3 && !(prev >= '0' && prev <= '9') {
			n = 1
		}
		for k := 0; k < n; k++ {
			b.WriteRune(prev)
		}
	}
	for _, r := range s {
		if r == prev {
			n++
			continue
		}
		flush()
		prev, n = r, 1
	}
	flush()
	return b.String()
}

// hasRun reports whether s has three identical non-digit runes in a row,
// the only case in which collapseRuns changes s.
func hasRun(s string) bool {
	var p1, p2 rune = -1, -2
	for _, r := range s {
		if r == p1 && r == p2 && !(r >= '0' && r <= '9') {
			return true
		}
		p2, p1 = p1, r
	}
	return false
}
