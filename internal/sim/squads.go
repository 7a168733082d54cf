package sim

import (
	"time"
)

// squadTalkingPoints writes the squads' near-identical posts: one text,
// small edits per member, the same link, within seconds to minutes.
func (g *gen) squadTalkingPoints() error {
	r := g.rng("squad-posts")
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
	r := g.rng("hubs")
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
					t := at.Add(r.lognormal(g.human(25*time.Minute), 1.0))
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
