// Package eval scores analysis outputs (the DESIGN.md §6 JSON contracts)
// against a simulated scenario's ground truth (sim.Truth). It is what
// `marsad demo` prints as its scorecard and what docs/PERFORMANCE.md quotes.
//
// The scorers read the JSON an analysis wrote, not the analysis packages, so
// they judge exactly what a user sees. Each returns precision, recall and the
// counts behind them; hard negatives from the truth are counted separately
// because a wrong accusation harms a real person.
package eval

// Score is a precision/recall pair with the counts behind it.
type Score struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), or 1 when nothing was predicted (no false alarm).
func (s Score) Precision() float64 {
	if s.TP+s.FP == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FP)
}

// Recall is TP/(TP+FN), or 1 when there was nothing to find.
func (s Score) Recall() float64 {
	if s.TP+s.FN == 0 {
		return 1
	}
	return float64(s.TP) / float64(s.TP+s.FN)
}

// F1 is the harmonic mean of precision and recall (0 when both are 0).
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// set builds a membership set from ids.
func set(ids []string) map[string]bool {
	m := make(map[string]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// compare scores predicted ids against true ids.
func compare(pred, truth map[string]bool) Score {
	var s Score
	for id := range pred {
		if truth[id] {
			s.TP++
		} else {
			s.FP++
		}
	}
	for id := range truth {
		if !pred[id] {
			s.FN++
		}
	}
	return s
}
