package sim

import (
	"time"
)

func (g *gen) days() []time.Time {
	var out []time.Time
	for d := g.start; d.Before(g.end); d = d.Add(24 * time.Hour) {
		out = append(out, d)
	}
	return out
}

// releases writes the officials' and supervisor's releases and their
// amplification: the supervisor endorses first, officials echo, squads
// retweet in bursts, organic supporters over hours.
func (g *gen) releases() error {
	if g.supervisor == nil {
		return nil // control scenario
	}
	r := g.rng("releases")
	k := g.newKit(r)
	days := g.days()
	for di, day := range days {
		g.progress("releases", di, len(days))
		authors := append([]*account{g.supervisor}, g.officials...)
		for _, off := range authors {
			rate := g.p.ReleaseRate
			if off == g.supervisor {
				rate = 0.3 * g.p.ReleaseRate
			}
			for range r.poisson(rate) {
				at := r.diurnal(day)
				a := g.live(off, at)
				if a == nil {
					continue
				}
				if err := g.release(r, k, a, at); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (g *gen) release(r *rng, k *kit, a *account, at time.Time) error {
	k.speaker, k.at, k.prov = a, at, a.prov
	text := k.fill(pick(r, releaseTemplates))
	p := g.mk(a, at, kOriginal, nil, text)
	if r.chance(0.7) {
		p.links = append(p.links, g.link(r, at))
	}
	if r.chance(0.8) {
		var old *oldMedia
		if len(g.oldMedia) > 5 && r.chance(0.15) { // recycled propaganda image
			if o := &g.oldMedia[r.IntN(len(g.oldMedia))]; o.at.Before(at.Add(-24 * time.Hour)) {
				old = o
			}
		}
		if old != nil {
			h := old.hash.near(r, r.between(2, 10))
			p.media = append(p.media, g.newMedia(r, at, h))
			g.truth.RecycledMedia = append(g.truth.RecycledMedia, RecycledMedia{Post: idStr(p.id), Original: idStr(old.post), Distance: hamming(h, old.hash)})
		} else {
			h := r.newPDQ()
			g.oldMedia = append(g.oldMedia, oldMedia{h, p.id, at})
			p.media = append(p.media, g.newMedia(r, at, h))
		}
	}
	g.truth.Releases = append(g.truth.Releases, idStr(p.id))
	var amps []*post
	echoFrom := at
	if a != g.supervisor {
		t := at.Add(r.lognormal(g.p.EndorseLag, 0.6))
		if sup := g.live(g.supervisor, t); sup != nil && r.chance(0.75) && g.inWindow(t) {
			if r.chance(0.2) {
				k.speaker, k.at = sup, t
				amps = append(amps, g.mk(sup, t, kQuote, p, k.fill(pick(r, supervisorTemplates))))
			} else {
				amps = append(amps, g.mk(sup, t, kRetweet, p, ""))
			}
			echoFrom = t
		}
	}
	for _, o := range g.officials {
		if !r.chance(g.p.EchoRate) {
			continue
		}
		t := echoFrom.Add(r.lognormal(20*time.Minute, 0.8))
		if oa := g.live(o, t); oa != nil && oa != a && g.inWindow(t) {
			amps = append(amps, g.mk(oa, t, kRetweet, p, ""))
		}
	}
	if r.chance(0.12) { // journalists and activists quote it critically
		for range r.between(1, 2) {
			t := at.Add(r.lognormal(3*time.Hour, 0.8))
			pool := g.activists
			if r.chance(0.4) {
				pool = g.news
			}
			c := g.live(pick(r, pool), t)
			if c == nil || !g.inWindow(t) {
				continue
			}
			k.speaker, k.at = c, t
			q := g.mk(c, t, kQuote, p, k.fill(pick(r, criticalQuotes)))
			g.truth.HardNegatives.CriticalQuotes = append(g.truth.HardNegatives.CriticalQuotes, idStr(q.id))
			amps = append(amps, q)
		}
	}
	frac := 0.02 + 0.04*r.Float64()
	amps = append(amps, g.amplify(r, k, p, amp{
		squads: g.pickSquads(r, 0.4), squadDelay: g.p.SquadTrigger, squadJoin: 1,
		organic: g.supporters, organicN: int(float64(len(g.supporters)) * frac), organicLag: 2 * time.Hour, organicSig: 1.2,
		quoteShare: 0.05, quoteText: func(k *kit) string { return noise(r, k.fill(pick(r, supporterTexts)), 0.3) },
	})...)
	sortPosts(amps)
	return g.emitWithAmplifiers(p, amps)
}
