package sim

import (
	"slices"
	"time"
)

// plannedCampaign is a targeting campaign decided before any post is
// written, so that the target's suspension is known to every stage.
type plannedCampaign struct {
	target    *account
	t2        *account
	at        time.Time // first call
	kind      string    // "targeting" or "counter_reaction"
	suspendAt time.Time
	ctag      string
}

// plannedCounter is the activists' hashtag operation.
type plannedCounter struct {
	tag     string
	start   time.Time
	leaders []*account
}

// planCampaigns decides the counter-campaign, the campaigns and which
// targets get suspended.
func (g *gen) planCampaigns() error {
	r := g.rng("campaign-plans")
	busy := map[*account]bool{}
	usable := func(a *account, at time.Time) bool {
		return !busy[a] && g.live(a, at) == a && a.suspended.IsZero() && a.renamedAt.IsZero()
	}
	// Counter-campaign.
	day := int(float64(g.cfg.Days) * (0.4 + 0.25*r.Float64()))
	c := &plannedCounter{tag: pick(r, counterTags), start: r.diurnal(g.start.Add(time.Duration(day) * 24 * time.Hour))}
	if r.chance(0.5) {
		c.tag += pick(r, []string{"", "_" + itoa(r.between(2, 30)), itoa(g.start.Year() % 100)})
	}
	for _, i := range r.Perm(len(g.activists)) {
		if a := g.activists[i]; usable(a, c.start) && len(c.leaders) < r.between(3, 5) {
			c.leaders = append(c.leaders, a)
			busy[a] = true
		}
	}
	g.counter = c
	if len(g.organizers) == 0 {
		return nil // control scenario: nobody calls for campaigns
	}
	for i, l := range c.leaders {
		if i >= 2 && !r.chance(0.4) {
			break
		}
		pc := &plannedCampaign{target: l, at: c.start.Add(r.lognormal(5*time.Hour, 0.5)), kind: "counter_reaction", ctag: c.tag}
		if len(c.leaders) > 1 {
			pc.t2 = c.leaders[(i+1)%len(c.leaders)]
		}
		g.campaigns = append(g.campaigns, pc)
	}
	// Targeting campaigns against activists (mostly), journalists and critics.
	n := jitter(r, g.cfg.n(40, 4))
	for range n {
		at := r.within(g.start.Add(12*time.Hour), g.end.Add(-30*time.Hour))
		var pool []*account
		switch x := r.Float64(); {
		case x < 0.75:
			pool = g.activists
		case x < 0.85:
			pool = g.news
		default:
			pool = g.ordinary
		}
		var target *account
		for range 20 {
			if a := pick(r, pool); usable(a, at) && !a.lookalike {
				target = a
				break
			}
		}
		if target == nil {
			continue
		}
		busy[target] = true
		g.campaigns = append(g.campaigns, &plannedCampaign{target: target, at: at, kind: "targeting"})
	}
	slices.SortStableFunc(g.campaigns, func(a, b *plannedCampaign) int { return a.at.Compare(b.at) })
	for _, pc := range g.campaigns {
		p := 0.55
		if pc.target.role == RoleNews {
			p = 0.1
		}
		if r.chance(p) {
			at := pc.at.Add(r.lognormal(26*time.Hour, 0.4))
			if at.Before(pc.at.Add(10*time.Hour)) || !at.Before(g.end) {
				continue
			}
			pc.suspendAt = at
			pc.target.suspended, pc.target.susReason = at, "target"
			g.recordSuspension(pc.target)
			if r.chance(0.3) { // some targets come back too
				back := at.Add(r.lognormal(30*time.Hour, 0.6))
				if back.Before(g.end.Add(-12 * time.Hour)) {
					s := g.successor(r, pc.target, back)
					g.truth.Returns = append(g.truth.Returns, Return{Suspended: pc.target.idStr, Successor: s.idStr, SuspendedAt: at, CreatedAt: s.created})
				}
			}
		}
	}
	return nil
}
