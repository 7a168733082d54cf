package coordination

import (
	"context"
	"testing"

	"github.com/marsad-project/marsad/internal/sim"
)

func TestDebugFP(t *testing.T) {
	if *evalScale == 0 {
		t.Skip()
	}
	s, truth := simSnapshot(t, *evalSeed, *evalScale)
	r, _ := Detect(context.Background(), s, Options{})
	report(t, measure(t, s, truth, r))
	for i, e := range r.Edges {
		ra, rb := truth.Roles[s.AccountIDs[e.A]], truth.Roles[s.AccountIDs[e.B]]
		if sim.IsArmy(ra) && sim.IsArmy(rb) && ra == sim.RoleAmplifier && rb == sim.RoleAmplifier {
			continue
		}
		t.Logf("edge %s(%s) %s(%s) %s w=%d shared=%d na=%d nb=%d exp=%.2f expSync=%.2f p=%.2g", s.AccountIDs[e.A], ra, s.AccountIDs[e.B], rb, e.Behaviour, e.Weight, e.Shared, e.ActionsA, e.ActionsB, e.Expected, e.ExpectedSync, e.PValue)
		for _, c := range r.Evidence[i][:min(4, len(r.Evidence[i]))] {
			t.Logf("    %s %s %v %v", c.Key, s.PostText(c.PostA), s.Time(c.PostA), s.Time(c.PostB))
		}
	}
}
