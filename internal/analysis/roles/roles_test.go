package roles

import (
	"fmt"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// TestCallsAgainstTheArmyDoNotMakeOrganizers: an official's releases are
// reposted by a squad within seconds; an army-tied account calls for a mass
// report of an activist, and the activist calls for a mass report of the
// official. Only the first caller is an organizer.
func TestCallsAgainstTheArmyDoNotMakeOrganizers(t *testing.T) {
	b := snapshot.NewBuilder()
	t0 := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	n := 0
	add := func(author string, at time.Duration, mod func(*marsad.Post)) string {
		n++
		p := &marsad.Post{Platform: "twitter", ID: fmt.Sprint(n), AccountID: author, AccountHandle: author, CreatedAt: t0.Add(at), Kind: marsad.PostOriginal, Text: fmt.Sprintf("release %d", n)}
		if mod != nil {
			mod(p)
		}
		b.Add(p)
		return p.ID
	}
	for _, h := range []string{"official", "caller", "activist"} {
		b.AddAccount(&marsad.Account{Platform: "twitter", ID: h, Handle: h})
	}
	var squad []string
	for i := 0; i < 5; i++ {
		squad = append(squad, fmt.Sprintf("s%d", i))
	}
	for r := 0; r < 4; r++ {
		orig := add("official", time.Duration(r)*time.Hour, nil)
		for i, m := range squad {
			add(m, time.Duration(r)*time.Hour+time.Duration(i+1)*5*time.Second, func(p *marsad.Post) {
				p.Kind, p.RepostOfPostID, p.RepostOfAccountID, p.Text = marsad.PostRepost, orig, "official", ""
			})
		}
		add("caller", time.Duration(r)*time.Hour+time.Minute, func(p *marsad.Post) {
			p.Kind, p.RepostOfPostID, p.RepostOfAccountID, p.Text = marsad.PostRepost, orig, "official", ""
		})
	}
	add("caller", 10*time.Hour, func(p *marsad.Post) {
		p.Text = "يا أنصار بلغوا عن حساب @activist حملة تبليغ الآن"
		p.Mentions = []marsad.Mention{{AccountID: "activist", Handle: "activist"}}
	})
	add("activist", 11*time.Hour, func(p *marsad.Post) {
		p.Text = "Please mass report @official, report this account now, it spreads terror propaganda"
		p.Mentions = []marsad.Mention{{AccountID: "official", Handle: "official"}}
	})
	s, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	var sq []uint32
	for _, m := range squad {
		a, _ := s.Account(m)
		sq = append(sq, a)
	}
	r := Classify(s, Inputs{Squads: [][]uint32{sq}}, Options{})
	got := map[string]Role{}
	for _, a := range r.Accounts {
		got[s.AccountIDs[a.Account]] = a.Role
		if len(a.Evidence) == 0 {
			t.Errorf("%s labelled %s without evidence", s.AccountIDs[a.Account], a.Role)
		}
	}
	want := map[string]Role{"official": RoleOfficial, "caller": RoleOrganizer, "s0": RoleAmplifier, "activist": ""}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("%s: role %q, want %q (all: %v)", id, got[id], w, got)
		}
	}
}
