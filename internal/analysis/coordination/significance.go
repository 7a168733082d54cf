package coordination

import (
	"math"

	"gonum.org/v1/gonum/stat/distuv"
)

// Edge is a kept pair of accounts for one behaviour. A and B are account
// indices in the snapshot, A < B.
type Edge struct {
	A, B      uint32
	Behaviour Behaviour
	// Weight is the number of distinct keys on which A and B acted within
	// the window of each other.
	Weight int
	// Shared is the number of keys both acted on at any time; Weight/Shared
	// is the sync share.
	Shared int
	// ActionsA and ActionsB are how many keys each acted on in this behaviour.
	ActionsA, ActionsB int
	// Expected is the number of shared keys expected if each account chose
	// its keys independently in proportion to their popularity (the choice
	// test: P(≥ Shared) under Poisson(Expected)). ExpectedSync is the number
	// of the shared keys expected to be co-acted within the window by timing
	// alone, Σ over shared keys of the key's share of action pairs within
	// the window (the timing test: P(≥ Weight) under Poisson(ExpectedSync)).
	// PValue combines both by Fisher's method.
	Expected     float64
	ExpectedSync float64
	PValue       float64
	// Score in [0,1]: sync share × Weight/(Weight+2).
	Score float64
}

// Sync returns Weight/Shared.
func (e *Edge) Sync() float64 {
	if e.Shared == 0 {
		return 0
	}
	return float64(e.Weight) / float64(e.Shared)
}

// candidate is a pair with its weight before the significance test.
type candidate struct {
	a, b uint32
	w    int
}

// candidates turns sorted packed pairs into pairs of weight ≥ minWeight.
func candidates(pairs []uint64, minWeight int) []candidate {
	var out []candidate
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		if j-i >= minWeight {
			a, b := unpack(pairs[i])
			out = append(out, candidate{a, b, j - i})
		}
		i = j
	}
	return out
}

// significant applies the sync-share and choice tests to the candidates.
func significant(b Behaviour, cands []candidate, part participation, o Options) []Edge {
	if len(cands) == 0 {
		return nil
	}
	threshold := o.Alpha / float64(len(cands))
	var out []Edge
	for _, c := range cands {
		ka, kb := part.acctKeys.Of(c.a), part.acctKeys.Of(c.b)
		shared, syncSum := part.intersect(c.a, c.b)
		if shared == 0 || float64(c.w)/float64(shared) < o.MinSync {
			continue
		}
		small, nOther := ka, len(kb)
		if len(kb) < len(ka) {
			small, nOther = kb, len(ka)
		}
		lambda := expectedShared(small, nOther, part)
		p := fisher(poissonTail(shared, lambda), poissonTail(c.w, syncSum))
		if p > threshold {
			continue
		}
		e := Edge{A: c.a, B: c.b, Behaviour: b, Weight: c.w, Shared: shared,
			ActionsA: len(ka), ActionsB: len(kb), Expected: lambda, ExpectedSync: syncSum, PValue: p}
		e.Score = e.Sync() * float64(e.Weight) / float64(e.Weight+2)
		out = append(out, e)
	}
	return out
}

// expectedShared is Σ over the keys k of one account of the probability
// that another account with nOther keys, choosing keys in proportion to
// their popularity m_k, picks k: 1 − exp(−nOther·m_k/M).
func expectedShared(keys []uint32, nOther int, part participation) float64 {
	if part.total == 0 {
		return 0
	}
	f := float64(nOther) / float64(part.total)
	l := 0.0
	for _, k := range keys {
		l += -math.Expm1(-f * float64(part.authors[k]))
	}
	return l
}

// intersect counts the keys accounts a and b both acted on and sums, over
// them, the chance that they co-acted by timing alone: with d the larger of
// the two accounts' local densities on the key (the share of the key's
// other actions within the window of their own) and, never less, p_k the
// share of all the key's action pairs within the window, and a and b
// acting x and y times on it, 1 − (1 − max(d, p_k))^(x·y). Repeated actions
// (a bot posting "good morning" every day) and actions in a crowded moment
// (early reactions to a post, a storm) make a chance co-action likely, and
// this says so.
func (part *participation) intersect(a, b uint32) (n int, sum float64) {
	ka, kb := part.acctKeys.Of(a), part.acctKeys.Of(b)
	ea, eb := part.acctKeys.Start[a], part.acctKeys.Start[b]
	if len(ka) > len(kb) {
		ka, kb, ea, eb = kb, ka, eb, ea
	}
	add := func(k uint32, i, j int) {
		n++
		x, y := part.acctCounts[int(ea)+i], part.acctCounts[int(eb)+j]
		p := float64(max(part.sync[k], part.acctDensity[int(ea)+i], part.acctDensity[int(eb)+j]))
		if x == 1 && y == 1 {
			sum += p
		} else {
			sum += -math.Expm1(float64(x) * float64(y) * math.Log1p(-min(p, 1-1e-12)))
		}
	}
	if len(kb) > 16*len(ka) {
		for i, x := range ka {
			if j := lowerBound(kb, x); j < len(kb) && kb[j] == x {
				add(x, i, j)
			}
		}
		return n, sum
	}
	for i, j := 0, 0; i < len(ka) && j < len(kb); {
		switch {
		case ka[i] < kb[j]:
			i++
		case ka[i] > kb[j]:
			j++
		default:
			add(ka[i], i, j)
			i++
			j++
		}
	}
	return n, sum
}

// fisher combines two independent p-values (Fisher 1925): X = −2 ln(p1·p2)
// is χ² with 4 degrees of freedom under the null, whose survival function
// is e^(−X/2)·(1 + X/2).
func fisher(p1, p2 float64) float64 {
	if p1 <= 0 || p2 <= 0 {
		return 0
	}
	h := -math.Log(p1) - math.Log(p2) // X/2
	return math.Exp(-h) * (1 + h)
}

func lowerBound(s []uint32, x uint32) int {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// poissonTail returns P(X ≥ k) for X ~ Poisson(lambda). Above the mean it
// sums the upper series in log space so that tiny tails stay accurate.
func poissonTail(k int, lambda float64) float64 {
	if k <= 0 {
		return 1
	}
	if lambda <= 0 {
		return 0
	}
	if float64(k) <= lambda+1 {
		return 1 - distuv.Poisson{Lambda: lambda}.CDF(float64(k-1))
	}
	lg, _ := math.Lgamma(float64(k) + 1)
	logTerm := -lambda + float64(k)*math.Log(lambda) - lg
	sum, term := 1.0, 1.0
	for x := k + 1; x < k+1000; x++ {
		term *= lambda / float64(x)
		sum += term
		if term < 1e-17*sum {
			break
		}
	}
	return math.Exp(logTerm) * sum
}
