package returns_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/analysis/returns"
)

// TestFitWeights fits the logistic model on TRAINING seeds of the simulator
// (never the evaluation seed) over all four evidence sets, so the weights
// hold when avatars or follows are missing, and prints the Go table for
// weights.go:
//
//	MARSAD_RETURNS_TRAIN=1,2 MARSAD_RETURNS_SCALE=0.5 go test -run TestFitWeights -v ./internal/analysis/returns/
func TestFitWeights(t *testing.T) {
	seeds := envSeeds(t, "MARSAD_RETURNS_TRAIN")
	scale := envScale(0.5)
	var samples []returns.Sample
	pos := 0
	for _, seed := range seeds {
		dir, truth := simulate(t, seed, scale)
		want := map[[2]string]bool{}
		root := map[string]string{} // account → first account of its true family
		for _, r := range truth.Returns {
			want[[2]string{r.Suspended, r.Successor}] = true
		}
		for _, r := range truth.Returns { // returns are listed parent first
			if root[r.Suspended] == "" {
				root[r.Suspended] = r.Suspended
			}
			root[r.Successor] = root[r.Suspended]
		}
		snaps := loadDir(t, dir, evidenceSets)
		for i := range evidenceSets {
			s := snaps[i]
			cands, err := returns.Candidates(context.Background(), s, returns.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range cands {
				y := want[[2]string{c.Suspended, c.Candidate}]
				if !y && root[c.Suspended] != "" && root[c.Suspended] == root[c.Candidate] {
					continue // same owner two generations apart: neither label is right
				}
				if y {
					pos++
				}
				samples = append(samples, returns.Sample{F: c.F, Label: y})
			}
		}
	}
	m := returns.FitNonNegative(samples, 1.0, 50)
	t.Logf("fit on %d pairs (%d true returns) from seeds %v at scale %g", len(samples), pos, seeds, scale)
	var b strings.Builder
	fmt.Fprintf(&b, "var DefaultModel = Model{\n\tBias: %.3f,\n\tWeights: [NumFeatures]float64{\n", m.Bias)
	for i, w := range m.Weights {
		fmt.Fprintf(&b, "\t\t%.3f, // %s\n", w, returns.FeatureNames[i])
	}
	b.WriteString("\t},\n}\n")
	t.Log("\n" + b.String())
	// Training fit quality at the default threshold.
	tp, fp, fn := 0, 0, 0
	for i := range samples {
		p := m.Score(&samples[i].F) >= 0.5
		switch {
		case p && samples[i].Label:
			tp++
		case p:
			fp++
		case samples[i].Label:
			fn++
		}
	}
	t.Logf("training pairs at 0.5: TP %d FP %d FN %d", tp, fp, fn)
}
