package campaigns

import (
	"math"
	"testing"
)

func TestPoissonTail(t *testing.T) {
	// Hand-computed: P(X≥1|mu) = 1−e^−mu; P(X≥2|1) = 1 − 2/e = 0.26424;
	// P(X≥10|1) = 1.1142e-7 (sum of e^-1/k! for k≥10).
	tests := []struct {
		k    int
		mu   float64
		want float64
	}{
		{0, 3, 1},
		{1, 0.5, 1 - math.Exp(-0.5)},
		{2, 1, 1 - 2/math.E},
		{10, 1, 1.1142547e-7},
	}
	for _, tt := range tests {
		if got := PoissonTail(tt.k, tt.mu); math.Abs(got-tt.want) > 1e-6*math.Max(tt.want, 1e-6) {
			t.Errorf("PoissonTail(%d, %v) = %g, want %g", tt.k, tt.mu, got, tt.want)
		}
	}
}

func TestFindBursts(t *testing.T) {
	bins := make([]int, 200)
	for i := range bins {
		if i%10 == 0 {
			bins[i] = 1 // baseline: one event every ten hours
		}
	}
	bins[101], bins[102], bins[103] = 9, 14, 6 // a pile-on over three hours
	got, rate := findBursts(bins, 6, 1e-6, 1.0/168, 6)
	if len(got) != 1 || got[0].From > 101 || got[0].To < 104 || got[0].To > 106 {
		t.Fatalf("bursts = %+v, want one covering bins 101-103", got)
	}
	if rate < 0.05 || rate > 0.15 {
		t.Errorf("baseline rate = %v, want ≈ 0.1/h (the burst excluded)", rate)
	}

	// An account that is always busy: the same counts are its normal.
	busy := make([]int, 200)
	for i := range busy {
		busy[i] = 8
	}
	busy[50] = 14
	if got, _ := findBursts(busy, 6, 1e-6, 1.0/168, 6); len(got) != 0 {
		t.Errorf("busy account: bursts = %+v, want none", got)
	}
}
