package sim

import (
	"time"
)

// benignPhotos writes watchlisted people's own photos and friends'
// solidarity posts with their photo: the photo matches, the intent does not.
func (g *gen) benignPhotos() error {
	r := g.rng("benign-photos")
	k := g.newKit(r)
	for _, s := range g.activists {
		if !s.watch {
			continue
		}
		for range r.poisson(1.2) {
			at := r.within(g.start, g.end)
			a := g.live(s, at)
			if a == nil || a != s {
				continue
			}
			k.speaker, k.at, k.t = a, at, a
			var p *post
			if r.chance(0.5) {
				p = g.mk(a, at, kOriginal, nil, k.fill(speak(r, a, selfPhoto[:2], selfPhoto[2:])))
			} else {
				friend := g.live(pick(r, g.activists), at)
				if friend == nil || friend == a {
					continue
				}
				k.speaker = friend
				p = g.mk(friend, at, kOriginal, nil, k.fill(pick(r, solidarityPhoto)))
			}
			p.media = append(p.media, g.newMedia(r, at, s.photo.near(r, r.between(1, 12))))
			g.truth.HardNegatives.BenignPhotoPosts = append(g.truth.HardNegatives.BenignPhotoPosts, idStr(p.id))
			amps := g.amplify(r, k, p, amp{organic: g.activists, organicN: r.between(0, 10), organicLag: time.Hour, organicSig: 1})
			if err := g.emitWithAmplifiers(p, amps); err != nil {
				return err
			}
		}
	}
	return nil
}

// violentWordsNegatives writes condemnations, religious quotes and sports
// idioms: violent vocabulary, no threat.
func (g *gen) violentWordsNegatives() error {
	r := g.rng("negatives")
	k := g.newKit(r)
	n := g.cfg.n(600, 20)
	for i := range n {
		if i%256 == 0 {
			g.progress("hard negatives", i, n)
		}
		at := r.within(g.start, g.end)
		k.at = at
		var a *account
		var text string
		switch x := r.Float64(); {
		case x < 0.3:
			a = g.live(pick(r, g.activists), at)
			k.t = g.live(pick(r, g.activists), at)
			if k.t == nil || k.t == a {
				continue
			}
			k.speaker = a
			text = k.fill(pick(r, condemnations))
		case x < 0.45:
			a = g.live(pick(r, g.ordinary), at)
			text = noise(r, pick(r, religiousQuotes), 0.2)
		case x < 0.6:
			a = g.live(pick(r, g.ordinary), at)
			k.t, k.speaker = g.live(pick(r, g.ordinary), at), a
			if k.t == nil || k.t == a {
				continue
			}
			text = k.fill(pick(r, hyperbole))
		case x < 0.7:
			a = g.live(pick(r, g.activists), at)
			k.t, k.speaker = g.live(pick(r, g.activists), at), a
			if k.t == nil || k.t == a {
				continue
			}
			text = k.fill(pick(r, threatReports))
		default:
			a = g.live(pick(r, g.ordinary), at)
			k.speaker = a
			text = k.fill(pick(r, sportsIdioms))
		}
		if a == nil {
			continue
		}
		k.speaker, k.at = a, at
		p := g.mk(a, at, kOriginal, nil, text)
		g.truth.HardNegatives.ViolentNewsPosts = append(g.truth.HardNegatives.ViolentNewsPosts, idStr(p.id))
		if err := g.emit(p); err != nil {
			return err
		}
	}
	return nil
}

// viralStorms writes organic posts retweeted by large crowds over minutes
// to hours: many accounts share one post quickly, without coordination.
func (g *gen) viralStorms() error {
	r := g.rng("viral")
	k := g.newKit(r)
	n := jitter(r, g.cfg.n(14, 3))
	for i := range n {
		g.progress("viral posts", i, n)
		at := r.within(g.start, g.end.Add(-24*time.Hour))
		pool := g.ordinary
		if r.chance(0.3) {
			pool = append(append([]*account{}, g.influencers...), g.news...)
		}
		a := g.live(pick(r, pool), at)
		if a == nil {
			continue
		}
		k.speaker, k.at = a, at
		p := g.mk(a, at, kOriginal, nil, k.fill(speak(r, a, viralAr, viralEn)))
		if r.chance(0.7) {
			p.media = append(p.media, g.newMedia(r, at, r.newPDQ()))
		}
		crowd := min(len(g.ordinary)/2, r.lognormalInt(1100*g.cfg.Scale, 0.7, 60, 20000))
		amps := g.amplify(r, k, p, amp{organic: g.ordinary, organicN: crowd, organicLag: 50 * time.Minute, organicSig: 1.0,
			quoteShare: 0.04, quoteText: func(k *kit) string { return k.fill(speak(r, k.speaker, repliesAr, repliesEn)) }})
		// A few army supporters share it too, as anyone would.
		amps = append(amps, g.amplify(r, k, p, amp{organic: g.supporters, organicN: crowd / 60, organicLag: 50 * time.Minute, organicSig: 1.0})...)
		sortPosts(amps)
		g.truth.HardNegatives.ViralPosts = append(g.truth.HardNegatives.ViralPosts, idStr(p.id))
		if err := g.emitWithAmplifiers(p, amps); err != nil {
			return err
		}
	}
	return nil
}

// heatedThreads writes organic heated threads: many unrelated repliers,
// some rude, no call to action.
func (g *gen) heatedThreads() error {
	r := g.rng("heated")
	k := g.newKit(r)
	n := jitter(r, g.cfg.n(25, 3))
	for i := range n {
		g.progress("heated threads", i, n)
		at := r.within(g.start, g.end.Add(-12*time.Hour))
		pool := g.ordinary
		if r.chance(0.3) {
			pool = g.activists
		}
		a := g.live(pick(r, pool), at)
		if a == nil {
			continue
		}
		k.speaker, k.at, k.t = a, at, a
		root := g.mk(a, at, kOriginal, nil, k.fill(pick(r, heatedRoots)))
		th := Thread{Target: a.idStr, Root: idStr(root.id), Start: at, End: at}
		var ps []*post
		seen := map[*account]bool{}
		size := r.lognormalInt(50*max(0.3, g.cfg.Scale), 0.7, 15, 500)
		for _, j := range r.sample(len(g.ordinary), size) {
			t := at.Add(r.lognormal(g.human(3*time.Hour), 1.0))
			m := g.live(g.ordinary[j], t)
			if m == nil || m == a || !g.inWindow(t) {
				continue
			}
			k.speaker, k.at = m, t
			if r.chance(0.015) { // heated threads sometimes cross the line
				rp := g.reply(m, t, root, g.threatText(r, k))
				g.markThreat(rp, k.t)
				ps = append(ps, rp)
			} else {
				ps = append(ps, g.reply(m, t, root, k.fill(pick(r, heatedReplies))))
			}
			if !seen[m] {
				seen[m] = true
				th.Participants = append(th.Participants, m.idStr)
			}
		}
		sortPosts(ps)
		for _, p := range ps {
			th.Posts = append(th.Posts, idStr(p.id))
			th.End = p.at
		}
		g.truth.HardNegatives.OrganicThreads = append(g.truth.HardNegatives.OrganicThreads, th)
		if err := g.emitWithAmplifiers(root, ps); err != nil {
			return err
		}
	}
	return nil
}
