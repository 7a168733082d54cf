package snapshot

import (
	"strings"

	"github.com/marsad-project/marsad"
)

// Add adds one post. A post whose (platform, id) was already added is
// ignored, and so is a post without an id or author.
func (b *Builder) Add(p *marsad.Post) {
	plat := b.platform(p.Platform)
	k := b.postKey(plat, p.ID)
	if k == None || b.keyRow[k] != None {
		return
	}
	author := b.account(plat, p.AccountID, p.AccountHandle)
	if author == None {
		return
	}
	row := uint32(len(b.rowKey))
	b.keyRow[k] = row
	b.rowKey = append(b.rowKey, k)
	b.author = append(b.author, author)
	b.timeMS = append(b.timeMS, p.CreatedAt.UnixMilli())
	kind := kindOf(p.Kind)
	if p.RepostOfPostID != "" {
		kind = KindRepost
	}
	b.kinds = append(b.kinds, kind)

	ref, refAcct := None, None
	switch {
	case p.RepostOfPostID != "":
		ref, refAcct = b.postKey(plat, p.RepostOfPostID), b.account(plat, p.RepostOfAccountID, "")
	case p.QuotedPostID != "":
		ref, refAcct = b.postKey(plat, p.QuotedPostID), b.account(plat, p.QuotedAccountID, "")
	}
	b.ref = append(b.ref, ref)
	b.refAcct = append(b.refAcct, refAcct)
	b.replyTo = append(b.replyTo, b.postKey(plat, p.ReplyToPostID))
	b.replyAcct = append(b.replyAcct, b.account(plat, p.ReplyToAccountID, ""))
	b.conv = append(b.conv, b.postKey(plat, p.ConversationID))
	b.lang = append(b.lang, b.langOf(p.Lang))
	b.text.add(p.Text)

	s := b.scratch[:0]
	for _, h := range p.Hashtags {
		h = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "#"))
		if h == "" {
			continue
		}
		id, ok := b.tagIdx[h]
		if !ok {
			id = uint32(len(b.hashtags))
			h = strings.Clone(h)
			b.tagIdx[h] = id
			b.hashtags = append(b.hashtags, h)
		}
		s = appendUnique(s, id)
	}
	b.tags.addRow(s)

	s = s[:0]
	for _, m := range p.Mentions {
		id := m.AccountID
		if id == "" && m.Handle != "" {
			id = marsad.HandleID(m.Handle)
		}
		if a := b.account(plat, id, m.Handle); a != None {
			s = appendUnique(s, a)
		}
	}
	b.mentions.addRow(s)

	s = s[:0]
	for _, u := range p.URLs {
		c := u.Canonical
		if c == "" {
			c = u.Given
		}
		if c != "" {
			s = appendUnique(s, b.url(c))
		}
	}
	b.urls.addRow(s)
	s = s[:0]
	for _, u := range p.URLs {
		if u.Given != "" {
			s = appendUnique(s, b.url(u.Given))
		}
	}
	b.givenURLs.addRow(s)
	b.scratch = s
}

func (b *Builder) url(u string) uint32 {
	if id, ok := b.urlIdx[u]; ok {
		return id
	}
	id := uint32(len(b.urlList))
	u = strings.Clone(u)
	b.urlIdx[u] = id
	b.urlList = append(b.urlList, u)
	return id
}

func (b *Builder) langOf(l string) uint16 {
	if i, ok := b.langIdx[l]; ok {
		return i
	}
	if len(b.langs) >= 1<<16-1 {
		return 0
	}
	i := uint16(len(b.langs))
	l = strings.Clone(l)
	b.langIdx[l] = i
	b.langs = append(b.langs, l)
	return i
}

func appendUnique(s []uint32, v uint32) []uint32 {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}
