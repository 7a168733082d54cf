package sim

import (
	"slices"
	"time"
)

func sortPosts(ps []*post) {
	slices.SortStableFunc(ps, func(a, b *post) int { return a.at.Compare(b.at) })
}

// speak picks Arabic or English wording by the speaker's language habit.
func speak(r *rng, a *account, ar, en []string) string {
	if r.chance(a.arabic) {
		return pick(r, ar)
	}
	return pick(r, en)
}

// activistPosts writes activists' posts and their mutual retweets.
func (g *gen) activistPosts() error {
	r := g.rng("activists")
	k := g.newKit(r)
	for i, s := range g.activists {
		g.progress("activists", i, len(g.activists))
		for range r.poisson(10) {
			at := r.within(g.start, g.end)
			a := g.live(s, at)
			if a == nil {
				continue
			}
			k.speaker, k.at = a, at
			p := g.mk(a, at, kOriginal, nil, k.fill(pick(r, activistTemplates)))
			amps := g.amplify(r, k, p, amp{organic: g.activists, organicN: r.between(0, 12), organicLag: 90 * time.Minute, organicSig: 1.1})
			amps = append(amps, g.amplify(r, k, p, amp{organic: g.ordinary, organicN: r.between(0, 8), organicLag: 3 * time.Hour, organicSig: 1.1})...)
			sortPosts(amps)
			if err := g.emitWithAmplifiers(p, amps); err != nil {
				return err
			}
		}
	}
	return nil
}

// newsPosts writes news accounts' reports, some with violent words.
func (g *gen) newsPosts() error {
	r := g.rng("news")
	k := g.newKit(r)
	for i, s := range g.news {
		g.progress("news", i, len(g.news))
		for _, day := range g.days() {
			for range r.poisson(4) {
				at := r.diurnal(day)
				a := g.live(s, at)
				if a == nil {
					continue
				}
				k.speaker, k.at = a, at
				violent := r.chance(0.12)
				var text string
				if violent {
					text = k.fill(speak(r, a, violentNewsAr, violentNewsEn))
				} else {
					text = k.fill(speak(r, a, newsTemplatesAr, newsTemplatesEn))
				}
				p := g.mk(a, at, kOriginal, nil, text)
				if r.chance(0.6) {
					p.links = append(p.links, "https://www."+a.handle+".com/"+at.Format("2006/01/02")+"/"+r.token(6))
				}
				if r.chance(0.3) {
					p.media = append(p.media, g.newMedia(r, at, r.newPDQ()))
				}
				if violent {
					g.truth.HardNegatives.ViolentNewsPosts = append(g.truth.HardNegatives.ViolentNewsPosts, idStr(p.id))
				}
				amps := g.amplify(r, k, p, amp{organic: g.ordinary, organicN: r.lognormalInt(3, 1, 0, 200), organicLag: time.Hour, organicSig: 1.2})
				if err := g.emitWithAmplifiers(p, amps); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// chatter writes the ordinary population's everyday posts, replies and
// retweets; with Config.Posts it keeps going until about that many posts.
func (g *gen) chatter() error {
	r := g.rng("chatter")
	k := g.newKit(r)
	pool := g.ordinary
	mean := 5.0
	// At least Config.Posts posts, and ≥ 300k per unit of scale whatever
	// the seed's rates (this stage is the last to write to tweets.jsonl).
	want := max(g.cfg.Posts, int(315000*g.cfg.Scale))
	if want > g.posts {
		need := float64(want-g.posts) / 1.6 // each chatter original brings ~0.6 replies/retweets
		mean = max(mean, need/float64(len(pool)))
	}
	for i, s := range pool {
		if i%1024 == 0 {
			g.progress("chatter", i, len(pool))
		}
		for range r.poisson(mean * activityOf(s)) {
			at := r.within(g.start, g.end)
			a := g.live(s, at)
			if a == nil {
				continue
			}
			k.speaker, k.at = a, at
			p := g.mk(a, at, kOriginal, nil, k.chatter(a))
			if r.chance(0.08) {
				p.media = append(p.media, g.newMedia(r, at, r.newPDQ()))
			}
			var amps []*post
			for range r.poisson(0.35) {
				t := at.Add(r.lognormal(g.human(40*time.Minute), 1.1))
				m := g.live(pick(r, pool), t)
				if m == nil || m == a || !g.inWindow(t) {
					continue
				}
				k.speaker, k.at = m, t
				amps = append(amps, g.reply(m, t, p, k.fill(speak(r, m, repliesAr, repliesEn))))
			}
			amps = append(amps, g.amplify(r, k, p, amp{organic: pool, organicN: r.poisson(0.25), organicLag: 2 * time.Hour, organicSig: 1.2})...)
			sortPosts(amps)
			if err := g.emitWithAmplifiers(p, amps); err != nil {
				return err
			}
		}
	}
	return nil
}

// activityOf gives accounts a stable, heavy-tailed activity level.
func activityOf(a *account) float64 {
	x := float64((a.id>>5)%1000) / 1000
	return 0.2 + 2.4*x*x
}
