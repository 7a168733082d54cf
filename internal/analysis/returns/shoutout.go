package returns

import (
	"strings"
	"unicode"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// pairKey identifies an (old, candidate) pair.
type pairKey struct{ old, cand uint32 }

// shoutEvidence is what the posts naming an old and a new account together
// in return vocabulary say about the pair.
type shoutEvidence struct {
	strength float64  // 1 strong vocabulary, 0.5 weak only
	term     string   // the vocabulary that matched (for the evidence text)
	posts    []uint32 // up to maxEvidencePosts posts
}

// announceWindow is how soon after first appearing an account's own
// "I am back / new account" post counts as announcing a return.
const announceWindowMS = 14 * 24 * 3600 * 1000

const maxEvidencePosts = 5

// shoutScan finds posts that name accounts together with return vocabulary.
type shoutScan struct {
	pairs    map[pairKey]*shoutEvidence
	announce map[uint32][]uint32 // account → its own return announcements
}

// handleIndex maps folded handles (current and as seen in status changes) to
// accounts, so that shout-outs naming a suspended account by plain text
// (its profile no longer resolvable) still find it.
func handleIndex(s *snapshot.Snapshot) map[string][]uint32 {
	idx := make(map[string][]uint32, s.NumAccounts())
	add := func(h string, a uint32) {
		h = strings.ToLower(strings.TrimPrefix(h, "@"))
		if len(h) < 3 {
			return
		}
		for _, x := range idx[h] {
			if x == a {
				return
			}
		}
		idx[h] = append(idx[h], a)
	}
	for a, h := range s.Handles {
		add(h, uint32(a))
	}
	for _, e := range s.Statuses {
		add(e.Handle, e.Account)
	}
	return idx
}

// handleTokens returns the handle-like tokens of text: runs of ASCII
// letters, digits and '_' of length 3–30, lower-cased.
func handleTokens(text string, out []string) []string {
	out = out[:0]
	start := -1
	for i := 0; i <= len(text); i++ {
		var c byte
		if i < len(text) {
			c = text[i]
		}
		ok := i < len(text) && (c == '_' || c < 128 && (unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))))
		if ok && start < 0 {
			start = i
		}
		if !ok && start >= 0 {
			if n := i - start; n >= 3 && n <= 30 {
				out = append(out, strings.ToLower(text[start:i]))
			}
			start = -1
		}
	}
	return out
}

// scanShoutOuts walks every non-repost post once. A post with return
// vocabulary names a set of accounts (its mentions, handle tokens that are
// known handles, and its author); every (suspended, later-appearing) pair
// in that set gets the post as evidence. Silent accounts named this way
// become "disappeared" suspensions (added to *susp), and a young account's
// own announcement is remembered.
func scanShoutOuts(s *snapshot.Snapshot, t *timeline, o *Options, handles map[string][]uint32, susp *[]suspension) *shoutScan {
	lex := sharedLexicon()
	sc := &shoutScan{pairs: map[pairKey]*shoutEvidence{}, announce: map[uint32][]uint32{}}
	bySusp := map[uint32]int{}
	for i, sp := range *susp {
		bySusp[sp.acct] = i
	}
	var toks []string
	var named []uint32
	for p := 0; p < s.NumPosts(); p++ {
		if s.Kinds[p] == snapshot.KindRepost {
			continue
		}
		text := s.PostText(uint32(p))
		if text == "" {
			continue
		}
		author, at := s.Author[p], s.TimeMS[p]
		young := t.first[author] > 0 && at-t.first[author] <= announceWindowMS
		named = append(named[:0], author)
		named = append(named, s.PostMentions.Of(uint32(p))...)
		toks = handleTokens(text, toks)
		for _, tok := range toks {
			for _, a := range handles[tok] {
				if a != author {
					named = append(named, a)
				}
			}
		}
		if len(named) < 2 && !young {
			continue // names nobody else and cannot announce: skip the lexicon
		}
		strength, term := lex.strength(snapshot.NormalizeText(text))
		if strength == 0 {
			continue
		}
		if strength == 1 && young {
			if a := sc.announce[author]; len(a) < maxEvidencePosts {
				sc.announce[author] = append(a, uint32(p))
			}
		}
		for _, old := range named {
			i, ok := bySusp[old]
			if !ok {
				if strength < 1 || old == author || t.last[old] == 0 || t.last[old] > at-24*3600*1000 {
					continue
				}
				// Silent for a day or more and named as gone/replaced: a
				// disappearance, if someone in the post could succeed it.
				cand := newSuspension(old, KindDisappeared, at, t, o)
				if !anyInWindow(named, old, &cand, t) {
					continue
				}
				*susp = append(*susp, cand)
				i = len(*susp) - 1
				bySusp[old] = i
			}
			sp := &(*susp)[i]
			for _, c := range named {
				if c == old || t.first[c] < sp.lo || t.first[c] > sp.hi {
					continue
				}
				k := pairKey{old, c}
				ev := sc.pairs[k]
				if ev == nil {
					ev = &shoutEvidence{}
					sc.pairs[k] = ev
				}
				if strength > ev.strength {
					ev.strength, ev.term = strength, term
				}
				if len(ev.posts) < maxEvidencePosts && (len(ev.posts) == 0 || ev.posts[len(ev.posts)-1] != uint32(p)) {
					ev.posts = append(ev.posts, uint32(p))
				}
			}
		}
	}
	return sc
}

func anyInWindow(named []uint32, old uint32, sp *suspension, t *timeline) bool {
	for _, c := range named {
		if c != old && t.first[c] >= sp.lo && t.first[c] <= sp.hi && t.first[c] > 0 {
			return true
		}
	}
	return false
}
