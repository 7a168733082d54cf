package roles

import (
	"fmt"
	"sort"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/analysis/campaigns"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Assignment is one account's role with its score and evidence.
type Assignment struct {
	Account  uint32
	Role     Role
	Score    float64
	Evidence []marsad.Evidence
}

// Supervision is an edge from the supervisor to an official it endorses
// (reposts) or that echoes it (reposts the supervisor).
type Supervision struct {
	Supervisor, Official uint32
	Endorsements, Echoes int
}

// Result is the outcome of Classify: every account given a role other than
// RoleOther, strongest first, and the supervision edges.
type Result struct {
	Accounts    []Assignment
	Supervision []Supervision
}

// Classify gives every account of s a role from its behaviour:
//
//   - official: publishes originals that coordination squads repost within
//     minutes, again and again (releases);
//   - supervisor: the official most tied to the other officials by
//     endorsement (it reposts their releases) and echo (they repost its);
//   - organizer: issues calls to action against accounts outside the army
//     and is itself part of the army's network (it reposts or is reposted by
//     army accounts);
//   - amplifier: most of its reposts go to army accounts, or it is a member
//     of a coordination squad.
//
// The army set grows by propagation from the officials and squads, so an
// account that reposts an amplifying hub leader is an amplifier too. Profile
// text is never used: names and bios are easy to fake and the wrong label
// harms a real person. Linear in posts per round; at most four rounds.
func Classify(s *snapshot.Snapshot, in Inputs, opts Options) *Result {
	o := opts.withDefaults()
	n := s.NumAccounts()
	squad := make([]bool, n)
	for _, g := range in.Squads {
		for _, a := range g {
			if int(a) < n {
				squad[a] = true
			}
		}
	}
	f := measure(s, squad, o)
	role := make([]Role, n)
	score := make([]float64, n)
	ev := make([][]marsad.Evidence, n)
	for a := range role {
		role[a] = RoleOther
	}

	// Officials: squad-amplified releases, from accounts that form the
	// officials' network (they repost each other's releases).
	var cand []uint32
	isCand := make([]bool, n)
	for a := 0; a < n; a++ {
		fa := &f[a]
		if squad[a] || fa.squadAmplified < o.MinReleases || 5*fa.squadAmplified < fa.originals {
			continue
		}
		cand = append(cand, uint32(a))
		isCand[a] = true
	}
	calls := in.Calls
	if calls == nil {
		calls = campaigns.FindCalls(s)
	}
	callsBy := map[uint32]int{}
	for _, c := range calls {
		callsBy[c.Author]++
	}
	ties := candidateTies(s, isCand)
	for _, a := range cand {
		fa := &f[a]
		// Inside the officials' network (tied to two others), or alone but
		// with at least half its originals squad-amplified and not a
		// caller: an organizer's calls are amplified by squads too.
		networked := len(ties[a]) >= 2
		alone := 2*fa.squadAmplified >= fa.originals && 2*callsBy[a] < fa.squadAmplified
		if !networked && !alone {
			continue
		}
		role[a] = RoleOfficial
		share := float64(fa.squadAmplified) / float64(fa.originals)
		score[a] = clamp01(0.6 + 0.4*share)
		ev[a] = append(ev[a], marsad.Evidence{
			Reason: fmt.Sprintf("%d of its %d original posts were reposted by at least %d members of coordination squads within %s (%d distinct squad members in all)",
				fa.squadAmplified, fa.originals, o.MinSquadReposters, o.AmplifyWindow, fa.squadReposters),
			Weight: share,
			Posts:  squadAmplifiedPosts(s, a, squad, o, 5),
		}, marsad.Evidence{
			Reason: fmt.Sprintf("reposts or is reposted by %d other accounts whose releases squads amplify", len(ties[a])),
		})
	}
	res := &Result{}

	// Organizers and amplifiers, propagated from the army core.
	army := make([]bool, n)
	for a := 0; a < n; a++ {
		army[a] = squad[a] || role[a] == RoleOfficial || role[a] == RoleSupervisor
	}
	for round := 0; round < 4; round++ {
		countArmyReposts(s, f, army, role, o)
		changed := moreOfficials(s, f, squad, role, score, ev, army, o)
		changed = organizers(s, calls, f, army, role, score, ev) || changed
		changed = amplifiers(f, squad, army, role, score, ev, o) || changed
		if !changed {
			break
		}
	}
	countArmyReposts(s, f, army, role, o)
	res.Supervision = supervise(s, f, role, score, ev)
	families(in.Families, role, score, ev, s)

	for a := 0; a < n; a++ {
		if role[a] != RoleOther {
			res.Accounts = append(res.Accounts, Assignment{Account: uint32(a), Role: role[a], Score: round3(score[a]), Evidence: ev[a]})
		}
	}
	sort.Slice(res.Accounts, func(i, j int) bool {
		x, y := res.Accounts[i], res.Accounts[j]
		if rank(x.Role) != rank(y.Role) {
			return rank(x.Role) < rank(y.Role)
		}
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		return x.Account < y.Account
	})
	return res
}

// candidateTies returns, for each official candidate, the other candidates
// it reposts or that repost it.
func candidateTies(s *snapshot.Snapshot, isCand []bool) map[uint32]map[uint32]bool {
	ties := map[uint32]map[uint32]bool{}
	link := func(a, b uint32) {
		if ties[a] == nil {
			ties[a] = map[uint32]bool{}
		}
		ties[a][b] = true
	}
	for p := 0; p < s.NumPosts(); p++ {
		if s.Kinds[p] != snapshot.KindRepost {
			continue
		}
		a, b := s.Author[p], refAuthor(s, p)
		if b == snapshot.None || a == b || !isCand[a] || !isCand[b] {
			continue
		}
		link(a, b)
		link(b, a)
	}
	return ties
}

func rank(r Role) int {
	switch r {
	case RoleSupervisor:
		return 0
	case RoleOfficial:
		return 1
	case RoleOrganizer:
		return 2
	case RoleAmplifier:
		return 3
	}
	return 4
}

func clamp01(x float64) float64 { return max(0, min(1, x)) }

func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }
