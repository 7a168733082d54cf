package sim

import (
	"time"
)

// supporterPosts writes supporters' and organisers' own posts.
func (g *gen) supporterPosts() error {
	r := g.rng("supporters")
	k := g.newKit(r)
	pool := append(append([]*account{}, g.supporters...), g.organizers...)
	for i, s := range pool {
		if i%512 == 0 {
			g.progress("supporters", i, len(pool))
		}
		for range r.poisson(2.5) {
			at := r.within(g.start, g.end)
			a := g.live(s, at)
			if a == nil {
				continue
			}
			k.speaker, k.at = a, at
			text := noise(r, k.fill(pick(r, supporterTexts)), 0.3)
			if a.tag != "" && r.chance(0.5) {
				text += " #" + tagify(a.tag)
			}
			p := g.mk(a, at, kOriginal, nil, text)
			if r.chance(0.2) {
				p.links = append(p.links, g.link(r, at))
			}
			if err := g.emit(p); err != nil {
				return err
			}
		}
		for range r.poisson(1.5) { // army accounts have everyday lives too
			at := r.within(g.start, g.end)
			a := g.live(s, at)
			if a == nil {
				continue
			}
			k.speaker, k.at = a, at
			if err := g.emit(g.mk(a, at, kOriginal, nil, k.chatter(a))); err != nil {
				return err
			}
		}
	}
	return nil
}

// standaloneThreats writes threats and doxxing outside campaigns.
func (g *gen) standaloneThreats() error {
	if len(g.supporters) == 0 {
		return nil // control scenario
	}
	r := g.rng("threats")
	k := g.newKit(r)
	pool := append(append([]*account{}, g.activists...), g.news...)
	for range g.cfg.n(60, 4) {
		at := r.within(g.start, g.end)
		tgt := g.live(pick(r, pool), at)
		src := g.live(pick(r, g.supporters), at)
		if tgt == nil || src == nil {
			continue
		}
		k.t, k.speaker, k.at = tgt, src, at
		p := g.mk(src, at, kOriginal, nil, g.threatText(r, k))
		g.markThreat(p, k.t)
		if err := g.emit(p); err != nil {
			return err
		}
	}
	var watched []*account
	for _, a := range g.activists {
		if a.watch {
			watched = append(watched, a)
		}
	}
	want := g.cfg.n(20, 3)
	for tries := 0; want > 0 && tries < 20*want && len(watched) > 0; tries++ {
		at := r.within(g.start, g.end)
		tgt := g.live(pick(r, watched), at)
		src := g.live(pick(r, g.supporters), at)
		if tgt == nil || src == nil || tgt != tgt.root() {
			continue
		}
		if err := g.emit(g.doxxPost(r, k, src, at, tgt)); err != nil {
			return err
		}
		want--
	}
	return nil
}

func (a *account) root() *account {
	for a.pred != nil {
		a = a.pred
	}
	return a
}

// announceReturns writes shout-out posts naming successors.
func (g *gen) announceReturns() error {
	r := g.rng("returns")
	k := g.newKit(r)
	byID := map[string]*account{}
	for _, a := range g.accs {
		byID[a.idStr] = a
	}
	for i := range g.truth.Returns {
		ret := &g.truth.Returns[i]
		old, s := byID[ret.Suspended], byID[ret.Successor]
		if !old.army() {
			continue
		}
		k.old, k.new = old, s
		if r.chance(0.35) {
			at := s.created.Add(r.lognormal(2*time.Hour, 0.8))
			if g.inWindow(at) && g.live(s, at) == s {
				k.speaker, k.at = s, at
				p := g.mk(s, at, kOriginal, nil, k.fill(pick(r, returnSelfTemplates)))
				ret.AnnouncedByPosts = append(ret.AnnouncedByPosts, idStr(p.id))
				if err := g.emit(p); err != nil {
					return err
				}
			}
		}
		if r.chance(0.3) {
			at := s.created.Add(r.lognormal(5*time.Hour, 0.8))
			var peer *account
			if old.squad >= 0 {
				peer = pick(r, g.squads[old.squad])
			} else {
				peer = pick(r, g.organizers)
			}
			peer = g.live(peer, at)
			if peer != nil && peer.root() != old.root() && g.inWindow(at) && g.live(s, at) == s {
				k.speaker, k.at = peer, at
				p := g.mk(peer, at, kOriginal, nil, noise(r, k.fill(pick(r, returnPeerTemplates)), 0.2))
				ret.AnnouncedByPosts = append(ret.AnnouncedByPosts, idStr(p.id))
				amps := g.amplify(r, k, p, amp{organic: g.supporters, organicN: r.between(2, 15), organicLag: time.Hour, organicSig: 1})
				if err := g.emitWithAmplifiers(p, amps); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
