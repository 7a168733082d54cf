package sim

import (
	"slices"
	"time"
)

// runCampaigns writes each campaign: the target's post, the calls to
// action, their amplification, then the pile-on with abuse and threats.
func (g *gen) runCampaigns() error {
	r := g.rng("campaigns")
	k := g.newKit(r)
	for ci, pc := range g.campaigns {
		g.progress("campaigns", ci, len(g.campaigns))
		if err := g.runCampaign(r, k, pc); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) runCampaign(r *rng, k *kit, pc *plannedCampaign) error {
	tgt := pc.target
	k.t, k.t2, k.ctag, k.at = tgt, pc.t2, pc.ctag, pc.at
	// The target's post that the army answers.
	tpAt := pc.at.Add(-r.lognormal(3*time.Hour, 0.6))
	if tpAt.Before(tgt.created) || tpAt.Before(g.start) {
		tpAt = pc.at.Add(-10 * time.Minute)
	}
	k.speaker, k.at = tgt, tpAt
	text := k.fill(pick(r, activistTemplates))
	if pc.kind == "counter_reaction" {
		text = k.fill(pick(r, counterTemplates))
	}
	tpost := g.mk(tgt, tpAt, kOriginal, nil, text)

	tc := Campaign{Target: tgt.idStr, Start: pc.at, Kind: pc.kind}
	if !pc.suspendAt.IsZero() {
		s := pc.suspendAt
		tc.TargetSuspendedAt = &s
	}
	// Calls to action by 1–3 organisers.
	var calls []*post
	var callAmps []*post
	ncall := r.between(1, 3)
	for i, oi := range r.sample(len(g.organizers), min(ncall, len(g.organizers))) {
		at := pc.at
		if i > 0 {
			at = pc.at.Add(r.lognormal(40*time.Minute, 0.8))
		}
		org := g.live(g.organizers[oi], at)
		if org == nil {
			continue
		}
		k.speaker, k.at = org, at
		var body string
		switch {
		case pc.kind == "counter_reaction":
			body = k.fill(pick(r, mobilisationTemplates))
		case r.chance(0.3):
			body = k.fill(pick(r, callTemplatesEn))
		default:
			body = noise(r, k.fill(pick(r, callTemplatesAr)), 0.3)
		}
		var cp *post
		if r.chance(0.3) {
			cp = g.mk(org, at, kQuote, tpost, body)
		} else {
			cp = g.mk(org, at, kOriginal, nil, body)
		}
		calls = append(calls, cp)
		callAmps = append(callAmps, g.amplify(r, k, cp, amp{
			squads: g.pickSquads(r, 0.25), squadDelay: 4 * time.Minute, squadJoin: 1,
			organic: g.supporters, organicN: r.between(5, 40), organicLag: 50 * time.Minute, organicSig: 1.0,
		})...)
	}
	if len(calls) == 0 {
		return nil
	}
	// Pile-on.
	var pile []*post
	participants := []string{}
	seen := map[*account]bool{}
	size := r.lognormalInt(55*max(0.3, g.cfg.Scale), 0.6, 12, 600)
	var pool []*account
	for _, sq := range g.pickSquads(r, 0.2) {
		pool = append(pool, sq...)
	}
	for _, i := range r.sample(len(g.supporters), size) {
		pool = append(pool, g.supporters[i])
	}
	pool = append(pool, g.organizers...)
	threatRate := 0.05 + 0.08*r.Float64()
	first := calls[0].at
	for _, m := range pool {
		if len(seen) >= size+size/3 {
			break
		}
		nposts := 1
		if r.chance(0.25) {
			nposts = r.between(2, 4)
		}
		for range nposts {
			d := r.lognormal(g.human(80*time.Minute), 0.9)
			if d > 9*time.Hour {
				continue
			}
			at := first.Add(time.Minute + d)
			acc := g.live(m, at)
			if acc == nil || !g.inWindow(at) || (!tgt.suspended.IsZero() && !at.Before(tgt.suspended)) {
				continue
			}
			k.speaker, k.at = acc, at
			var body string
			threat := r.chance(threatRate)
			switch {
			case threat:
				body = g.threatText(r, k)
			case pc.kind == "counter_reaction":
				body = k.fill(pick(r, counterReactions))
			case r.chance(0.2):
				body = k.fill(pick(r, pileOnEn))
			default:
				body = noise(r, k.fill(pick(r, pileOnAr)), 0.35)
			}
			var p *post
			if r.chance(0.7) {
				p = g.reply(acc, at, tpost, body)
			} else {
				p = g.mk(acc, at, kOriginal, nil, body)
			}
			if threat {
				g.markThreat(p, k.t)
			}
			pile = append(pile, p)
			if !seen[acc] {
				seen[acc] = true
				participants = append(participants, acc.idStr)
			}
		}
	}
	// Doxxing inside some campaigns against watchlisted targets.
	if tgt.watch && r.chance(0.35) {
		for range r.between(1, 2) {
			at := first.Add(r.lognormal(2*time.Hour, 0.7))
			acc := g.live(pick(r, g.supporters), at)
			if acc == nil || !g.inWindow(at) || (!tgt.suspended.IsZero() && !at.Before(tgt.suspended)) {
				continue
			}
			p := g.doxxPost(r, k, acc, at, tgt)
			pile = append(pile, p)
			if !seen[acc] {
				seen[acc] = true
				participants = append(participants, acc.idStr)
			}
		}
	}
	slices.SortStableFunc(pile, func(a, b *post) int { return a.at.Compare(b.at) })
	if err := g.emit(tpost); err != nil {
		return err
	}
	all := append(append(calls, callAmps...), pile...)
	slices.SortStableFunc(all, func(a, b *post) int { return a.at.Compare(b.at) })
	for _, cp := range calls {
		for _, p := range callAmps {
			if p.ref == cp && p.kind == kRetweet {
				cp.retweets++
			}
		}
		tc.CallPosts = append(tc.CallPosts, idStr(cp.id))
		g.truth.CallPosts = append(g.truth.CallPosts, idStr(cp.id))
	}
	for _, p := range all {
		if err := g.emit(p); err != nil {
			return err
		}
	}
	tc.Participants = participants
	tc.Posts = []string{}
	tc.End = pc.at
	for _, p := range pile {
		tc.Posts = append(tc.Posts, idStr(p.id))
		if p.at.After(tc.End) {
			tc.End = p.at
		}
	}
	g.truth.Campaigns = append(g.truth.Campaigns, tc)
	if pc.kind == "counter_reaction" {
		// The counter-campaign stage accounts for these posts (reach and
		// reactions) without writing them again.
		g.counterExtra = append(g.counterExtra, tpost)
		g.counterExtra = append(g.counterExtra, all...)
	}
	return nil
}
