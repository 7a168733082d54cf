package returns

import "github.com/marsad-project/marsad/internal/snapshot"

// Disappearance from unavailable references (best effort). The store keeps
// no record of tweets the API reported unavailable, but the references
// survive: a reply, quote or repost whose target post is missing from the
// data while its author is named. An account is taken as disappeared when
//
//   - it has posts in the data (so it was being collected) and no status row,
//   - it fell silent at least minSilenceMS before the end of the data, and
//   - at least minDanglingRefs distinct later posts by others point at posts
//     of it that are not in the data (its timeline went away).
//
// Silence alone is ordinary, and a single missing reply parent is common in
// keyword collections; both conditions together are what a suspension or
// deletion leaves behind. The observation time is the first such reference.
const (
	minSilenceMS    = 3 * 24 * 3600 * 1000
	minDanglingRefs = 2
)

func findDisappearances(s *snapshot.Snapshot, t *timeline, o *Options, known []suspension) []suspension {
	if s.NumPosts() == 0 {
		return nil
	}
	end := s.TimeMS[s.NumPosts()-1]
	skip := make(map[uint32]bool, len(known))
	for _, sp := range known {
		skip[sp.acct] = true
	}
	type refs struct {
		n     int
		first int64
	}
	found := map[uint32]*refs{}
	note := func(p int, key, acct uint32) {
		if key == snapshot.None || acct == snapshot.None || s.IsPost(key) || skip[acct] || acct == s.Author[p] {
			return
		}
		last := t.last[acct]
		if last == 0 || end-last < minSilenceMS || s.TimeMS[p] <= last+24*3600*1000 {
			return
		}
		r := found[acct]
		if r == nil {
			r = &refs{first: s.TimeMS[p]}
			found[acct] = r
		}
		r.n++
	}
	for p := 0; p < s.NumPosts(); p++ {
		note(p, s.Ref[p], s.RefAccount[p])
		note(p, s.ReplyTo[p], s.ReplyAccount[p])
	}
	var out []suspension
	for a := uint32(0); int(a) < s.NumAccounts(); a++ {
		if r := found[a]; r != nil && r.n >= minDanglingRefs {
			out = append(out, newSuspension(a, KindDisappeared, r.first, t, o))
		}
	}
	return out
}
