package coordination

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// slowPreprocessed is the rune-by-rune definition appendPreprocessed's fast
// paths must agree with: drop @mentions, fold white space (Python's
// isspace), lower-case with unicode.ToLower.
func slowPreprocessed(text string) string {
	var b strings.Builder
	inMention, space := false, false
	for _, r := range text {
		switch {
		case unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f):
			inMention, space = false, true
			continue
		case inMention:
			continue
		case r == '@':
			inMention = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func TestPreprocessedFastPathsAgree(t *testing.T) {
	// Every rune alone and between letters.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := "A" + string(r) + "b " + string(r)
		if got, want := string(appendPreprocessed(nil, s)), slowPreprocessed(s); got != want {
			t.Fatalf("rune %U: got %q, want %q", r, got, want)
		}
	}
	// Random mixtures, including invalid UTF-8.
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"a", "Z", " ", "\t", "@", "ب", "ة", "İ", "Σ", "\u00a0", "\u2003", "\x1c", "\xff", "x@y", "\n"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for j := rng.IntN(12); j >= 0; j-- {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		got, want := string(appendPreprocessed(nil, s)), slowPreprocessed(s)
		if got != want {
			t.Fatalf("%q: got %q, want %q (valid UTF-8: %v)", s, got, want, utf8.ValidString(s))
		}
	}
}
