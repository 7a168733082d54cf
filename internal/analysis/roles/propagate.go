package roles

import (
	"fmt"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/campaigns"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// squadAmplifiedPosts returns up to max of a's originals that squads
// amplified, as evidence.
func squadAmplifiedPosts(s *snapshot.Snapshot, a uint32, squad []bool, o Options, max int) []string {
	var out []string
	win := o.AmplifyWindow.Milliseconds()
	for _, p := range s.ByAuthor.Of(a) {
		if s.Kinds[p] != snapshot.KindPost || s.ReplyTo[p] != snapshot.None {
			continue
		}
		fast := 0
		for _, r := range s.RepostsOf.Of(p) {
			if squad[s.Author[r]] && s.TimeMS[r]-s.TimeMS[p] <= win {
				fast++
			}
		}
		if fast >= o.MinSquadReposters {
			out = append(out, s.PostID(p))
			if len(out) == max {
				break
			}
		}
	}
	return out
}

// supervise finds the supervisor: the account tied to most officials by
// endorsement (it reposts their releases) and echo (they repost its posts),
// when it is echoed by at least two of them and tied to at least half of
// them (and three). It may be an official already or an account the other
// rules called an amplifier (it reposts a lot). It returns the supervision
// edges, one per official tied to the supervisor.
func supervise(s *snapshot.Snapshot, f []features, role []Role, score []float64, ev [][]marsad.Evidence) []Supervision {
	official := func(a uint32) bool { return role[a] == RoleOfficial }
	var officials []uint32
	for a := range role {
		if official(uint32(a)) {
			officials = append(officials, uint32(a))
		}
	}
	if len(officials) < 3 {
		return nil
	}
	type tie struct{ endorse, echo int }
	ties := map[uint32]map[uint32]*tie{}
	get := func(sup, off uint32) *tie {
		m := ties[sup]
		if m == nil {
			m = map[uint32]*tie{}
			ties[sup] = m
		}
		t := m[off]
		if t == nil {
			t = &tie{}
			m[off] = t
		}
		return t
	}
	n := s.NumPosts()
	for p := 0; p < n; p++ {
		if s.Kinds[p] != snapshot.KindRepost {
			continue
		}
		a, b := s.Author[p], refAuthor(s, p)
		if b == snapshot.None || a == b {
			continue
		}
		if official(b) && f[a].echoes > 0 && (official(a) || f[a].endorsedBy > 0) {
			get(a, b).endorse++ // a endorses official b
		}
		if official(a) {
			get(b, a).echo++ // official a echoes b
		}
	}
	var best uint32
	bestDeg := 0
	for a, m := range ties {
		echoed := 0
		for _, t := range m {
			if t.echo > 0 {
				echoed++
			}
		}
		if echoed < 2 {
			continue
		}
		if d := len(m); d > bestDeg || (d == bestDeg && a < best) {
			best, bestDeg = a, d
		}
	}
	others := len(officials)
	if official(best) {
		others--
	}
	if bestDeg < 3 || 2*bestDeg < others {
		return nil
	}
	role[best] = RoleSupervisor
	score[best] = clamp01(float64(bestDeg) / float64(others))
	var out []Supervision
	endorse, echo := 0, 0
	for _, off := range officials {
		if t := ties[best][off]; t != nil && off != best {
			out = append(out, Supervision{Supervisor: best, Official: off, Endorsements: t.endorse, Echoes: t.echo})
			endorse += t.endorse
			echo += t.echo
		}
	}
	ev[best] = append([]marsad.Evidence{{
		Reason: fmt.Sprintf("tied to %d of the %d official accounts: it reposts their releases %d times and they repost its posts %d times",
			bestDeg, others, endorse, echo),
		Weight: score[best],
	}}, ev[best]...)
	return out
}

// countArmyReposts recounts, for every account, its reposts of army
// accounts' posts, how often army accounts repost it, how many of its
// originals the army amplified within the window, and how often officials
// repost it (endorsement) or it reposts officials (echo).
func countArmyReposts(s *snapshot.Snapshot, f []features, army []bool, role []Role, o Options) {
	for a := range f {
		f[a].armyReposts, f[a].armyReposted, f[a].armyAmplified = 0, 0, 0
		f[a].endorsedBy, f[a].echoes = 0, 0
	}
	win := o.AmplifyWindow.Milliseconds()
	official := func(a uint32) bool { return role[a] == RoleOfficial || role[a] == RoleSupervisor }
	n := s.NumPosts()
	for p := 0; p < n; p++ {
		a := s.Author[p]
		if s.Kinds[p] == snapshot.KindRepost {
			orig := refAuthor(s, p)
			if orig == snapshot.None || orig == a {
				continue
			}
			if army[orig] {
				f[a].armyReposts++
			}
			if army[a] {
				f[orig].armyReposted++
			}
			if official(a) {
				f[orig].endorsedBy++
			}
			if official(orig) {
				f[a].echoes++
			}
			continue
		}
		if s.Kinds[p] != snapshot.KindPost || s.ReplyTo[p] != snapshot.None {
			continue
		}
		fast := 0
		for _, r := range s.RepostsOf.Of(uint32(p)) {
			if ra := s.Author[r]; ra != a && army[ra] && s.TimeMS[r]-s.TimeMS[p] <= win {
				fast++
			}
		}
		if fast >= o.MinSquadReposters {
			f[a].armyAmplified++
		}
	}
}

// moreOfficials marks accounts whose releases the army (squads and
// amplifiers) reposts within the window again and again, and which the
// officials' network endorses: officials repost them. Hub leaders are
// amplified by their disciples but not endorsed by officials.
func moreOfficials(s *snapshot.Snapshot, f []features, squad []bool, role []Role, score []float64, ev [][]marsad.Evidence, army []bool, o Options) bool {
	changed := false
	for a := range f {
		fa := &f[a]
		if squad[a] || (role[a] != RoleOther && role[a] != RoleAmplifier) {
			continue
		}
		if fa.armyAmplified < o.MinReleases || 2*fa.armyAmplified < fa.originals || fa.endorsedBy < 2 {
			continue
		}
		role[a] = RoleOfficial
		army[a] = true
		score[a] = clamp01(0.5 + 0.5*float64(fa.armyAmplified)/float64(fa.originals))
		ev[a] = []marsad.Evidence{{
			Reason: fmt.Sprintf("%d of its %d original posts were reposted by at least %d army accounts within %s, and official accounts reposted it %d times",
				fa.armyAmplified, fa.originals, o.MinSquadReposters, o.AmplifyWindow, fa.endorsedBy),
			Weight: float64(fa.armyAmplified) / float64(fa.originals),
		}}
		changed = true
	}
	return changed
}

func refAuthor(s *snapshot.Snapshot, p int) uint32 {
	if r := s.Ref[p]; r != snapshot.None && s.IsPost(r) {
		return s.Author[r]
	}
	return s.RefAccount[p]
}

// organizers marks the authors of calls to action against accounts outside
// the army who are themselves tied to the army: they repost army accounts or
// army accounts repost them. A call against an army account (an activist
// asking to report the army) never makes an organizer.
func organizers(s *snapshot.Snapshot, calls []campaigns.Call, f []features, army []bool, role []Role, score []float64, ev [][]marsad.Evidence) bool {
	byAuthor := map[uint32][]campaigns.Call{}
	for _, c := range calls {
		if len(c.Targets) == 0 {
			continue
		}
		hostileToArmy := false
		for _, t := range c.Targets {
			if army[t] {
				hostileToArmy = true
			}
		}
		if !hostileToArmy {
			byAuthor[c.Author] = append(byAuthor[c.Author], c)
		}
	}
	changed := false
	for a, cs := range byAuthor {
		if role[a] == RoleOrganizer || role[a] == RoleOfficial || role[a] == RoleSupervisor {
			continue
		}
		fa := &f[a]
		if fa.armyReposts+fa.armyReposted < 2 {
			continue
		}
		role[a] = RoleOrganizer
		army[a] = true
		changed = true
		targets := map[uint32]bool{}
		var posts []string
		var cues []string
		for _, c := range cs {
			targets[c.Targets[0]] = true
			if len(posts) < 5 {
				posts = append(posts, s.PostID(c.Post))
			}
			if len(cues) < 3 && len(c.Cues) > 0 {
				cues = append(cues, c.Cues[0])
			}
		}
		score[a] = clamp01(0.6 + 0.1*float64(len(cs)))
		ev[a] = append(ev[a], marsad.Evidence{
			Reason: fmt.Sprintf("%d calls to action against %d accounts outside the army (cues: %v)", len(cs), len(targets), cues),
			Weight: score[a],
			Posts:  posts,
		}, marsad.Evidence{
			Reason: fmt.Sprintf("tied to the army: %d reposts of army accounts, reposted %d times by army accounts", fa.armyReposts, fa.armyReposted),
		})
	}
	return changed
}

// amplifiers marks squad members and accounts most of whose reposts go to
// army accounts.
func amplifiers(f []features, squad, army []bool, role []Role, score []float64, ev [][]marsad.Evidence, o Options) bool {
	changed := false
	for a := range f {
		if role[a] != RoleOther {
			continue
		}
		fa := &f[a]
		share := 0.0
		if fa.reposts > 0 {
			share = float64(fa.armyReposts) / float64(fa.reposts)
		}
		switch {
		case squad[a]:
			role[a] = RoleAmplifier
			score[a] = clamp01(0.7 + 0.3*share)
			ev[a] = append(ev[a], marsad.Evidence{Reason: "member of a coordination squad (see the coordination analysis for the shared actions)", Weight: 0.7})
		case fa.reposts >= o.MinReposts && share >= o.MinArmyShare:
			role[a] = RoleAmplifier
			score[a] = clamp01(share)
		default:
			continue
		}
		if fa.reposts > 0 {
			ev[a] = append(ev[a], marsad.Evidence{
				Reason: fmt.Sprintf("%d of its %d reposts are of army accounts (%.0f%%)", fa.armyReposts, fa.reposts, 100*share),
				Weight: share,
			})
		}
		army[a] = true
		changed = true
	}
	return changed
}

// families gives every member of a returned-account family the strongest
// role found in it: the owner is the same actor under a new name.
func families(fams [][]uint32, role []Role, score []float64, ev [][]marsad.Evidence, s *snapshot.Snapshot) {
	for _, fam := range fams {
		best := RoleOther
		var from uint32
		for _, a := range fam {
			if int(a) < len(role) && rank(role[a]) < rank(best) {
				best, from = role[a], a
			}
		}
		if best == RoleOther {
			continue
		}
		for _, a := range fam {
			if int(a) >= len(role) || role[a] != RoleOther {
				continue
			}
			role[a] = best
			score[a] = score[from] * 0.9
			ev[a] = append(ev[a], marsad.Evidence{
				Reason: fmt.Sprintf("same actor as %s (returned-account family), which is %s", s.Label(from), best),
				Weight: score[a],
			})
		}
	}
}
