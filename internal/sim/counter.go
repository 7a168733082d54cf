package sim

import (
	"slices"
	"strings"
	"time"
)

// counterCampaign writes the activists' hashtag operation and the army's
// reaction. Hashtag posts collected before the search was run (start+48h)
// go to twarc2.jsonl as recent-search pages; a few of those are also in
// tweets.jsonl (importers dedupe by id); later ones only in tweets.jsonl.
func (g *gen) counterCampaign() error {
	r := g.rng("counter")
	k := g.newKit(r)
	c := g.counter
	k.ctag = c.tag
	cc := &g.truth.CounterCampaign
	cc.Hashtag, cc.Start = c.tag, c.start
	var all []*post
	var originals []*post
	// Leaders launch.
	for i, l := range c.leaders {
		at := c.start.Add(time.Duration(i) * r.lognormal(4*time.Minute, 0.8))
		a := g.live(l, at)
		if a == nil {
			continue
		}
		cc.Leaders = append(cc.Leaders, a.idStr)
		k.speaker, k.at = a, at
		p := g.mk(a, at, kOriginal, nil, k.fill(pick(r, counterTemplates)))
		originals = append(originals, p)
	}
	// Participants post with the hashtag over the next day or two.
	var pool []*account
	for _, i := range r.sample(len(g.activists), len(g.activists)*2/3) {
		pool = append(pool, g.activists[i])
	}
	for _, i := range r.sample(len(g.ordinary), g.cfg.n(250, 15)) {
		pool = append(pool, g.ordinary[i])
	}
	for _, s := range pool {
		at := c.start.Add(10*time.Minute + r.lognormal(g.human(5*time.Hour), 1.0))
		a := g.live(s, at)
		if a == nil || !g.inWindow(at) {
			continue
		}
		k.speaker, k.at = a, at
		text := k.fill(pick(r, counterTemplates))
		if len(originals) > 0 && r.chance(0.15) {
			originals = append(originals, g.mk(a, at, kQuote, pick(r, originals[:min(len(originals), 5)]), text))
			continue
		}
		originals = append(originals, g.mk(a, at, kOriginal, nil, text))
	}
	sortPosts(originals)
	// Reposts: leaders' posts widely, others a little.
	for _, p := range originals {
		n := r.poisson(1.5)
		if slices.Contains(c.leaders, p.author.root()) {
			n = r.lognormalInt(120*max(0.3, g.cfg.Scale), 0.5, 20, 2000)
		}
		pl := append(append([]*account{}, g.activists...), g.ordinary...)
		all = append(all, g.amplify(r, k, p, amp{organic: pl, organicN: n, organicLag: 90 * time.Minute, organicSig: 1.0})...)
	}
	// Army reaction: replies to hashtag posts (some hijack the hashtag).
	var reactions []*post
	for _, p := range originals {
		if len(g.supporters) == 0 || !r.chance(0.35) {
			continue
		}
		for range r.between(1, 6) {
			var m *account
			if len(g.squads) > 0 && r.chance(0.4) {
				m = pick(r, pick(r, g.squads))
			} else {
				m = pick(r, g.supporters)
			}
			t := p.at.Add(r.lognormal(g.human(35*time.Minute), 0.9))
			a := g.live(m, t)
			if a == nil || !g.inWindow(t) {
				continue
			}
			k.speaker, k.at, k.t = a, t, p.author
			body := k.fill(pick(r, counterReactions))
			if !strings.Contains(body, "#") && r.chance(0.3) {
				body += " #" + c.tag
			}
			if r.chance(0.15) {
				body = g.threatText(r, k)
				rp := g.reply(a, t, p, body)
				g.markThreat(rp, k.t)
				reactions = append(reactions, rp)
				continue
			}
			reactions = append(reactions, g.reply(a, t, p, body))
		}
	}
	all = append(all, originals...)
	all = append(all, reactions...)
	for _, p := range all {
		if p.kind == kRetweet {
			p.ref.retweets++
		}
	}
	written := make(map[*post]bool, len(g.counterExtra))
	for _, p := range g.counterExtra {
		written[p] = true
	}
	all = append(all, g.counterExtra...)
	sortPosts(all)
	retrieved := c.start.Add(48 * time.Hour)
	var search []*post
	seenAcc := map[*account]bool{}
	for _, p := range all {
		body := p
		if p.kind == kRetweet {
			body = p.ref
		}
		tagged := slices.Contains(body.hashtags, c.tag)
		if tagged {
			if p.kind == kRetweet {
				cc.Reposts++
			} else {
				cc.Posts = append(cc.Posts, idStr(p.id))
			}
			cc.PotentialImpressions += int64(p.author.followers)
			if !seenAcc[p.author] {
				seenAcc[p.author] = true
				cc.Accounts = append(cc.Accounts, p.author.idStr)
			}
		}
		if p.author.army() && (p.kind == kReply || written[p] && p.kind != kRetweet) {
			cc.ReactionPosts = append(cc.ReactionPosts, idStr(p.id))
			if !slices.Contains(cc.ReactionAccounts, p.author.idStr) {
				cc.ReactionAccounts = append(cc.ReactionAccounts, p.author.idStr)
			}
		}
		// The search does not return posts of accounts suspended by then.
		if tagged && p.at.Before(retrieved) && !gone(p.author, retrieved) {
			search = append(search, p)
			if !written[p] && !r.chance(0.1) {
				g.posts++
				continue // only in twarc2.jsonl
			}
		}
		if written[p] {
			continue
		}
		if err := g.emit(p); err != nil {
			return err
		}
	}
	slices.Reverse(search) // search results come newest first
	// Posts whose author is gone by retrieval time are only in tweets.jsonl.
	return g.tw.searchPages("#"+c.tag, search, retrieved)
}

// gone reports whether a was suspended before t.
func gone(a *account, t time.Time) bool { return !a.suspended.IsZero() && a.suspended.Before(t) }
