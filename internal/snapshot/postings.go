package snapshot

import (
	"cmp"
	"runtime"
	"slices"
	"sync"
)

// buildPostings builds the key → posts lists from the per-post columns.
func (s *Snapshot) buildPostings() error {
	n := s.NumPosts()
	type spec struct {
		dst   *Index
		nkeys int
		each  func(emit func(k, v uint32))
	}
	column := func(col []uint32, want func(p int) bool) func(emit func(k, v uint32)) {
		return func(emit func(k, v uint32)) {
			for p, k := range col {
				if k != None && (want == nil || want(p)) {
					emit(k, uint32(p))
				}
			}
		}
	}
	lists := func(x *Index, skipReposts bool) func(emit func(k, v uint32)) {
		return func(emit func(k, v uint32)) {
			for p := 0; p < n; p++ {
				if skipReposts && s.Kinds[p] == KindRepost {
					continue
				}
				for _, k := range x.Of(uint32(p)) {
					emit(k, uint32(p))
				}
			}
		}
	}
	isKind := func(k Kind) func(int) bool { return func(p int) bool { return s.Kinds[p] == k } }
	notRepost := func(p int) bool { return s.Kinds[p] != KindRepost }
	specs := []spec{
		{&s.ByAuthor, s.NumAccounts(), column(s.Author, nil)},
		{&s.RepostsOf, s.NumPostKeys(), column(s.Ref, isKind(KindRepost))},
		{&s.QuotesOf, s.NumPostKeys(), column(s.Ref, isKind(KindQuote))},
		{&s.RepliesTo, s.NumPostKeys(), column(s.ReplyTo, nil)},
		{&s.ByURL, s.URLs.Len(), lists(&s.PostURLs, true)},
		{&s.ByHashtag, len(s.Hashtags), lists(&s.PostHashtags, false)},
		{&s.ByHashtagSeq, s.NumHashtagSeqs, column(s.HashtagSeq, notRepost)},
		{&s.ByMention, s.NumAccounts(), lists(&s.PostMentions, false)},
	}
	for _, sp := range specs {
		x, err := buildIndex(sp.nkeys, sp.each)
		if err != nil {
			return err
		}
		*sp.dst = x
	}
	return nil
}

// buildGraph builds the follow adjacency (deduplicated) and the status
// timeline.
func (s *Snapshot) buildGraph(follows [][2]uint32, statuses []StatusEvent) error {
	slices.SortFunc(follows, func(a, b [2]uint32) int {
		if c := cmp.Compare(a[0], b[0]); c != 0 {
			return c
		}
		return cmp.Compare(a[1], b[1])
	})
	follows = slices.Compact(follows)
	na := s.NumAccounts()
	var err error
	if s.Follows, err = buildIndex(na, func(emit func(k, v uint32)) {
		for _, f := range follows {
			emit(f[0], f[1])
		}
	}); err != nil {
		return err
	}
	if s.FollowersOf, err = buildIndex(na, func(emit func(k, v uint32)) {
		for _, f := range follows {
			emit(f[1], f[0])
		}
	}); err != nil {
		return err
	}
	slices.SortStableFunc(statuses, func(a, b StatusEvent) int {
		if c := cmp.Compare(a.AtMS, b.AtMS); c != 0 {
			return c
		}
		return cmp.Compare(a.Account, b.Account)
	})
	s.Statuses = statuses
	s.StatusesOfAcc, err = buildIndex(na, func(emit func(k, v uint32)) {
		for i, e := range statuses {
			emit(e.Account, uint32(i))
		}
	})
	return err
}

// parallel runs f over [0,n) split into one chunk per CPU.
func parallel(n int, f func(lo, hi int)) {
	w := runtime.GOMAXPROCS(0)
	if n < 4096 || w == 1 {
		f(0, n)
		return
	}
	var wg sync.WaitGroup
	chunk := (n + w - 1) / w
	for lo := 0; lo < n; lo += chunk {
		hi := min(lo+chunk, n)
		wg.Add(1)
		go func() { defer wg.Done(); f(lo, hi) }()
	}
	wg.Wait()
}
