package roles

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/marsad-project/marsad/internal/analysis/coordination"
	"github.com/marsad-project/marsad/internal/eval"
	"github.com/marsad-project/marsad/internal/sim"
	"github.com/marsad-project/marsad/internal/simsnap"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// classifySim runs coordination then roles over a simulated scenario and
// scores the roles with internal/eval (the demo's scorer).
func classifySim(t *testing.T, seed uint64, scale float64) (eval.RolesScore, *Result, *snapshot.Snapshot, *sim.Truth) {
	t.Helper()
	s, truth := simsnap.Scenario(t, seed, scale, simsnap.Options{})
	cr, err := coordination.Detect(context.Background(), s, coordination.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var in Inputs
	for _, g := range cr.Groups {
		in.Squads = append(in.Squads, g.Members)
	}
	r := Classify(s, in, Options{})
	var er eval.RolesResult
	for _, a := range r.Accounts {
		er.Accounts = append(er.Accounts, struct {
			ID   string `json:"id"`
			Role string `json:"role"`
		}{s.AccountIDs[a.Account], string(a.Role)})
	}
	return eval.Roles(&er, truth), r, s, truth
}

// TestRolesOnSimulator measures roles on a scenario the rules were not
// written against (seed 5). MARSAD_ROLES_SCALE raises the scale (1.0 for
// the figures in docs/ANALYSES-roles.md).
func TestRolesOnSimulator(t *testing.T) {
	scale := 0.1
	if v := os.Getenv("MARSAD_ROLES_SCALE"); v != "" {
		scale, _ = strconv.ParseFloat(v, 64)
	}
	seed := uint64(5)
	if v := os.Getenv("MARSAD_ROLES_SEED"); v != "" {
		seed, _ = strconv.ParseUint(v, 10, 64)
	}
	sc, r, s, truth := classifySim(t, seed, scale)
	for _, c := range []string{"official", "organizer", "amplifier", "other"} {
		p := sc.PerClass[c]
		t.Logf("%-9s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", c, p.Precision(), p.Recall(), p.F1(), p.TP, p.FP, p.FN)
	}
	t.Logf("macro-F1 %.3f; activists/news given an army role: %d of %d", sc.MacroF1, sc.NonArmyLabelled, sc.ActivistsAndNews)
	if testing.Verbose() {
		for _, a := range r.Accounts {
			want := truth.Roles[s.AccountIDs[a.Account]]
			if eval.RoleClass(want) != string(a.Role) && !(a.Role == RoleSupervisor && want == "supervisor") {
				t.Logf("wrong: %s %s labelled %s: %v", s.AccountIDs[a.Account], want, a.Role, a.Evidence)
			}
		}
	}
	if sc.NonArmyLabelled != 0 {
		t.Errorf("%d activists or news accounts were given an army role", sc.NonArmyLabelled)
	}
	for _, c := range []string{"official", "organizer"} {
		if p := sc.PerClass[c].Precision(); p < 0.95 {
			t.Errorf("%s precision %.3f < 0.95", c, p)
		}
	}
	if sc.MacroF1 < 0.85 {
		t.Errorf("macro-F1 %.3f < 0.85", sc.MacroF1)
	}
}
