package coordination

import (
	"context"
	"testing"
)

func TestDebugSim(t *testing.T) {
	if *evalScale == 0 {
		t.Skip()
	}
	s, truth := simSnapshot(t, 11, *evalScale)
	r, _ := Detect(context.Background(), s, Options{})
	for _, st := range r.Stats {
		t.Log(st)
	}
	report(t, measure(t, s, truth, r))
	grp := map[string]int{}
	for i, g := range r.Groups {
		for _, m := range g.Members {
			grp[s.AccountIDs[m]] = i + 1
		}
		t.Logf("group %d: %d members score %.2f %v", i+1, len(g.Members), g.Score, g.Behaviours)
	}
	for si, sq := range truth.Squads {
		line := ""
		for _, m := range sq {
			a, _ := s.Account(m)
			line += " " + itoa(grp[m]) + "/" + itoa(s.ByAuthor.Len(a))
		}
		t.Logf("squad %d (%d): %s", si, len(sq), line)
	}
	// edges stats for first squad's pairs
	for _, sq := range truth.Squads[:2] {
		a, _ := s.Account(sq[0])
		for _, m := range sq[1:4] {
			b, _ := s.Account(m)
			acts, _ := Explain(s, a, b, Options{})
			n := map[Behaviour]int{}
			for _, c := range acts {
				n[c.Behaviour]++
			}
			t.Logf("pair %s-%s explain %v", sq[0], m, n)
		}
	}
}

func itoa(i int) string { return fmtInt(i) }

func fmtInt(i int) string {
	if i == 0 {
		return "0"
	}
	s := ""
	for i > 0 {
		s = string(rune('0'+i%10)) + s
		i /= 10
	}
	return s
}

func TestDebugMissed(t *testing.T) {
	if *evalScale == 0 {
		t.Skip()
	}
	s, truth := simSnapshot(t, 11, *evalScale)
	r, _ := Detect(context.Background(), s, Options{Alpha: 1, MinSync: 0.0001, MinWeight: 1})
	for _, sq := range truth.Squads {
		for _, m := range sq {
			a, _ := s.Account(m)
			if s.ByAuthor.Len(a) > 20 {
				continue
			}
			kinds := map[int]int{}
			for _, p := range s.ByAuthor.Of(a) {
				kinds[int(s.Kinds[p])]++
			}
			t.Logf("account %s posts %d kinds %v first %v", m, s.ByAuthor.Len(a), kinds, s.Time(s.ByAuthor.Of(a)[0]))
			n := 0
			for _, e := range r.Edges {
				if (e.A == a || e.B == a) && n < 8 {
					n++
					t.Logf("   %s w=%d shared=%d na=%d nb=%d exp=%.2f p=%.2g", e.Behaviour, e.Weight, e.Shared, e.ActionsA, e.ActionsB, e.Expected, e.PValue)
				}
			}
		}
	}
}
