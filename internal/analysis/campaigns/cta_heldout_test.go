package campaigns

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// heldoutLine is one labelled text of testdata/cta_heldout.tsv.
type heldoutLine struct {
	call bool
	lang string // "en", "ar", "ar-iq", …
	text string
}

// loadHeldout reads the corpus and splits it deterministically: even data
// lines are the dev half (used to improve the lexicon), odd data lines the
// test half (measured, never tuned on).
func loadHeldout(t *testing.T) (dev, test []heldoutLine) {
	return loadCTACorpus(t, "testdata/cta_heldout.tsv")
}

// loadCTACorpus reads a labelled corpus and splits it into even and odd data lines.
func loadCTACorpus(t *testing.T, path string) (even, odd []heldoutLine) {
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
		if len(cols) != 3 || (cols[0] != "call" && cols[0] != "not") {
			t.Fatalf("%s:%d: want label(call|not)<TAB>lang<TAB>text, got %q", path, ln, line)
		}
		h := heldoutLine{call: cols[0] == "call", lang: cols[1], text: cols[2]}
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

// confusion counts detector outcomes against the labels.
type confusion struct{ tp, fp, fn, tn int }

func (c confusion) precision() float64 {
	if c.tp+c.fp == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fp)
}

func (c confusion) recall() float64 {
	if c.tp+c.fn == 0 {
		return 1
	}
	return float64(c.tp) / float64(c.tp+c.fn)
}

// langGroup folds dialect tags into their language: "ar-iq" counts as "ar".
func langGroup(lang string) string {
	g, _, _ := strings.Cut(lang, "-")
	return g
}

// scoreHeldout runs DetectCallToAction (no mention entities: targets come
// from the @handles in the text, as in an export without entities) and
// returns the confusion per language group and "all". logMisses lists the
// wrong lines; it is set for the dev half only, so the test half stays unseen.
func scoreHeldout(t *testing.T, lines []heldoutLine, logMisses bool) map[string]confusion {
	t.Helper()
	out := map[string]confusion{}
	for _, h := range lines {
		cta, got := DetectCallToAction(h.text, nil)
		for _, k := range []string{"all", langGroup(h.lang)} {
			c := out[k]
			switch {
			case got && h.call:
				c.tp++
			case got && !h.call:
				c.fp++
			case !got && h.call:
				c.fn++
			default:
				c.tn++
			}
			out[k] = c
		}
		if logMisses && got != h.call {
			t.Logf("miss (want call=%v) [%s] %s  cues=%q", h.call, h.lang, h.text, cta.Cues)
		}
	}
	return out
}

// TestCallToActionHeldout measures the detector on wording written
// independently of the lexicon and of the simulator. Floors sit a margin
// below the measured values so that a regression fails while a corpus edit
// of one line does not.
func TestCallToActionHeldout(t *testing.T) {
	dev, test := loadHeldout(t)
	if len(dev)+len(test) < 120 {
		t.Fatalf("corpus has %d lines, want at least 120", len(dev)+len(test))
	}
	floors := []struct {
		half, group string
		lines       []heldoutLine
		minP, minR  float64
	}{
		{"dev", "all", dev, ctaDevFloorP, ctaDevFloorR},
		{"test", "all", test, ctaTestFloorP, ctaTestFloorR},
	}
	for _, f := range floors {
		res := scoreHeldout(t, f.lines, f.half == "dev")
		for _, g := range []string{"all", "ar", "en"} {
			c := res[g]
			t.Logf("%s/%s: precision %.2f recall %.2f (tp %d fp %d fn %d tn %d)",
				f.half, g, c.precision(), c.recall(), c.tp, c.fp, c.fn, c.tn)
		}
		c := res[f.group]
		if c.precision() < f.minP || c.recall() < f.minR {
			t.Errorf("%s/%s: precision %.2f recall %.2f, floors %.2f/%.2f",
				f.half, f.group, c.precision(), c.recall(), f.minP, f.minR)
		}
	}
}

// Floors (see docs/ANALYSES-campaigns.md for the measured values).
const (
	ctaDevFloorP  = 0.95
	ctaDevFloorR  = 0.90
	ctaTestFloorP = 0.95
	ctaTestFloorR = 0.90
)

// TestCallToActionFresh measures later corpora, each written before a round
// of changes and measured once after it (see docs/ANALYSES-campaigns.md):
// cta_fresh.tsv after the test half was spent, cta_fresh2.tsv after that.
func TestCallToActionFresh(t *testing.T) {
	for _, f := range []struct {
		path       string
		minP, minR float64
	}{
		{"testdata/cta_fresh.tsv", ctaFreshFloorP, ctaFreshFloorR},
		{"testdata/cta_fresh2.tsv", ctaFresh2FloorP, ctaFresh2FloorR},
	} {
		a, b := loadCTACorpus(t, f.path)
		res := scoreHeldout(t, append(a, b...), false)
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
	ctaFreshFloorP  = 0.95
	ctaFreshFloorR  = 0.90
	ctaFresh2FloorP = 0.90
	ctaFresh2FloorR = 0.70
)
