package returns

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// shoutLine is one labelled text of testdata/shoutout_heldout.tsv.
type shoutLine struct {
	shout    bool
	lang     string
	text     string
	old, new string // handles the text names as the old and new account ("" if none)
}

// loadShoutHeldout reads the corpus and splits it deterministically: even
// data lines are the dev half, odd data lines the test half.
func loadShoutHeldout(t *testing.T) (dev, test []shoutLine) {
	return loadShoutCorpus(t, "testdata/shoutout_heldout.tsv")
}

// loadShoutCorpus reads a labelled corpus and splits it into even and odd data lines.
func loadShoutCorpus(t *testing.T, path string) (even, odd []shoutLine) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 || len(cols) > 5 || (cols[0] != "shoutout" && cols[0] != "not") {
			t.Fatalf("%s:%d: want label(shoutout|not)<TAB>lang<TAB>text[<TAB>old[<TAB>new]], got %q", path, ln, line)
		}
		for len(cols) < 5 {
			cols = append(cols, "")
		}
		h := shoutLine{shout: cols[0] == "shoutout", lang: cols[1], text: cols[2], old: cols[3], new: cols[4]}
		if n%2 == 0 {
			even = append(even, h)
		} else {
			odd = append(odd, h)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return even, odd
}

type shoutConfusion struct{ tp, fp, fn, tn int }

func (c shoutConfusion) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c shoutConfusion) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

// scoreShoutHeldout counts "strong return talk" (lexicon strength 1, the
// level at which a post alone supports a pair and a young account's own
// announcement is remembered) against the labels, per language group. It
// also checks that the handles the text writes are found as handle tokens.
func scoreShoutHeldout(t *testing.T, lines []shoutLine, logMisses bool) map[string]shoutConfusion {
	t.Helper()
	lex := newLexicon()
	out := map[string]shoutConfusion{}
	var toks []string
	for _, h := range lines {
		s, term := lex.strength(snapshot.NormalizeText(h.text))
		got := s == 1
		g, _, _ := strings.Cut(h.lang, "-")
		for _, k := range []string{"all", g} {
			c := out[k]
			switch {
			case got && h.shout:
				c.tp++
			case got && !h.shout:
				c.fp++
			case !got && h.shout:
				c.fn++
			default:
				c.tn++
			}
			out[k] = c
		}
		if logMisses && got != h.shout {
			t.Logf("miss (want shoutout=%v) [%s] %s  strength=%v term=%q", h.shout, h.lang, h.text, s, term)
		}
		toks = handleTokens(h.text, toks)
		for _, want := range []string{h.old, h.new} {
			// The columns name the accounts; check only those the text writes.
			if want != "" && writesHandle(h.text, want) && !slices.Contains(toks, strings.ToLower(want)) {
				t.Errorf("handle %q not among the handle tokens of %q", want, h.text)
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
		lines      []shoutLine
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
				f.half, g, c.precision(), c.recall(), c.tp, c.fp, c.fn, c.tn)
		}
		if c := res["all"]; c.precision() < f.minP || c.recall() < f.minR {
			t.Errorf("%s: precision %.2f recall %.2f, floors %.2f/%.2f", f.half, c.precision(), c.recall(), f.minP, f.minR)
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
			t.Logf("%s/%s: precision %.2f recall %.2f (tp %d fp %d fn %d tn %d)", f.path, g, c.precision(), c.recall(), c.tp, c.fp, c.fn, c.tn)
		}
		if c := res["all"]; c.precision() < f.minP || c.recall() < f.minR {
			t.Errorf("%s: precision %.2f recall %.2f, floors %.2f/%.2f", f.path, c.precision(), c.recall(), f.minP, f.minR)
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
