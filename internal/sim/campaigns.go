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
	r := newRNG(g.cfg.Seed, "campaign-plans")
	busy := map[*account]bool{}
	usable := func(a *account, at time.Time) bool {
		return !busy[a] && g.live(a, at) == a && a.suspended.IsZero()
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

// runCampaigns writes each campaign: the target's post, the calls to
// action, their amplification, then the pile-on with abuse and threats.
func (g *gen) runCampaigns() error {
	r := newRNG(g.cfg.Seed, "campaigns")
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
	k.speaker = tgt
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
			d := r.lognormal(80*time.Minute, 0.9)
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
				g.truth.ThreatPosts = append(g.truth.ThreatPosts, idStr(p.id))
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

// threatText draws a threat in MSA, dialect or English with orthographic
// variation.
func (g *gen) threatText(r *rng, k *kit) string {
	switch x := r.Float64(); {
	case x < 0.4:
		return noise(r, k.fill(pick(r, threatsMSA)), 0.7)
	case x < 0.75:
		return noise(r, k.fill(pick(r, threatsDialect)), 0.7)
	default:
		return noiseLatin(r, k.fill(pick(r, threatsEn)), 0.5)
	}
}

// doxxPost exposes tgt: their watchlist photo (re-encoded: a few bits
// flipped) and/or address, phone and workplace, with hostility.
func (g *gen) doxxPost(r *rng, k *kit, acc *account, at time.Time, tgt *account) *post {
	k.t, k.speaker, k.at = tgt, acc, at
	var body string
	if r.chance(0.7) {
		body = noise(r, k.fill(pick(r, doxxTemplatesAr)), 0.4)
	} else {
		body = k.fill(pick(r, doxxTemplatesEn))
	}
	p := g.mk(acc, at, kOriginal, nil, body)
	if tgt.watch && r.chance(0.8) {
		p.media = append(p.media, g.newMedia(r, at, tgt.photo.near(r, r.between(1, 14))))
	}
	g.truth.DoxxPosts = append(g.truth.DoxxPosts, idStr(p.id))
	return p
}

// minorCalls writes the organisers' everyday calls to action that draw no
// pile-on: a few retweets by supporters, nothing more.
func (g *gen) minorCalls() error {
	r := newRNG(g.cfg.Seed, "minor-calls")
	k := g.newKit(r)
	targets := append(append(append([]*account{}, g.activists...), g.news...), g.activists...)
	for i, o := range g.organizers {
		g.progress("calls", i, len(g.organizers))
		for range r.poisson(3) {
			at := r.within(g.start, g.end)
			org := g.live(o, at)
			tgt := g.live(pick(r, targets), at)
			if r.chance(0.2) {
				tgt = g.live(pick(r, g.ordinary), at)
			}
			if org == nil || tgt == nil {
				continue
			}
			k.speaker, k.at, k.t = org, at, tgt
			var body string
			if r.chance(0.3) {
				body = k.fill(pick(r, callTemplatesEn))
			} else {
				body = noise(r, k.fill(pick(r, callTemplatesAr)), 0.3)
			}
			p := g.mk(org, at, kOriginal, nil, body)
			g.truth.CallPosts = append(g.truth.CallPosts, idStr(p.id))
			amps := g.amplify(r, k, p, amp{organic: g.supporters, organicN: r.between(0, 8), organicLag: time.Hour, organicSig: 1})
			if err := g.emitWithAmplifiers(p, amps); err != nil {
				return err
			}
		}
	}
	return nil
}
