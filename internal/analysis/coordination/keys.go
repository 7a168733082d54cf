package coordination

import (
	"strings"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// keyed is one behaviour's actions grouped by key: posts(k) are the posts
// acting on key k, in time order.
type keyed struct {
	behaviour Behaviour
	n         int
	posts     func(k uint32) []uint32
	// label names key k for evidence ("post 123", a URL, "#a #b").
	label func(k uint32) string
	// skip, if set, excludes a pair of posts on the same key (near-duplicates
	// with identical text are co-tweets, not near-duplicates).
	skip func(p, q uint32) bool
}

// keysOf returns the keyed actions of behaviour b. Near-duplicate keys need
// the clusters computed by nearDuplicates.
func keysOf(s *snapshot.Snapshot, b Behaviour, o Options) keyed {
	postLabel := func(k uint32) string { return "post " + s.PostID(k) }
	switch b {
	case CoRetweet:
		return keyed{b, s.RepostsOf.Keys(), s.RepostsOf.Of, func(k uint32) string { return "repost of post " + s.PostID(k) }, nil}
	case CoTweet:
		tx := s.Texts()
		return keyed{b, tx.Posts.Keys(), tx.Posts.Of, func(k uint32) string {
			return "text " + quoteExcerpt(s.PostText(tx.Posts.Of(k)[0]))
		}, nil}
	case CoLink:
		return keyed{b, s.ByURL.Keys(), s.ByURL.Of, func(k uint32) string { return "link " + s.URLs.At(k) }, nil}
	case CoHashtagSequence:
		return keyed{b, s.ByHashtagSeq.Keys(), func(k uint32) []uint32 {
			ps := s.ByHashtagSeq.Of(k)
			if len(ps) == 0 || s.PostHashtags.Len(ps[0]) < 2 {
				return nil // a single hashtag is a topic, not a sequence
			}
			return ps
		}, func(k uint32) string {
			var tags []string
			for _, t := range s.PostHashtags.Of(s.ByHashtagSeq.Of(k)[0]) {
				tags = append(tags, "#"+s.Hashtags[t])
			}
			return "hashtags " + strings.Join(tags, " ")
		}, nil}
	case CoReply:
		return keyed{b, s.RepliesTo.Keys(), s.RepliesTo.Of, func(k uint32) string { return "reply to " + postLabel(k) }, nil}
	case CoMention:
		return keyed{b, s.ByMention.Keys(), s.ByMention.Of, func(k uint32) string { return "mention of " + s.Label(k) }, nil}
	case NearDuplicate:
		c := nearDuplicates(s, o)
		textKey := s.Texts().Key
		return keyed{b, c.Keys(), c.Of, func(k uint32) string {
			return "similar text " + quoteExcerpt(s.PostText(c.Of(k)[0]))
		}, func(p, q uint32) bool { return textKey[p] == textKey[q] }}
	}
	return keyed{behaviour: b, posts: func(uint32) []uint32 { return nil }, label: postLabel}
}

// quoteExcerpt quotes the first 60 runes of a text, on one line.
func quoteExcerpt(t string) string {
	t = strings.Join(strings.Fields(t), " ")
	r := []rune(t)
	if len(r) > 60 {
		t = string(r[:60]) + "…"
	}
	return "\u201c" + t + "\u201d"
}
