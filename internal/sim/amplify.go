package sim

import (
	"slices"
	"time"
)

// amp describes who amplifies a post and how fast.
type amp struct {
	squads     [][]*account  // squads that retweet in a burst
	squadDelay time.Duration // median delay from the post to a squad's trigger
	squadJoin  float64       // probability that a member joins the burst
	organic    []*account    // pool of organic amplifiers
	organicN   int           // how many of the pool retweet
	organicLag time.Duration // median delay of organic retweets
	organicSig float64       // lognormal sigma of organic delays
	quoteShare float64       // share of organic amplifiers who quote instead
	quoteText  func(k *kit) string
}

// burstOffset is a squad member's delay after its trigger: seconds, rarely
// more than two minutes. median is the squad's own pace (gen.squadPace).
func burstOffset(r *rng, median time.Duration) time.Duration {
	d := r.lognormal(median, 0.9)
	return min(d, 3*time.Minute) + time.Duration(r.IntN(1000))*time.Millisecond
}

// amplify returns the retweets (and quotes) of orig by squads and organic
// amplifiers, in time order, all inside the window and by live accounts.
func (g *gen) amplify(r *rng, k *kit, orig *post, a amp) []*post {
	var out []*post
	seen := map[*account]bool{orig.author: true}
	for _, sq := range a.squads {
		trigger := orig.at.Add(r.lognormal(a.squadDelay, 0.7))
		pace, join := g.squadPace[sq[0].squad], a.squadJoin*g.squadJoin[sq[0].squad]
		for _, m := range sq {
			if !r.chance(join) {
				continue
			}
			t := trigger.Add(burstOffset(r, pace))
			acc := g.live(m, t)
			if acc == nil || seen[acc] || !g.inWindow(t) {
				continue
			}
			seen[acc] = true
			out = append(out, g.mk(acc, t, kRetweet, orig, ""))
		}
	}
	if a.organicN > 0 && len(a.organic) > 0 {
		for _, i := range r.sample(len(a.organic), a.organicN) {
			t := orig.at.Add(time.Minute/2 + r.lognormal(g.human(a.organicLag), a.organicSig))
			acc := g.live(a.organic[i], t)
			if acc == nil || seen[acc] || !g.inWindow(t) {
				continue
			}
			seen[acc] = true
			if a.quoteText != nil && r.chance(a.quoteShare) {
				k.speaker, k.at = acc, t
				out = append(out, g.mk(acc, t, kQuote, orig, a.quoteText(k)))
				continue
			}
			out = append(out, g.mk(acc, t, kRetweet, orig, ""))
		}
	}
	slices.SortStableFunc(out, func(x, y *post) int { return x.at.Compare(y.at) })
	return out
}

// pickSquads chooses each squad with probability p.
func (g *gen) pickSquads(r *rng, p float64) [][]*account {
	var out [][]*account
	for _, sq := range g.squads {
		if r.chance(p) {
			out = append(out, sq)
		}
	}
	return out
}
