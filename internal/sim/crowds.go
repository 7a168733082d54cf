package sim

import (
	"time"
)

var greetingsAr = []string{"جمعة مباركة", "جمعة طيبة على الجميع", "جمعة مباركة عليكم", "صباح الجمعة", "اللهم صل على محمد",
	"جمعتكم مباركة", "جمعة مباركة يا أحباب"}
var greetingsEn = []string{"Jummah Mubarak", "Happy Friday everyone", "jummah mubarak", "Friday blessings"}
var linkShareTexts = []string{"شوفوا هذا", "خبر مهم", "معقول؟", "{emoji_o}", "الله يستر", "اقرأوا هذا التقرير", "must read",
	"wow", "this 👇", "unbelievable", "مين سمع بهذا؟", ""}

// organicCopies writes crowds that post the same thing without any
// coordination: Friday greetings (near-identical short texts within hours)
// and a news article link shared by many people with their own words.
func (g *gen) organicCopies() error {
	r := g.rng("organic-copies")
	k := g.newKit(r)
	hn := &g.truth.HardNegatives
	for _, day := range g.days() {
		if day.Weekday() != time.Friday {
			continue
		}
		n := int(float64(len(g.ordinary)) * (0.03 + 0.05*r.Float64()))
		for _, i := range r.sample(len(g.ordinary), n) {
			at := day.Add(5*time.Hour + r.lognormal(3*time.Hour, 0.5))
			a := g.live(g.ordinary[i], at)
			if a == nil || !g.inWindow(at) {
				continue
			}
			k.speaker, k.at = a, at
			text := speak(r, a, greetingsAr, greetingsEn)
			if r.chance(0.5) {
				text += " " + pick(r, []string{"🌹", "🤍", "🌸", "💚", "🙏", "✨"})
			}
			p := g.mk(a, at, kOriginal, nil, noise(r, text, 0.3))
			hn.GreetingPosts = append(hn.GreetingPosts, idStr(p.id))
			if err := g.emit(p); err != nil {
				return err
			}
		}
	}
	for range jitter(r, g.cfg.n(12, 2)) {
		at := r.within(g.start, g.end.Add(-24*time.Hour))
		src := pick(r, g.news)
		url := "https://www." + src.handle + ".com/" + at.Format("2006/01/02") + "/" + r.token(7)
		hn.SharedLinks = append(hn.SharedLinks, url)
		crowd := r.lognormalInt(150*g.cfg.Scale, 0.8, 20, 3000)
		var ps []*post
		for _, i := range r.sample(len(g.ordinary), crowd) {
			t := at.Add(r.lognormal(g.human(90*time.Minute), 1.0))
			a := g.live(g.ordinary[i], t)
			if a == nil || !g.inWindow(t) {
				continue
			}
			k.speaker, k.at = a, t
			p := g.mk(a, t, kOriginal, nil, k.fill(pick(r, linkShareTexts)))
			p.links = []string{url}
			ps = append(ps, p)
		}
		sortPosts(ps)
		for _, p := range ps {
			if err := g.emit(p); err != nil {
				return err
			}
		}
	}
	return nil
}
