package returns

import (
	"slices"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/heldout"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// loadShoutHeldout reads testdata/shoutout_heldout.tsv (label
// shoutout|not, lang, text, then optionally the old and the new handle the
// text names) and splits it deterministically (internal/heldout): dev half
// and test half.
func loadShoutHeldout(t *testing.T) (dev, test []heldout.Row) {
	return loadShoutCorpus(t, "testdata/shoutout_heldout.tsv")
}

func loadShoutCorpus(t *testing.T, path string) (even, odd []heldout.Row) {
	t.Helper()
	even, odd, err := heldout.Load(path, "shoutout", 2)
	if err != nil {
		t.Fatal(err)
	}
	return even, odd
}

// scoreShoutHeldout counts "strong return talk" (lexicon strength 1, the
// level at which a post alone supports a pair and a young account's own
// announcement is remembered) against the labels, per language group. It
// also checks that the handles the text writes are found as handle tokens.
func scoreShoutHeldout(t *testing.T, lines []heldout.Row, logMisses bool) map[string]*heldout.Confusion {
	t.Helper()
	lex := newLexicon()
	out := map[string]*heldout.Confusion{"all": {}, "ar": {}, "en": {}}
	var toks []string
	for _, h := range lines {
		s, term := lex.strength(snapshot.NormalizeText(h.Text))
		got := s == 1
		for _, k := range []string{"all", heldout.Group(h.Lang)} {
			if out[k] == nil {
				out[k] = &heldout.Confusion{}
			}
			out[k].Add(h.Positive, got)
		}
		if logMisses && got != h.Positive {
			t.Logf("miss (want shoutout=%v) [%s] %s  strength=%v term=%q", h.Positive, h.Lang, h.Text, s, term)
		}
		toks = handleTokens(h.Text, toks)
		for _, want := range h.Extra { // the old and the new handle
			// The columns name the accounts; check only those the text writes.
			if want != "" && writesHandle(h.Text, want) && !slices.Contains(toks, strings.ToLower(want)) {
				t.Errorf("handle %q not among the handle tokens of %q", want, h.Text)
			}
		}
	}
	return out
}

// TestShoutOutHeldout measures the return vocabulary on wording written
// independently of the lexicon and of the simulator.
func TestShoutOutHeldout(t *testing.T) {
	dev, test := loadShoutHeldout(t)
	if len(dev)+len(test) < 80 {
		t.Fatalf("corpus has %d lines, want at least 80", len(dev)+len(test))
	}
	floors := []struct {
		half       string
		lines      []heldout.Row
		minP, minR float64
	}{
		{"dev", dev, shoutDevFloorP, shoutDevFloorR},
		{"test", test, shoutTestFloorP, shoutTestFloorR},
	}
	for _, f := range floors {
		res := scoreShoutHeldout(t, f.lines, f.half == "dev")
		for _, g := range []string{"all", "ar", "en"} {
			c := res[g]
			t.Logf("%s/%s: precision %.2f recall %.2f (tp %d fp %d fn %d tn %d)",
				f.half, g, c.Precision(), c.Recall(), c.TP, c.FP, c.FN, c.TN)
		}
		if c := res["all"]; c.Precision() < f.minP || c.Recall() < f.minR {
			t.Errorf("%s: precision %.2f recall %.2f, floors %.2f/%.2f", f.half, c.Precision(), c.Recall(), f.minP, f.minR)
		}
	}
}

// Floors (see docs/ANALYSES-returns.md for the measured values).
const (
	shoutDevFloorP  = 0.90
	shoutDevFloorR  = 0.90
	shoutTestFloorP = 0.85
	shoutTestFloorR = 0.90
)

// TestShoutOutFresh measures later corpora, each written before a round of
// changes and measured once after it (see docs/ANALYSES-returns.md).
func TestShoutOutFresh(t *testing.T) {
	for _, f := range []struct {
		path       string
		minP, minR float64
	}{
		{"testdata/shoutout_fresh.tsv", shoutFreshFloorP, shoutFreshFloorR},
		{"testdata/shoutout_fresh2.tsv", shoutFresh2FloorP, shoutFresh2FloorR},
	} {
		a, b := loadShoutCorpus(t, f.path)
		res := scoreShoutHeldout(t, append(a, b...), false)
		for _, g := range []string{"all", "ar", "en"} {
			c := res[g]
			t.Logf("%s/%s: precision %.2f recall %.2f (tp %d fp %d fn %d tn %d)", f.path, g, c.Precision(), c.Recall(), c.TP, c.FP, c.FN, c.TN)
		}
		if c := res["all"]; c.Precision() < f.minP || c.Recall() < f.minR {
			t.Errorf("%s: precision %.2f recall %.2f, floors %.2f/%.2f", f.path, c.Precision(), c.Recall(), f.minP, f.minR)
		}
	}
}

const (
	shoutFreshFloorP  = 0.95
	shoutFreshFloorR  = 0.90
	shoutFresh2FloorP = 0.70
	shoutFresh2FloorR = 0.30
)

// writesHandle reports whether text contains @h as a whole handle.
func writesHandle(text, h string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], "@"+h)
		if j < 0 {
			return false
		}
		end := i + j + 1 + len(h)
		if end == len(text) || !isHandleByte(text[end]) {
			return true
		}
		i = end
	}
}

func isHandleByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
