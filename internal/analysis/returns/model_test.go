package returns

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestFitRecoversKnownModel draws labels from a known logistic model and
// checks that Fit recovers its coefficients (the maximum-likelihood
// estimate converges to the true parameters).
func TestFitRecoversKnownModel(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	truth := Model{Bias: -2}
	truth.Weights[FHandleSim] = 3
	truth.Weights[FShout] = 1.5
	var samples []Sample
	for i := 0; i < 20000; i++ {
		var f Features
		f[FHandleSim] = r.Float64()
		f[FShout] = r.Float64()
		f[FStyle] = r.Float64() // carries no signal: weight ≈ 0
		samples = append(samples, Sample{F: f, Label: r.Float64() < truth.Score(&f)})
	}
	m := Fit(samples, 0, 50)
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"bias", m.Bias, -2}, {"handle", m.Weights[FHandleSim], 3},
		{"shout", m.Weights[FShout], 1.5}, {"style", m.Weights[FStyle], 0},
	} {
		if math.Abs(c.got-c.want) > 0.25 {
			t.Errorf("%s: fitted %.3f want %.3f ± 0.25", c.name, c.got, c.want)
		}
	}
	nn := FitNonNegative(samples, 0, 50)
	for i, w := range nn.Weights {
		if w < 0 {
			t.Errorf("FitNonNegative weight %s = %v < 0", FeatureNames[i], w)
		}
	}
}
