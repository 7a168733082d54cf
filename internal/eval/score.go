package eval

import (
	"time"

	"github.com/marsad-project/marsad/internal/sim"
)

// CoordinationScore scores coordination groups against the truth's squads.
type CoordinationScore struct {
	// Pairs: a predicted pair is two members of one group; it is right when
	// both belong to one true squad.
	Pairs Score
	// NonArmyInGroups is how many accounts outside the army (ordinary users,
	// activists, news, fans, influencers) were placed in a group, out of
	// NonArmy accounts in the truth.
	NonArmyInGroups, NonArmy int
	Groups                   int
}

// Coordination scores a coordination result.
func Coordination(r *CoordinationResult, t *sim.Truth) CoordinationScore {
	var groups [][]string
	for _, g := range r.Groups {
		groups = append(groups, g.Members)
	}
	s := CoordinationScore{Groups: len(groups)}
	s.Pairs = pairScore(clusterPairs(groups, nil), clusterPairs(t.Squads, nil))
	placed := map[string]bool{}
	for _, g := range groups {
		for _, m := range g {
			placed[m] = true
		}
	}
	for id, role := range t.Roles {
		if !sim.IsArmy(role) {
			s.NonArmy++
			if placed[id] {
				s.NonArmyInGroups++
			}
		}
	}
	return s
}

// HubsScore scores hubs against the truth's hubs (army and non-army).
type HubsScore struct {
	Leaders Score
	// MemberPairs compares co-membership pairs among accounts that belong to
	// some true hub (other accounts' communities are not judged here).
	MemberPairs Score
	Hubs        int
}

// Hubs scores a hubs result.
func Hubs(r *HubsResult, t *sim.Truth) HubsScore {
	var pred, truth []string
	var predC, trueC [][]string
	inHub := map[string]bool{}
	for _, h := range t.Hubs {
		truth = append(truth, h.Leader)
		c := append([]string{h.Leader}, h.Members...)
		trueC = append(trueC, c)
		for _, m := range c {
			inHub[m] = true
		}
	}
	for _, h := range r.Hubs {
		pred = append(pred, h.Leader)
		predC = append(predC, append([]string{h.Leader}, h.Members...))
	}
	keep := func(id string) bool { return inHub[id] }
	return HubsScore{
		Leaders:     compare(set(pred), set(truth)),
		MemberPairs: pairScore(clusterPairs(predC, keep), clusterPairs(trueC, nil)),
		Hubs:        len(r.Hubs),
	}
}

// RoleClass folds the simulator's detailed roles into the four classes the
// roles analysis is judged on: official (incl. supervisor), organizer,
// amplifier (squad members, organic supporters and army disciples) and other.
func RoleClass(role string) string {
	switch role {
	case "supervisor", "official":
		return "official"
	case "organizer":
		return "organizer"
	case sim.RoleAmplifier, sim.RoleSupporter, sim.RoleDisciple:
		return "amplifier"
	}
	return "other"
}

// RolesScore is per-class precision/recall and the macro-F1 over the classes.
type RolesScore struct {
	PerClass map[string]Score
	MacroF1  float64
	// NonArmyLabelled counts activists and news accounts given an army role.
	NonArmyLabelled, ActivistsAndNews int
}

// Roles scores a roles result; accounts not listed are "other".
func Roles(r *RolesResult, t *sim.Truth) RolesScore {
	pred := map[string]string{}
	for _, a := range r.Accounts {
		c := a.Role
		if c == "supervisor" {
			c = "official"
		}
		pred[a.ID] = c
	}
	classes := []string{"official", "organizer", "amplifier", "other"}
	s := RolesScore{PerClass: map[string]Score{}}
	for id, role := range t.Roles {
		want := RoleClass(role)
		got := pred[id]
		if got == "" {
			got = "other"
		}
		for _, c := range classes {
			sc := s.PerClass[c]
			switch {
			case got == c && want == c:
				sc.TP++
			case got == c:
				sc.FP++
			case want == c:
				sc.FN++
			}
			s.PerClass[c] = sc
		}
		if role == sim.RoleActivist || role == sim.RoleNews {
			s.ActivistsAndNews++
			if got != "other" {
				s.NonArmyLabelled++
			}
		}
	}
	for _, c := range classes {
		s.MacroF1 += s.PerClass[c].F1() / float64(len(classes))
	}
	return s
}

// ReturnsScore scores suspended → successor links.
type ReturnsScore struct {
	Links Score
	// InnocentsLinked counts look-alike innocent accounts given as successors.
	InnocentsLinked int
}

// Returns scores a returns result.
func Returns(r *ReturnsResult, t *sim.Truth) ReturnsScore {
	pred, truth := map[string]bool{}, map[string]bool{}
	succ := map[string]bool{}
	for _, l := range r.Links {
		pred[l.Suspended+">"+l.Successor] = true
		succ[l.Successor] = true
	}
	for _, l := range t.Returns {
		truth[l.Suspended+">"+l.Successor] = true
	}
	s := ReturnsScore{Links: compare(pred, truth)}
	for _, id := range t.HardNegatives.LookalikeAccounts {
		if succ[id] {
			s.InnocentsLinked++
		}
	}
	return s
}

// CampaignsScore scores campaigns matched by target and time.
type CampaignsScore struct {
	Campaigns    Score
	Participants Score // summed over matched campaigns
	// DecoysFlagged counts predicted campaigns on an organic heated thread's
	// target during that thread that match no true campaign.
	DecoysFlagged int
}

// matchSlack widens true campaign windows when matching predictions, since
// detectors see the burst, not the scenario's planned start and end.
const matchSlack = 6 * time.Hour

func overlaps(aStart, aEnd, bStart, bEnd time.Time) bool {
	return !aEnd.Before(bStart.Add(-matchSlack)) && !aStart.After(bEnd.Add(matchSlack))
}

// Campaigns scores a campaigns result.
func Campaigns(r *CampaignsResult, t *sim.Truth) CampaignsScore {
	var s CampaignsScore
	matchedTrue := make([]bool, len(t.Campaigns))
	for _, p := range r.Campaigns {
		hit := -1
		for i, c := range t.Campaigns {
			if c.Target == p.Target && overlaps(p.Start, p.End, c.Start, c.End) {
				hit = i
				if !matchedTrue[i] {
					break
				}
			}
		}
		if hit < 0 {
			s.Campaigns.FP++
			for _, th := range t.HardNegatives.OrganicThreads {
				if th.Target == p.Target && overlaps(p.Start, p.End, th.Start, th.End) {
					s.DecoysFlagged++
					break
				}
			}
			continue
		}
		if matchedTrue[hit] {
			// A second detection of the same campaign is not a false alarm
			// about a person, but it is not a new find either.
			continue
		}
		matchedTrue[hit] = true
		s.Campaigns.TP++
		ps := compare(set(p.Participants), set(t.Campaigns[hit].Participants))
		s.Participants.TP += ps.TP
		s.Participants.FP += ps.FP
		s.Participants.FN += ps.FN
	}
	for i, m := range matchedTrue {
		if !m {
			s.Campaigns.FN++
			s.Participants.FN += len(t.Campaigns[i].Participants)
		}
	}
	return s
}

// ThreatsScore scores flagged posts against threats and doxxing together.
type ThreatsScore struct {
	Posts Score
	// HardNegativesFlagged counts news, condemnation, religious and sports
	// posts with violent words that were flagged.
	HardNegativesFlagged, HardNegatives int
}

// Threats scores a threats result.
func Threats(r *ThreatsResult, t *sim.Truth) ThreatsScore {
	pred := map[string]bool{}
	for _, p := range r.Posts {
		pred[p.ID] = true
	}
	truth := set(append(append([]string{}, t.ThreatPosts...), t.DoxxPosts...))
	s := ThreatsScore{Posts: compare(pred, truth), HardNegatives: len(t.HardNegatives.ViolentNewsPosts)}
	for _, id := range t.HardNegatives.ViolentNewsPosts {
		if pred[id] {
			s.HardNegativesFlagged++
		}
	}
	return s
}

// ReachScore compares a reach result with the counter-campaign's truth.
type ReachScore struct {
	// Exact is true when posts, accounts, reposts and potential impressions
	// all equal the truth.
	Exact     bool
	Reactions Score // army reaction posts
}

// Reach scores a reach result for the truth's counter-campaign.
func Reach(r *ReachResult, t *sim.Truth) ReachScore {
	cc := t.CounterCampaign
	return ReachScore{
		Exact: r.Posts == len(cc.Posts) && r.Accounts == len(cc.Accounts) && r.Reposts == cc.Reposts &&
			r.PotentialImpressions == cc.PotentialImpressions,
		Reactions: compare(set(r.Reactions.Posts), set(cc.ReactionPosts)),
	}
}
