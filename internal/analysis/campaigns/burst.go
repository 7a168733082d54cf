package campaigns

import (
	"math"
	"slices"

	"gonum.org/v1/gonum/mathext"
)

// PoissonTail returns P(X ≥ k) for X ~ Poisson(mu), computed as the lower
// regularized incomplete gamma function P(k, mu) (the standard identity
// P(X ≤ k−1) = Q(k, mu)), which stays accurate for tail probabilities far
// below 1e-16 where 1 − CDF would round to zero. k ≤ 0 gives 1.
func PoissonTail(k int, mu float64) float64 {
	if k <= 0 {
		return 1
	}
	if mu <= 0 {
		return 0
	}
	return mathext.GammaIncReg(float64(k), mu)
}

// interval is a half-open range of bins [From, To).
type interval struct{ From, To int }

// burstWindows are the window lengths, in bins, the burst test scans: a
// pile-on can last an hour or a day.
var burstWindows = []int{1, 2, 3, 6, 12, 24}

// findBursts finds the bins where events come significantly faster than the
// baseline. Every window of w ∈ burstWindows bins holding at least minEvents
// events with P(X ≥ count | Poisson(rate·w)) ≤ alpha is significant; the
// bursts are chosen greedily, most significant window first, skipping
// windows that overlap one already chosen (so a tight three-hour pile-on is
// not smeared over the day around it), then merged when fewer than mergeGap
// bins apart and trimmed of empty end bins. The baseline rate is estimated
// from the bins outside bursts (two passes, so that the bursts do not
// inflate it) and never below minRate. Cost O(n·|burstWindows|·log n).
func findBursts(bins []int, minEvents int, alpha, minRate float64, mergeGap int) (out []interval, rate float64) {
	n := len(bins)
	prefix := make([]int, n+1)
	for i, c := range bins {
		prefix[i+1] = prefix[i] + c
	}
	rate = math.Max(minRate, float64(prefix[n])/math.Max(1, float64(n)))
	for pass := 0; pass < 2; pass++ {
		out = chooseWindows(prefix, minEvents, alpha, rate)
		inside, insideBins := 0, 0
		for _, iv := range out {
			inside += prefix[iv.To] - prefix[iv.From]
			insideBins += iv.To - iv.From
		}
		if n > insideBins {
			rate = math.Max(minRate, float64(prefix[n]-inside)/float64(n-insideBins))
		}
	}
	sortIntervals(out)
	var merged []interval
	for _, iv := range out {
		for iv.From < iv.To && bins[iv.From] == 0 {
			iv.From++
		}
		for iv.To > iv.From && bins[iv.To-1] == 0 {
			iv.To--
		}
		if iv.From >= iv.To {
			continue
		}
		if len(merged) > 0 && iv.From-merged[len(merged)-1].To < mergeGap {
			merged[len(merged)-1].To = max(merged[len(merged)-1].To, iv.To)
		} else {
			merged = append(merged, iv)
		}
	}
	return merged, rate
}

type window struct {
	interval
	logP float64
}

// chooseWindows returns the non-overlapping significant windows, most
// significant first.
func chooseWindows(prefix []int, minEvents int, alpha, rate float64) []interval {
	n := len(prefix) - 1
	var cands []window
	for _, w := range burstWindows {
		if w > n {
			break
		}
		mu := rate * float64(w)
		for i := 0; i+w <= n; i++ {
			k := prefix[i+w] - prefix[i]
			if k < minEvents {
				continue
			}
			if p := PoissonTail(k, mu); p <= alpha {
				cands = append(cands, window{interval{i, i + w}, logTail(k, mu, p)})
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b window) int {
		switch {
		case a.logP < b.logP:
			return -1
		case a.logP > b.logP:
			return 1
		}
		return (a.To - a.From) - (b.To - b.From)
	})
	var out []interval
	for _, c := range cands {
		overlap := false
		for _, o := range out {
			if c.From < o.To && o.From < c.To {
				overlap = true
				break
			}
		}
		if !overlap {
			out = append(out, c.interval)
		}
	}
	return out
}

// logTail is ln P(X ≥ k); when the tail underflows it falls back to the log
// of the point probability, k·ln(mu) − mu − ln k!, which is within a small
// factor of the tail when k ≫ mu and keeps the ranking meaningful.
func logTail(k int, mu, p float64) float64 {
	if p > 0 {
		return math.Log(p)
	}
	lg, _ := math.Lgamma(float64(k) + 1)
	return float64(k)*math.Log(mu) - mu - lg
}

func sortIntervals(s []interval) {
	slices.SortFunc(s, func(a, b interval) int { return a.From - b.From })
}
