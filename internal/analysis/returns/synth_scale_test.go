package returns

import (
	"context"
	"testing"
)

// TestSyntheticPopulation checks the pipeline end to end on a small
// generated population: returns are found, look-alikes are not linked.
func TestSyntheticPopulation(t *testing.T) {
	syn := newSynthetic(3000, 200, 100, 1)
	res, err := Analyze(context.Background(), syn.snap, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	tp, looks := 0, 0
	for _, l := range res.Links {
		if syn.returns[l.Suspended] == l.Successor {
			tp++
		}
		if syn.looks[l.Successor] {
			looks++
		}
	}
	p := float64(tp) / float64(max(1, len(res.Links)))
	rc := float64(tp) / float64(len(syn.returns))
	t.Logf("links %d, true %d/%d, P %.3f R %.3f, look-alikes linked %d, pairs scored %d", len(res.Links), tp, len(syn.returns), p, rc, looks, res.CandidatesScored)
	if p < 0.9 || rc < 0.8 || looks > len(syn.looks)/20 {
		t.Errorf("synthetic: P %.3f R %.3f look-alikes linked %d", p, rc, looks)
	}
}

// BenchmarkAnalyze100k analyses 100k accounts with 10k suspensions (plus 10k
// successors and 5k look-alikes, 500k posts, 1.5M follows). Run with
// bench/returns.sh for time and peak RSS.
func BenchmarkAnalyze100k(b *testing.B) {
	syn := newSynthetic(100_000, 10_000, 5_000, 1)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cpu0 := cpuSeconds()
		res, err := Analyze(context.Background(), syn.snap, DefaultOptions())
		// CPU time of the analysis: on a shared machine wall time mostly
		// measures the neighbours.
		b.ReportMetric(cpuSeconds()-cpu0, "cpu-s")
		if err != nil {
			b.Fatal(err)
		}
		tp := 0
		for _, l := range res.Links {
			if syn.returns[l.Suspended] == l.Successor {
				tp++
			}
		}
		b.ReportMetric(float64(tp)/float64(len(syn.returns)), "recall")
		b.ReportMetric(float64(res.CandidatesScored), "pairs")
		b.ReportMetric(float64(syn.snap.Bytes())/1e6, "snapshot-MB")
	}
}
