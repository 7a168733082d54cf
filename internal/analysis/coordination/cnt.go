package coordination

import (
	"cmp"
	"fmt"
	"slices"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// DirectedEdge is an edge of a toolkit-compatible network: User1 is the
// toolkit's user_1, User2 its user_2 (account indices).
type DirectedEdge struct {
	User1, User2 uint32
	Behaviour    Behaviour
	// Weight is the number of distinct messages of User1 with at least one
	// message of User2 on the same key within ±window (inclusive).
	Weight int
}

// CNTOptions configure CNT.
type CNTOptions struct {
	Behaviours       []Behaviour   // CoRetweet, CoTweet, CoLink; empty means those three
	Window           time.Duration // the toolkit's --time_window
	MinWeight        int           // the toolkit's --min_edge_weight (≥ 1)
	IncludeSelfLoops bool          // the toolkit's --include_self_loops
}

// CNT computes the coordination-network-toolkit's co_retweet, co_tweet and
// co_link networks exactly (QUT Digital Observatory,
// coordination_network_toolkit/compute_networks.py): a self-join of messages
// on the key with e2.timestamp between e1.timestamp ± window, grouped by
// (user_1, user_2), weight = count(distinct e1.message_id), kept when
// weight ≥ MinWeight. Keys: the repost id (co_retweet); the message text
// after the toolkit's message_preprocessor, for non-reposts (co_tweet); each
// URL as given, for non-reposts (co_link; a message with no URL has none —
// older toolkit versions stored an empty-string URL for it, which linked
// every link-less message; marsad follows the documented intent). Unlike
// Detect it enumerates every pair in the window: it is as exact, and on
// viral keys as quadratic, as the toolkit.
func CNT(s *snapshot.Snapshot, o CNTOptions) ([]DirectedEdge, error) {
	if len(o.Behaviours) == 0 {
		o.Behaviours = []Behaviour{CoRetweet, CoTweet, CoLink}
	}
	if o.MinWeight < 1 {
		o.MinWeight = 1
	}
	if o.Window < 0 {
		return nil, fmt.Errorf("window %v: want ≥ 0", o.Window)
	}
	var out []DirectedEdge
	for _, b := range o.Behaviours {
		var idx snapshot.Index
		switch b {
		case CoRetweet:
			idx = s.RepostsOf
		case CoTweet:
			idx = cntTextIndex(s)
		case CoLink:
			idx = cntLinkIndex(s)
		default:
			return nil, fmt.Errorf("behaviour %s has no toolkit-compatible form (want co-retweet, co-tweet or co-link)", b)
		}
		out = append(out, cntEdges(s, b, &idx, o)...)
	}
	return out, nil
}

func cntEdges(s *snapshot.Snapshot, b Behaviour, idx *snapshot.Index, o CNTOptions) []DirectedEdge {
	win := o.Window.Milliseconds()
	// (message, user_2) pairs, deduplicated across keys: count(distinct e1.message_id).
	var hits []uint64
	var seen []uint32
	for k := 0; k < idx.Keys(); k++ {
		ps := idx.Of(uint32(k))
		lo, hi := 0, 0
		for _, p := range ps {
			t := s.TimeMS[p]
			for t-s.TimeMS[ps[lo]] > win {
				lo++
			}
			for hi < len(ps) && s.TimeMS[ps[hi]]-t <= win {
				hi++
			}
			seen = seen[:0]
			for _, q := range ps[lo:hi] {
				u2 := s.Author[q]
				if (!o.IncludeSelfLoops && u2 == s.Author[p]) || slices.Contains(seen, u2) {
					continue
				}
				seen = append(seen, u2)
				hits = append(hits, uint64(p)<<32|uint64(u2))
			}
		}
	}
	slices.Sort(hits)
	hits = slices.Compact(hits)
	pairs := make([]uint64, len(hits))
	for i, h := range hits {
		pairs[i] = uint64(s.Author[uint32(h>>32)])<<32 | h&0xffffffff
	}
	slices.Sort(pairs)
	var out []DirectedEdge
	for i := 0; i < len(pairs); {
		j := i + 1
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		if j-i >= o.MinWeight {
			out = append(out, DirectedEdge{User1: uint32(pairs[i] >> 32), User2: uint32(pairs[i]), Behaviour: b, Weight: j - i})
		}
		i = j
	}
	return out
}

// cntTextIndex groups non-repost posts by MessagePreprocessor(text).
func cntTextIndex(s *snapshot.Snapshot) snapshot.Index {
	keys := map[string]uint32{}
	key := make([]uint32, s.NumPosts())
	var buf []byte
	for p := range key {
		key[p] = snapshot.None
		if s.Kinds[p] == snapshot.KindRepost {
			continue
		}
		buf = appendPreprocessed(buf[:0], s.PostText(uint32(p)))
		k, ok := keys[string(buf)]
		if !ok {
			k = uint32(len(keys))
			keys[string(buf)] = k
		}
		key[p] = k
	}
	return indexFromColumn(key, len(keys))
}

// cntLinkIndex groups non-repost posts by URL as given.
func cntLinkIndex(s *snapshot.Snapshot) snapshot.Index {
	return buildPostIndex(s.URLs.Len(), s.NumPosts(), func(p uint32) []uint32 {
		if s.Kinds[p] == snapshot.KindRepost {
			return nil
		}
		return s.PostGivenURLs.Of(p)
	})
}

func indexFromColumn(col []uint32, nkeys int) snapshot.Index {
	return buildPostIndex(nkeys, len(col), func(p uint32) []uint32 {
		if col[p] == snapshot.None {
			return nil
		}
		return col[p : p+1]
	})
}

// buildPostIndex builds key → posts (ascending) from post → keys.
func buildPostIndex(nkeys, nposts int, keysOf func(p uint32) []uint32) snapshot.Index {
	start := make([]uint32, nkeys+1)
	for p := 0; p < nposts; p++ {
		for _, k := range keysOf(uint32(p)) {
			start[k+1]++
		}
	}
	for k := 1; k <= nkeys; k++ {
		start[k] += start[k-1]
	}
	items := make([]uint32, start[nkeys])
	fill := slices.Clone(start[:nkeys])
	for p := 0; p < nposts; p++ {
		for _, k := range keysOf(uint32(p)) {
			items[fill[k]] = uint32(p)
			fill[k]++
		}
	}
	return snapshot.Index{Start: start, Items: items}
}

// MessagePreprocessor is the toolkit's default co_tweet text transform
// (similarity.message_preprocessor): lower-case, delete every "@" and the
// non-space characters after it, then collapse white space to single spaces
// and trim. Python's str.lower and Go's unicode lower-casing differ only on
// a few special cases (İ, final sigma), documented in
// docs/ANALYSES-coordination.md.
func MessagePreprocessor(text string) string {
	return string(appendPreprocessed(nil, text))
}

// appendPreprocessed appends MessagePreprocessor(text) to dst in one pass.
func appendPreprocessed(dst []byte, text string) []byte {
	start := len(dst)
	inMention, space := false, false
	for i := 0; i < len(text); {
		// ASCII fast path: most of the work on real collections (handles,
		// links, Latin text, the spaces between Arabic words).
		var r rune
		n := 1
		if c := text[i]; c < utf8.RuneSelf {
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		raw := text[i : i+n]
		i += n
		switch {
		case pySpace(r):
			inMention, space = false, true
			continue
		case inMention:
			continue
		case r == '@':
			inMention = true
			continue
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		space = false
		switch {
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r+'a'-'A'))
		case r < utf8.RuneSelf:
			dst = append(dst, byte(r))
		case r >= 0x0600 && r <= 0x06FF: // Arabic block: no case; copy as is
			dst = append(dst, raw...)
		default:
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// pySpace is Python's str.isspace for one rune: Unicode white space plus
// the information separators U+001C–U+001F.
func pySpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	// Unicode's White_Space above ASCII (what unicode.IsSpace tests, spelled
	// out so that the common non-space letters cost one comparison).
	switch {
	case r < 0x85:
		return false
	case r == 0x85, r == 0xA0, r == 0x1680, r >= 0x2000 && r <= 0x200A,
		r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// SortDirected orders toolkit edges by (behaviour, user_1 id, user_2 id) for
// stable output.
func SortDirected(s *snapshot.Snapshot, es []DirectedEdge) {
	slices.SortFunc(es, func(x, y DirectedEdge) int {
		if c := cmp.Compare(x.Behaviour, y.Behaviour); c != 0 {
			return c
		}
		if c := cmp.Compare(s.AccountIDs[x.User1], s.AccountIDs[y.User1]); c != 0 {
			return c
		}
		return cmp.Compare(s.AccountIDs[x.User2], s.AccountIDs[y.User2])
	})
}
