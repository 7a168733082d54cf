package returns

import (
	"slices"
	"strings"

	"github.com/marsad-project/marsad/internal/textsim"
	"github.com/marsad-project/marsad/internal/translit"
)

// Handle patterns of returned accounts, strongest first, with the value
// the handle_pattern feature takes.
const (
	patternNone      = ""
	patternDecor     = "same handle with digits/underscores changed"
	patternLeet      = "same handle with leet substitutions"
	patternSwapped   = "same handle parts in another order"
	patternExtended  = "old handle inside the new one"
	patternTruncated = "most of the handle kept with a prefix or suffix added (and cut to length)"
	patternNear      = "handle one or two edits away"
)

var patternValue = map[string]float64{
	patternNone: 0, patternDecor: 1, patternLeet: 1, patternSwapped: 1,
	patternExtended: 0.75, patternTruncated: 0.75, patternNear: 0.5,
}

// handleMatch compares every handle of the old account with every handle
// of the candidate and returns the best Jaro-Winkler similarity of the
// folded, stripped forms, the strongest pattern and the handles showing it.
func handleMatch(old, cand *profile) (sim float64, pattern, oh, ch string) {
	for i, a := range old.handles {
		for j, b := range cand.handles {
			sa, sb := old.folded[i], cand.folded[j]
			if s := handleSimilarity(a, b, sa, sb); s > sim {
				sim = s
			}
			if p := handlePattern(a, b, sa, sb); patternValue[p] > patternValue[pattern] {
				pattern, oh, ch = p, a, b
			}
		}
	}
	if pattern == patternNone && len(old.handles) > 0 && len(cand.handles) > 0 {
		oh, ch = old.handles[0], cand.handles[0]
	}
	return sim, pattern, oh, ch
}

// handlePattern names how handle b re-spells handle a (sa, sb are their
// folded, stripped forms), or patternNone.
func handlePattern(a, b, sa, sb string) string {
	la, lb := strings.ToLower(a), strings.ToLower(b)
	if la == lb || len([]rune(sa)) < 3 || len([]rune(sb)) < 3 {
		return patternNone
	}
	if sa == sb {
		if translit.Strip(la) != translit.Strip(lb) {
			return patternLeet
		}
		return patternDecor
	}
	pa, pb := translit.Parts(translit.Fold(a)), translit.Parts(translit.Fold(b))
	if len(pa) >= 2 && len(pa) == len(pb) {
		slices.Sort(pa)
		slices.Sort(pb)
		if slices.Equal(pa, pb) {
			return patternSwapped
		}
	}
	short, long := sa, sb
	if len(short) > len(long) {
		short, long = long, short
	}
	if len([]rune(short)) >= 4 && len([]rune(long))-len([]rune(short)) <= 8 && strings.Contains(long, short) {
		return patternExtended
	}
	// A prefix added and the end cut by the platform's length limit
	// ("khadija_halabi" → "realkhadija_hal"): most of the shorter handle
	// survives as one run.
	// At least 8 letters: shorter runs are shared name parts ("abumaj…").
	if ls := textsim.LongestCommonSubstring(sa, sb); ls >= 8 && 10*ls >= 7*len([]rune(short)) {
		return patternTruncated
	}
	if len([]rune(short)) >= 5 && textsim.Levenshtein(sa, sb) <= 2 {
		return patternNear
	}
	return patternNone
}

// handleSimilarity is the best of three views of two folded, stripped
// handles: Jaro-Winkler (typos, suffixes), Jaro-Winkler of the sorted word
// parts (swapped parts: "amina_ukht" / "ukht_amina"), and, for handles of
// 6+ letters, the longest-common-subsequence ratio discounted by 0.1
// (padding: "the_x_bintrana" / "bintrana"; platforms cut handles at 15).
func handleSimilarity(a, b, sa, sb string) float64 {
	s := textsim.JaroWinkler(sa, sb)
	pa, pb := translit.Parts(translit.Fold(a)), translit.Parts(translit.Fold(b))
	if len(pa) >= 2 || len(pb) >= 2 {
		slices.Sort(pa)
		slices.Sort(pb)
		s = max(s, textsim.JaroWinkler(strings.Join(pa, ""), strings.Join(pb, "")))
	}
	if min(len([]rune(sa)), len([]rune(sb))) >= 6 {
		s = max(s, textsim.LCSRatio(sa, sb)-0.1)
	}
	return s
}
