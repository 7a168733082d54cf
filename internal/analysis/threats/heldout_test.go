package threats

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The held-out corpus testdata/heldout.tsv (label, lang, text) was written
// by hand before the lexicon was read, in wording neither the simulator nor
// train_extra.tsv uses: threats in MSA and Iraqi, Levantine, Gulf and
// Egyptian dialect with spelling variants, English with misspellings,
// leetspeak and implied threats, and hard negatives of the same words
// (news, condemnation, scripture, sport, friends' hyperbole, quotes,
// reported threats, games, cooking, medicine). Data rows alternate between
// two halves: rows 0, 2, 4, … are the dev half that lexicon work may look
// at; rows 1, 3, 5, … are the test half, scored once after that work and
// never used to tune. testdata/heldout2.tsv (synonyms of violence, written
// before the breadth work, then used like dev) and testdata/heldout3.tsv
// (veiled threats in longer realistic posts, written before the batch-2
// work and scored once after it) are scored whole. The misses of the test
// half and of batch 3 are never listed; the others' are with
// MARSAD_HELDOUT_SHOW=1. testdata/heldout4.tsv (veiled threats against
// friendly uses of the same words, written before the batch-3 work) was
// scored once after it; its misses are never listed either.

type heldRow struct {
	threat bool
	lang   string
	text   string
}

func readHeldOut(path string) (dev, test []heldRow, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	n := 0
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || (f[0] != "threat" && f[0] != "not") {
			return nil, nil, fmt.Errorf("%s line %d: want threat|not, lang, text", path, i+1)
		}
		r := heldRow{threat: f[0] == "threat", lang: f[1], text: f[2]}
		if n%2 == 0 {
			dev = append(dev, r)
		} else {
			test = append(test, r)
		}
		n++
	}
	return dev, test, nil
}

// f1 is the harmonic mean of precision and recall.
func (s prf) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// scoreHeld scores rows with ThreatScore (a row addresses an account when
// it contains an @mention) and returns the totals, per-language counts and
// the misclassified rows.
func scoreHeld(rows []heldRow) (all prf, byLang map[string]*prf, wrong []string) {
	byLang = map[string]*prf{}
	for _, r := range rows {
		s, why := ThreatScore(r.text, strings.Contains(r.text, "@"))
		got := s >= ThreatThreshold
		keys := []string{r.lang}
		if r.lang != "en" {
			keys = append(keys, "ar") // every Arabic variety together
		}
		cs := []*prf{&all}
		for _, k := range keys {
			if byLang[k] == nil {
				byLang[k] = &prf{}
			}
			cs = append(cs, byLang[k])
		}
		for _, c := range cs {
			switch {
			case r.threat && got:
				c.tp++
			case r.threat:
				c.fn++
			case got:
				c.fp++
			}
		}
		if got != r.threat {
			wrong = append(wrong, fmt.Sprintf("%v %.2f [%s] %s %q", r.threat, s, r.lang, r.text, why))
		}
	}
	return all, byLang, wrong
}

func TestHeldOutCorpus(t *testing.T) {
	dev, test, err := readHeldOut(filepath.Join("testdata", "heldout.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	// Floors: dev at what the lexicon reaches after the dev work (1.00 /
	// 0.98) minus a margin; test at its measurement after that work (0.97 /
	// 0.67, before it 0.97 / 0.59; 0.97 / 0.69 with the final lexicon)
	// minus a margin. See docs/ANALYSES-threats.md.
	floors := map[string]struct{ p, r float64 }{
		"dev":  {0.95, 0.90},
		"test": {0.90, 0.60},
		// batch2: scored once after the breadth work (1.00 / 0.80), then
		// used like dev (1.00 / 0.96 after).
		"batch2": {0.95, 0.85},
		// batch3 (veiled threats in longer, realistic posts): scored once
		// after the synonym work, 0.67 / 0.07 (the lexicon did not read
		// threats that name no violent act), then used like dev: 1.00 / 0.87.
		"batch3": {0.95, 0.80},
		// batch4 (veiled threats against friendly uses of the same words):
		// scored once after the veiled-threat work, 0.86 / 0.30.
		"batch4": {0.75, 0.25},
	}
	b2dev, b2test, err := readHeldOut(filepath.Join("testdata", "heldout2.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	batch2 := append(b2dev, b2test...)
	b3dev, b3test, err := readHeldOut(filepath.Join("testdata", "heldout3.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	batch3 := append(b3dev, b3test...)
	b4dev, b4test, err := readHeldOut(filepath.Join("testdata", "heldout4.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	batch4 := append(b4dev, b4test...)
	for _, half := range []struct {
		name string
		rows []heldRow
	}{{"dev", dev}, {"test", test}, {"batch2", batch2}, {"batch3", batch3}, {"batch4", batch4}} {
		all, byLang, wrong := scoreHeld(half.rows)
		t.Logf("%s (%d rows): precision %.2f recall %.2f F1 %.2f (tp %d fp %d fn %d)",
			half.name, len(half.rows), all.precision(), all.recall(), all.f1(), all.tp, all.fp, all.fn)
		langs := make([]string, 0, len(byLang))
		for l := range byLang {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			c := byLang[l]
			t.Logf("  %-4s precision %.2f recall %.2f F1 %.2f (tp %d fp %d fn %d)", l, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn)
		}
		if half.name != "test" && half.name != "batch4" && os.Getenv("MARSAD_HELDOUT_SHOW") != "" {
			for _, w := range wrong {
				t.Logf("  wrong: %s", w)
			}
		}
		fl := floors[half.name]
		if all.precision() < fl.p || all.recall() < fl.r {
			t.Errorf("%s: precision %.2f (floor %.2f), recall %.2f (floor %.2f)", half.name, all.precision(), fl.p, all.recall(), fl.r)
		}
	}
}
