package returns

import "math"

// Model is a logistic model over Features: score = σ(Bias + Σ Weights[i]·f[i]).
// Fit it with Fit on labelled pairs from a simulator training seed; the
// committed DefaultModel (weights.go) was produced that way.
type Model struct {
	Bias    float64
	Weights [NumFeatures]float64
}

// Score returns the model's probability that the pair is a true return.
func (m *Model) Score(f *Features) float64 {
	z := m.Bias
	for i, w := range m.Weights {
		z += w * f[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// Contribution returns feature i's additive part of the log-odds.
func (m *Model) Contribution(f *Features, i int) float64 { return m.Weights[i] * f[i] }

// Sample is one labelled candidate pair for fitting.
type Sample struct {
	F     Features
	Label bool
}

// Fit fits a logistic model by Newton's method (iteratively reweighted
// least squares) with an L2 penalty lambda on the weights (not the bias),
// which keeps weights finite when the training pairs are separable.
// iterations bounds the Newton steps; 25 is plenty for 14 parameters.
func Fit(samples []Sample, lambda float64, iterations int) Model {
	return fitMasked(samples, lambda, iterations, [NumFeatures]bool{})
}

// FitNonNegative fits like Fit but keeps every weight ≥ 0: a feature whose
// fitted weight is negative is dropped (weight 0) and the rest refit, until
// none is negative. Every feature is evidence FOR a return, so a negative
// weight only reflects collinearity in the training pairs, and it would make
// the explanation read "a shout-out lowered the score".
func FitNonNegative(samples []Sample, lambda float64, iterations int) Model {
	var off [NumFeatures]bool
	for {
		m := fitMasked(samples, lambda, iterations, off)
		worst, wi := 0.0, -1
		for i, w := range m.Weights {
			if !off[i] && w < worst {
				worst, wi = w, i
			}
		}
		if wi < 0 {
			return m
		}
		off[wi] = true
	}
}

func fitMasked(samples []Sample, lambda float64, iterations int, off [NumFeatures]bool) Model {
	const n = NumFeatures + 1 // bias is index NumFeatures
	var beta [n]float64
	x := func(s *Sample, i int) float64 {
		if i == NumFeatures {
			return 1
		}
		if off[i] {
			return 0
		}
		return s.F[i]
	}
	for it := 0; it < iterations; it++ {
		var grad [n]float64
		var hess [n][n]float64
		for k := range samples {
			s := &samples[k]
			z := beta[NumFeatures]
			for i := 0; i < NumFeatures; i++ {
				z += beta[i] * x(s, i)
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if s.Label {
				y = 1
			}
			w := max(p*(1-p), 1e-9)
			for i := 0; i < n; i++ {
				xi := x(s, i)
				grad[i] += (y - p) * xi
				for j := 0; j <= i; j++ {
					hess[i][j] += w * xi * x(s, j)
				}
			}
		}
		for i := 0; i < n; i++ {
			for j := 0; j < i; j++ {
				hess[j][i] = hess[i][j]
			}
			if i < NumFeatures {
				grad[i] -= lambda * beta[i]
				hess[i][i] += lambda
			}
			hess[i][i] += 1e-9
		}
		step, ok := solve(hess, grad)
		if !ok {
			break
		}
		maxStep := 0.0
		for i := range beta {
			beta[i] += step[i]
			maxStep = max(maxStep, math.Abs(step[i]))
		}
		if maxStep < 1e-7 {
			break
		}
	}
	var m Model
	copy(m.Weights[:], beta[:NumFeatures])
	m.Bias = beta[NumFeatures]
	return m
}

// solve solves a·x = b by Gaussian elimination with partial pivoting.
func solve(a [NumFeatures + 1][NumFeatures + 1]float64, b [NumFeatures + 1]float64) ([NumFeatures + 1]float64, bool) {
	const n = NumFeatures + 1
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return b, false
		}
		a[c], a[p] = a[p], a[c]
		b[c], b[p] = b[p], b[c]
		for r := c + 1; r < n; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < n; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	var x [n]float64
	for r := n - 1; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < n; k++ {
			s -= a[r][k] * x[k]
		}
		x[r] = s / a[r][r]
	}
	return x, true
}
