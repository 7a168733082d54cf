package threats

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/heldout"
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

// readHeldOut reads a corpus (label threat|not, lang, text) and its two
// halves (internal/heldout).
func readHeldOut(path string) (dev, test []heldout.Row, err error) {
	return heldout.Load(path, "threat", 0)
}

// scoreHeld scores rows with ThreatScore (a row addresses an account when
// it contains an @mention) and returns the totals, per-language counts
// (every Arabic variety also under "ar") and the misclassified rows.
func scoreHeld(rows []heldout.Row) (all heldout.Confusion, byLang map[string]*heldout.Confusion, wrong []string) {
	byLang = map[string]*heldout.Confusion{}
	for _, r := range rows {
		s, why := ThreatScore(r.Text, strings.Contains(r.Text, "@"))
		got := s >= ThreatThreshold
		keys := []string{r.Lang}
		if r.Lang != "en" {
			keys = append(keys, "ar")
		}
		all.Add(r.Positive, got)
		for _, k := range keys {
			if byLang[k] == nil {
				byLang[k] = &heldout.Confusion{}
			}
			byLang[k].Add(r.Positive, got)
		}
		if got != r.Positive {
			wrong = append(wrong, fmt.Sprintf("%v %.2f [%s] %s %q", r.Positive, s, r.Lang, r.Text, why))
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
		rows []heldout.Row
	}{{"dev", dev}, {"test", test}, {"batch2", batch2}, {"batch3", batch3}, {"batch4", batch4}} {
		all, byLang, wrong := scoreHeld(half.rows)
		t.Logf("%s (%d rows): precision %.2f recall %.2f F1 %.2f (tp %d fp %d fn %d)",
			half.name, len(half.rows), all.Precision(), all.Recall(), all.F1(), all.TP, all.FP, all.FN)
		langs := make([]string, 0, len(byLang))
		for l := range byLang {
			langs = append(langs, l)
		}
		sort.Strings(langs)
		for _, l := range langs {
			c := byLang[l]
			t.Logf("  %-4s precision %.2f recall %.2f F1 %.2f (tp %d fp %d fn %d)", l, c.Precision(), c.Recall(), c.F1(), c.TP, c.FP, c.FN)
		}
		if half.name != "test" && half.name != "batch4" && os.Getenv("MARSAD_HELDOUT_SHOW") != "" {
			for _, w := range wrong {
				t.Logf("  wrong: %s", w)
			}
		}
		fl := floors[half.name]
		if all.Precision() < fl.p || all.Recall() < fl.r {
			t.Errorf("%s: precision %.2f (floor %.2f), recall %.2f (floor %.2f)", half.name, all.Precision(), fl.p, all.Recall(), fl.r)
		}
	}
}
