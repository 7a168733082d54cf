package sim

import (
	"strings"
	"time"
)

// threatText draws a threat in MSA, dialect or English with orthographic
// variation.
func (g *gen) threatText(r *rng, k *kit) string {
	if r.chance(0.5) {
		return g.composedThreat(r, k)
	}
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
	g.markDoxx(p, tgt)
	return p
}

// minorCalls writes the organisers' everyday calls to action that draw no
// pile-on: a few retweets by supporters, nothing more.
func (g *gen) minorCalls() error {
	r := g.rng("minor-calls")
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

// markThreat records p as a threat against target in the truth.
func (g *gen) markThreat(p *post, target *account) {
	g.truth.ThreatPosts = append(g.truth.ThreatPosts, idStr(p.id))
	g.truth.Targets[idStr(p.id)] = target.idStr
}

// markDoxx records p as doxxing target in the truth.
func (g *gen) markDoxx(p *post, target *account) {
	g.truth.DoxxPosts = append(g.truth.DoxxPosts, idStr(p.id))
	g.truth.Targets[idStr(p.id)] = target.idStr
}

// composedThreat builds a threat from parts: "@t" + opener + act + closer.
func (g *gen) composedThreat(r *rng, k *kit) string {
	join := func(parts ...string) string { return strings.Join(strings.Fields(strings.Join(parts, " ")), " ") }
	h := slots{"h": func() string { return itoa(pick(r, []int{3, 24, 48, 72, 7, 2})) }}
	if r.chance(0.25) {
		s := join("@"+k.t.handleAt(k.at), k.fill(pick(r, threatOpenersEn)), pick(r, threatActsEn), fill(k.fill(pick(r, threatClosersEn)), h))
		return noiseLatin(r, s, 0.5)
	}
	acts := threatActsMSA
	if r.chance(0.5) {
		acts = threatActsDialect
	}
	s := join("@"+k.t.handleAt(k.at), k.fill(pick(r, threatOpenersAr)), pick(r, acts), fill(k.fill(pick(r, threatClosersAr)), h))
	return noise(r, s, 0.7)
}
