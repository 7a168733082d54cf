package campaigns

import "github.com/marsad-project/marsad/internal/snapshot"

// inboundIndex maps each account to the posts aimed at it by other
// accounts: replies to it, quotes of its posts and mentions of it (each post
// once per account), in time order. Reposts are not aimed at anyone: a mass
// repost spreads the target's words rather than attacking them. One pass
// over the posts; the result is in CSR layout like the snapshot's indexes.
func inboundIndex(s *snapshot.Snapshot) *snapshot.Index {
	n := s.NumAccounts()
	counts := make([]uint32, n+1)
	var buf []uint32
	each := func(p uint32, fn func(a uint32)) {
		buf = buf[:0]
		add := func(a uint32) {
			if a == snapshot.None || a == s.Author[p] || containsU32(buf, a) {
				return
			}
			buf = append(buf, a)
			fn(a)
		}
		add(s.ReplyAccount[p])
		if s.Kinds[p] == snapshot.KindQuote {
			add(s.RefAccount[p])
		}
		for _, a := range s.PostMentions.Of(p) {
			add(a)
		}
	}
	np := s.NumPosts()
	for p := 0; p < np; p++ {
		if s.Kinds[p] == snapshot.KindRepost {
			continue
		}
		each(uint32(p), func(a uint32) { counts[a+1]++ })
	}
	for i := 1; i <= n; i++ {
		counts[i] += counts[i-1]
	}
	items := make([]uint32, counts[n])
	next := append([]uint32(nil), counts[:n]...)
	for p := 0; p < np; p++ {
		if s.Kinds[p] == snapshot.KindRepost {
			continue
		}
		each(uint32(p), func(a uint32) {
			items[next[a]] = uint32(p)
			next[a]++
		})
	}
	return &snapshot.Index{Start: counts, Items: items}
}
