package sim

import (
	"strings"
	"time"
)

// live returns the account a persona uses at time t: the account itself, or
// its successor (and so on) once it has been suspended; nil when the persona
// has no usable account at t (suspended and not back yet, or not created).
func (g *gen) live(a *account, t time.Time) *account {
	for a != nil {
		if !a.suspended.IsZero() && !t.Before(a.suspended) {
			a = a.successor
			continue
		}
		if t.Before(a.created) {
			return nil
		}
		return a
	}
	return nil
}

// inWindow reports whether t falls inside the observation window.
func (g *gen) inWindow(t time.Time) bool { return !t.Before(g.start) && t.Before(g.end) }

// mk builds a post; text is the body (ignored for retweets).
func (g *gen) mk(a *account, at time.Time, kind int, ref *post, text string) *post {
	p := &post{id: g.ids.at(at), at: at, author: a, kind: kind, ref: ref}
	if kind == kRetweet {
		p.lang = ref.lang
	} else {
		p.text = text
		p.lang = langOf(text)
		p.hashtags = hashtagsIn(text)
		p.mentions = g.mentionsIn(text)
	}
	p.compat = (p.id>>9)%5 == 0
	return p
}

// emit writes p to tweets.jsonl.
func (g *gen) emit(p *post) error {
	g.posts++
	if g.posts&4095 == 0 {
		if err := g.ctx.Err(); err != nil {
			return err
		}
	}
	return g.v1.write(p)
}

// reply builds a reply by a to parent at time at; body is prefixed with the
// "@handle" the platform adds, unless it already starts with it.
func (g *gen) reply(a *account, at time.Time, parent *post, body string) *post {
	prefix := "@" + parent.author.handleAt(at)
	if !strings.HasPrefix(body, prefix+" ") && body != prefix {
		body = prefix + " " + body
	}
	parent.replies++
	return g.mk(a, at, kReply, parent, body)
}

// newMedia invents a photo posted at time at with hash h and records its
// hash in media_hashes.csv.
func (g *gen) newMedia(r *rng, at time.Time, h pdq) media {
	m := media{id: g.ids.at(at), url: "https://pbs.twimg.com/media/" + r.token(15) + ".jpg", hash: h}
	g.mh.Write([]string{m.url, h.String()})
	return m
}

// link invents a file-host link for a release or talking point.
func (g *gen) link(r *rng, at time.Time) string {
	return "https://" + fill(pick(r, fileHosts), slots{
		"tok": func() string { return r.token(r.between(8, 12)) },
		"slug": func() string {
			return pick(r, []string{"nashra", "bayan", "isdar", "report", "file", "sawti"}) + "-" + digits(r, 2)
		},
		"mm": func() string { return at.Format("01") },
		"dd": func() string { return at.Format("02") },
		"n":  func() string { return digits(r, 2) },
	})
}

// emitWithAmplifiers writes an original and then its amplifications, with
// the original's retweet and reply counts set from them.
func (g *gen) emitWithAmplifiers(orig *post, amps []*post) error {
	for _, p := range amps {
		if p.kind == kRetweet {
			orig.retweets++
		}
	}
	if err := g.emit(orig); err != nil {
		return err
	}
	for _, p := range amps {
		if err := g.emit(p); err != nil {
			return err
		}
	}
	return nil
}
