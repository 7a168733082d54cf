package campaigns

import (
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Call is a call to action found in a snapshot, resolved to account indices.
type Call struct {
	Post    uint32   // post index
	Author  uint32   // account index
	Targets []uint32 // account indices, primary first
	CallToAction
}

// FindCalls runs DetectCallToActionPost over every non-repost post of s that
// names another account (a mention, a quote, a reply or an @handle in its
// text) and resolves the targets to account indices. Targets the snapshot
// does not know are dropped. Linear in the number of posts.
func FindCalls(s *snapshot.Snapshot) []Call {
	var out []Call
	for p := 0; p < s.NumPosts(); p++ {
		pi := uint32(p)
		if s.Kinds[pi] == snapshot.KindRepost {
			continue
		}
		text := s.PostText(pi)
		if s.PostMentions.Len(pi) == 0 && s.Ref[pi] == snapshot.None && s.ReplyAccount[pi] == snapshot.None && !strings.Contains(text, "@") {
			continue
		}
		post := postForCTA(s, pi, text)
		cta, ok := DetectCallToActionPost(post)
		if !ok {
			continue
		}
		c := Call{Post: pi, Author: s.Author[pi], CallToAction: cta}
		for _, t := range cta.Targets {
			if a, ok := resolve(s, t); ok && a != c.Author && !containsU32(c.Targets, a) {
				c.Targets = append(c.Targets, a)
			}
		}
		if len(c.Targets) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// postForCTA rebuilds the fields of a post that call detection reads.
func postForCTA(s *snapshot.Snapshot, p uint32, text string) *marsad.Post {
	post := &marsad.Post{
		ID:        s.PostID(p),
		AccountID: s.AccountIDs[s.Author[p]],
		Text:      text,
		Kind:      s.Kinds[p].PostKind(),
	}
	for _, a := range s.PostMentions.Of(p) {
		post.Mentions = append(post.Mentions, marsad.Mention{AccountID: s.AccountIDs[a], Handle: s.Handles[a]})
	}
	if s.Kinds[p] == snapshot.KindQuote && s.RefAccount[p] != snapshot.None {
		post.QuotedAccountID = s.AccountIDs[s.RefAccount[p]]
	}
	if s.ReplyAccount[p] != snapshot.None {
		post.ReplyToAccountID = s.AccountIDs[s.ReplyAccount[p]]
	}
	return post
}

// resolve maps a target to an account index: by id, then by handle.
func resolve(s *snapshot.Snapshot, t Target) (uint32, bool) {
	if a, ok := s.Account(t.AccountID); ok {
		return a, true
	}
	if t.Handle != "" {
		if as := s.AccountsByHandle(t.Handle); len(as) > 0 {
			return as[0], true
		}
	}
	return 0, false
}

func containsU32(s []uint32, x uint32) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
