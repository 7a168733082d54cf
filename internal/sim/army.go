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
	r := newRNG(g.cfg.Seed, "releases")
	k := g.newKit(r)
	days := g.days()
	for di, day := range days {
		g.progress("releases", di, len(days))
		authors := append([]*account{g.supervisor}, g.officials...)
		for _, off := range authors {
			rate := 1.4
			if off == g.supervisor {
				rate = 0.4
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
		var h pdq
		if len(g.oldMedia) > 5 && r.chance(0.15) {
			h = pick(r, g.oldMedia).near(r, r.between(2, 10)) // recycled propaganda image
		} else {
			h = r.newPDQ()
			g.oldMedia = append(g.oldMedia, h)
		}
		p.media = append(p.media, g.newMedia(r, at, h))
	}
	g.truth.Releases = append(g.truth.Releases, idStr(p.id))
	var amps []*post
	echoFrom := at
	if a != g.supervisor {
		t := at.Add(r.lognormal(6*time.Minute, 0.6))
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
		if !r.chance(0.35) {
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
		squads: g.pickSquads(r, 0.4), squadDelay: 10 * time.Minute, squadJoin: 1,
		organic: g.supporters, organicN: int(float64(len(g.supporters)) * frac), organicLag: 2 * time.Hour, organicSig: 1.2,
		quoteShare: 0.05, quoteText: func(k *kit) string { return noise(r, k.fill(pick(r, supporterTexts)), 0.3) },
	})...)
	sortPosts(amps)
	return g.emitWithAmplifiers(p, amps)
}

// squadTalkingPoints writes the squads' near-identical posts: one text,
// small edits per member, the same link, within seconds to minutes.
func (g *gen) squadTalkingPoints() error {
	r := newRNG(g.cfg.Seed, "squad-posts")
	k := g.newKit(r)
	for si, sq := range g.squads {
		g.progress("squad posts", si, len(g.squads))
		activity := 0.3 + 0.4*r.Float64()
		for _, day := range g.days() {
			if !r.chance(activity) {
				continue
			}
			trigger := r.diurnal(day)
			k.at, k.prov, k.speaker = trigger, -1, sq[0]
			base := k.fill(pick(r, squadTalking))
			link := ""
			if r.chance(0.75) {
				link = g.link(r, trigger)
			}
			var ps []*post
			for _, m := range sq {
				if !r.chance(g.squadJoin[si]) {
					continue
				}
				t := trigger.Add(min(r.lognormal(2*g.squadPace[si], 0.9), 3*time.Minute))
				a := g.live(m, t)
				if a == nil || !g.inWindow(t) {
					continue
				}
				p := g.mk(a, t, kOriginal, nil, nearCopy(r, base, a.emoji))
				if link != "" {
					p.links = []string{link}
				}
				ps = append(ps, p)
			}
			sortPosts(ps)
			for _, p := range ps {
				if err := g.emit(p); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// hubActivity writes hub leaders' posts and their disciples' retweets,
// quotes and replies.
func (g *gen) hubActivity() error {
	r := newRNG(g.cfg.Seed, "hubs")
	k := g.newKit(r)
	for hi, h := range g.hubs {
		g.progress("hubs", hi, len(g.hubs))
		for _, day := range g.days() {
			rate := 2.5
			if !h.army {
				rate = 1.5
			}
			for range r.poisson(rate) {
				at := r.diurnal(day)
				lead := g.live(h.leader, at)
				if lead == nil {
					continue
				}
				k.speaker, k.at = lead, at
				var text string
				switch {
				case !h.army && r.chance(0.5):
					text = k.fill(pick(r, viralAr))
				case !h.army:
					text = k.fill(pick(r, chatterAr))
				case r.chance(0.25):
					text = k.fill(pick(r, hubClaimsEn))
				default:
					text = k.fill(pick(r, hubClaimsAr))
				}
				p := g.mk(lead, at, kOriginal, nil, text)
				if h.army && r.chance(0.3) {
					p.links = append(p.links, g.link(r, at))
				}
				share := 0.25 + 0.25*r.Float64()
				amps := g.amplify(r, k, p, amp{organic: h.members, organicN: int(float64(len(h.members)) * share),
					organicLag: 40 * time.Minute, organicSig: 1.0, quoteShare: 0.08,
					quoteText: func(k *kit) string {
						if h.army {
							return k.fill(pick(r, discipleReplies))
						}
						return k.fill(pick(r, repliesAr))
					}})
				// Outsiders retweet famous accounts too.
				if !h.army {
					amps = append(amps, g.amplify(r, k, p, amp{organic: g.ordinary, organicN: r.between(5, 60), organicLag: 2 * time.Hour, organicSig: 1.1})...)
				}
				for _, i := range r.sample(len(h.members), int(float64(len(h.members))*0.07)) {
					t := at.Add(r.lognormal(25*time.Minute, 1.0))
					m := g.live(h.members[i], t)
					if m == nil || !g.inWindow(t) {
						continue
					}
					k.speaker, k.at = m, t
					body := k.fill(pick(r, discipleReplies))
					if !h.army {
						body = k.fill(pick(r, append(repliesAr, repliesEn...)))
					}
					amps = append(amps, g.reply(m, t, p, body))
				}
				// Disciples spread the claim as their own post, hours later.
				var echoes []*post
				if h.army {
					for _, i := range r.sample(len(h.members), int(float64(len(h.members))*0.04)) {
						t := at.Add(r.lognormal(3*time.Hour, 0.9))
						m := g.live(h.members[i], t)
						if m == nil || !g.inWindow(t) {
							continue
						}
						e := g.mk(m, t, kOriginal, nil, nearCopy(r, text, m.emoji))
						e.links = p.links
						echoes = append(echoes, e)
					}
				}
				amps = append(amps, echoes...)
				sortPosts(amps)
				if err := g.emitWithAmplifiers(p, amps); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// supporterPosts writes supporters' and organisers' own posts.
func (g *gen) supporterPosts() error {
	r := newRNG(g.cfg.Seed, "supporters")
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
			if err := g.emit(g.mk(a, at, kOriginal, nil, k.fill(speak(r, a, chatterAr, chatterEn)))); err != nil {
				return err
			}
		}
	}
	return nil
}

// standaloneThreats writes threats and doxxing outside campaigns.
func (g *gen) standaloneThreats() error {
	r := newRNG(g.cfg.Seed, "threats")
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
		g.truth.ThreatPosts = append(g.truth.ThreatPosts, idStr(p.id))
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
	r := newRNG(g.cfg.Seed, "returns")
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
