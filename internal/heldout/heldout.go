// Package heldout reads the hand-written held-out corpora that measure
// marsad's text detectors (threats, calls to action, shout-outs) on wording
// they were not built from, and counts the detectors' outcomes.
//
// A corpus is a TSV file: label<TAB>lang<TAB>text, optionally followed by
// extra columns; blank lines and lines starting with '#' are comments. Data
// lines alternate between two halves, deterministically: lines 0, 2, 4, …
// form the dev half that detector work may look at, lines 1, 3, 5, … the
// test half, scored once and never tuned on.
package heldout

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/marsad-project/marsad/internal/eval"
)

// Row is one labelled text.
type Row struct {
	Positive bool     // the label is the corpus's positive label
	Lang     string   // "en", "ar", "ar-iq", …
	Text     string
	Extra    []string // the extra columns, padded to the allowed count with ""
	Line     int      // 1-based line in the file
}

// Load reads the corpus at path whose labels are positive or "not", with at
// most extra optional columns after the text, and returns its two halves.
func Load(path, positive string, extra int) (dev, test []Row, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("held-out corpus: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 3 || len(cols) > 3+extra || (cols[0] != positive && cols[0] != "not") {
			return nil, nil, fmt.Errorf("%s:%d: want label (%s|not), lang, text and at most %d more columns, got %q", path, ln, positive, extra, line)
		}
		r := Row{Positive: cols[0] == positive, Lang: cols[1], Text: cols[2], Line: ln}
		r.Extra = append(cols[3:], make([]string, 3+extra-len(cols))...)
		if n%2 == 0 {
			dev = append(dev, r)
		} else {
			test = append(test, r)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("held-out corpus %s: %w", path, err)
	}
	return dev, test, nil
}

// Group folds a dialect tag into its language: "ar-iq" counts as "ar".
func Group(lang string) string {
	g, _, _ := strings.Cut(lang, "-")
	return g
}

// Confusion counts a detector's outcomes against the labels; the embedded
// eval.Score gives precision, recall and F1.
type Confusion struct {
	eval.Score
	TN int
}

// Add counts one outcome.
func (c *Confusion) Add(want, got bool) {
	switch {
	case got && want:
		c.TP++
	case got:
		c.FP++
	case want:
		c.FN++
	default:
		c.TN++
	}
}
