package sim

import (
	"strings"
	"unicode/utf8"
)

// rendered is a post's final text and its entities with code-point indices,
// shared by the v1 and v2 writers.
type rendered struct {
	text     string
	hashtags []entity
	mentions []entity
	urls     []entity // t.co → expanded (links and the quoted-status link)
	media    []entity // t.co of each photo
}

type entity struct {
	start, end int // code points, end exclusive
	text       string
	acc        *account
	expanded   string
	tco        string
	media      *media
}

// tco returns the deterministic t.co short link for the i-th link of a post.
func tco(id uint64, i int) string {
	x := id*0x9E3779B97F4A7C15 + uint64(i+1)*0xBF58476D1CE4E5B9
	b := make([]byte, 10)
	for j := range b {
		x ^= x >> 31
		x *= 0x94D049BB133111EB
		b[j] = b62[x%62]
	}
	return "https://t.co/" + string(b)
}

// render builds the text of p as the platform shows it.
func render(p *post) rendered {
	var r rendered
	var sb strings.Builder
	body := p
	if p.kind == kRetweet {
		body = p.ref
		sb.WriteString("RT @")
		sb.WriteString(p.ref.author.handleAt(p.at))
		sb.WriteString(": ")
	}
	sb.WriteString(body.text)
	n := 0
	type link struct{ tco, expanded string }
	var links []link
	for _, l := range body.links {
		links = append(links, link{tco(body.id, n), l})
		n++
	}
	if body.kind == kQuote && body.ref != nil {
		links = append(links, link{tco(body.id, n), "https://twitter.com/" + body.ref.author.handleAt(body.at) + "/status/" + idStr(body.ref.id)})
		n++
	}
	for _, l := range links {
		sb.WriteByte(' ')
		sb.WriteString(l.tco)
	}
	var mediaTco string
	if len(body.media) > 0 {
		mediaTco = tco(body.id, n)
		sb.WriteByte(' ')
		sb.WriteString(mediaTco)
	}
	r.text = sb.String()

	// Find entities left to right, in code points.
	find := func(needle string, from int) (int, int, bool) {
		i := strings.Index(r.text[from:], needle)
		if i < 0 {
			return 0, 0, false
		}
		return from + i, from + i + len(needle), true
	}
	cp := func(b int) int { return utf8.RuneCountInString(r.text[:b]) }
	if p.kind == kRetweet {
		h := p.ref.author.handleAt(p.at)
		r.mentions = append(r.mentions, entity{start: 3, end: 4 + utf8.RuneCountInString(h), text: h, acc: p.ref.author})
	}
	from := 0
	if p.kind == kRetweet {
		from = 4 + len(p.ref.author.handleAt(p.at))
	}
	cur := from
	for _, m := range body.mentions {
		h := m.handleAt(body.at)
		if s, e, ok := find("@"+h, cur); ok {
			r.mentions = append(r.mentions, entity{start: cp(s), end: cp(e), text: h, acc: m})
			cur = e
		}
	}
	cur = from
	for _, h := range body.hashtags {
		if s, e, ok := find("#"+h, cur); ok {
			r.hashtags = append(r.hashtags, entity{start: cp(s), end: cp(e), text: h})
			cur = e
		}
	}
	cur = from
	for _, l := range links {
		if s, e, ok := find(l.tco, cur); ok {
			r.urls = append(r.urls, entity{start: cp(s), end: cp(e), tco: l.tco, expanded: l.expanded})
			cur = e
		}
	}
	if mediaTco != "" {
		if s, e, ok := find(mediaTco, cur); ok {
			for i := range body.media {
				r.media = append(r.media, entity{start: cp(s), end: cp(e), tco: mediaTco, media: &body.media[i]})
			}
		}
	}
	return r
}

// displayURL is how Twitter shows an expanded URL: no scheme, cut at 26 runes.
func displayURL(u string) string {
	u = strings.TrimPrefix(strings.TrimPrefix(u, "https://"), "http://")
	u = strings.TrimPrefix(u, "www.")
	if utf8.RuneCountInString(u) > 26 {
		rs := []rune(u)
		return string(rs[:25]) + "…"
	}
	return u
}
