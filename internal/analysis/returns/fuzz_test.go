package returns

import (
	"testing"

	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/translit"
)

// FuzzTextPaths feeds arbitrary handles, names and post texts through every
// string path of the analysis (handle patterns, tokens, lexicon, keys): bad
// input must never panic.
func FuzzTextPaths(f *testing.F) {
	f.Add("abu_omar", "abu_0mar_3", "الحساب الجديد لـ @old هو @new")
	f.Add("", "_", "\xff\xfe@@@")
	f.Add("a", "ab", "follow my new acc 2 ٣")
	f.Fuzz(func(t *testing.T, a, b, text string) {
		_ = handlePattern(a, b, translit.Strip(translit.Fold(a)), translit.Strip(translit.Fold(b)))
		_ = handleTokens(text, nil)
		lex := sharedLexicon()
		_, _ = lex.strength(snapshot.NormalizeText(text))
		_ = lex.profileReturn(a, text)
		_ = trigrams(a)
		_, _ = bioMinHash(text)
		_ = avatarBits(text)
	})
}

func TestHandlePattern(t *testing.T) {
	// Each case re-spells a handle one way; the pattern is read off by hand.
	cases := []struct{ a, b, want string }{
		{"abu_omar", "abu_omar22", patternDecor},
		{"abu_omar", "abu_0mar", patternLeet},
		{"omar_abu", "abu_omar", patternSwapped},
		{"abuomar", "abuomar_back", patternExtended},
		{"abuomarr", "abuomer", patternNear},
		{"khadija_halabi", "realkhadija_hal", patternTruncated},
		{"abumajid97", "abumajed_hijazi", patternNone}, // only "abumaj" shared
		{"abu_omar", "football_fan", patternNone},
		{"abu_omar", "ABU_OMAR", patternNone}, // same handle, not a re-spelling
	}
	for _, c := range cases {
		sa, sb := translit.Strip(translit.Fold(c.a)), translit.Strip(translit.Fold(c.b))
		if got := handlePattern(c.a, c.b, sa, sb); got != c.want {
			t.Errorf("handlePattern(%q,%q)=%q want %q", c.a, c.b, got, c.want)
		}
	}
}
