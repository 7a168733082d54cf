package snapshot

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
)

// Build sorts the posts by (time, platform, id), interns what is left and
// builds every postings list. It runs in O(n log n) for n posts (O(n) when
// they were added in order, as Load does) and leaves the Builder empty.
func (b *Builder) Build() (*Snapshot, error) {
	n := len(b.rowKey)
	if uint64(len(b.keyID)) >= uint64(None) || uint64(len(b.acct.ids)) >= uint64(None) {
		return nil, fmt.Errorf("snapshot: more than 2^32-1 posts or accounts")
	}
	order := b.sortedRows()
	identity := true
	for i, r := range order {
		if uint32(i) != r {
			identity = false
			break
		}
	}

	// Final post keys: posts in time order, then external ids in arrival order.
	newKey := make([]uint32, len(b.keyID))
	for i, r := range order {
		newKey[b.rowKey[r]] = uint32(i)
	}
	next := uint32(n)
	for k, r := range b.keyRow {
		if r == None {
			newKey[k] = next
			next++
		}
	}
	remapKey := func(k uint32) uint32 {
		if k == None {
			return None
		}
		return newKey[k]
	}
	alias := b.handleAliases()
	remapAcct := func(a uint32) uint32 {
		if a == None {
			return None
		}
		if t, ok := alias[a]; ok {
			return t
		}
		return a
	}

	s := &Snapshot{Platforms: b.platforms, Langs: b.langs, Hashtags: b.hashtags}
	b.fillAccounts(s)

	ids := make([]string, len(b.keyID))
	s.PostPlatform = make([]uint8, len(b.keyID))
	size := 0
	for k, id := range b.keyID {
		ids[newKey[k]] = id
		s.PostPlatform[newKey[k]] = b.keyPlat[k]
		size += len(id)
	}
	s.PostIDs = stringsFrom(ids, size)
	ids, b.keyID, b.keyIdx = nil, nil, nil

	s.TimeMS = permute(b.timeMS, order)
	s.Author = permute(b.author, order)
	s.Kinds = permute(b.kinds, order)
	s.Lang = permute(b.lang, order)
	s.Ref = permuteMap(b.ref, order, remapKey)
	s.ReplyTo = permuteMap(b.replyTo, order, remapKey)
	s.Conversation = permuteMap(b.conv, order, remapKey)
	s.RefAccount = permuteMap(b.refAcct, order, remapAcct)
	s.ReplyAccount = permuteMap(b.replyAcct, order, remapAcct)
	if identity {
		s.Text = b.text
	} else {
		s.Text = Strings{data: make([]byte, 0, len(b.text.data)), off: make([]uint64, 1, n+1)}
		for _, r := range order {
			s.Text.add(b.text.At(r))
		}
	}
	b.text = Strings{}
	if s.Text.Len() == 0 {
		s.Text.off = []uint64{0}
	}
	s.URLs = stringsFrom(b.urlList, 0)

	var err error
	id := func(v uint32) uint32 { return v }
	if s.PostHashtags, err = b.tags.index(order, id); err != nil {
		return nil, err
	}
	if s.PostMentions, err = b.mentions.index(order, remapAcct); err != nil {
		return nil, err
	}
	if s.PostURLs, err = b.urls.index(order, id); err != nil {
		return nil, err
	}
	if s.PostGivenURLs, err = b.givenURLs.index(order, id); err != nil {
		return nil, err
	}
	s.fillHashtagSeqs()
	if err := s.buildPostings(); err != nil {
		return nil, err
	}
	if err := s.buildGraph(b.follows, b.statuses); err != nil {
		return nil, err
	}
	*b = *NewBuilder()
	return s, nil
}

func (b *Builder) sortedRows() []uint32 {
	order := make([]uint32, len(b.rowKey))
	for i := range order {
		order[i] = uint32(i)
	}
	less := func(x, y uint32) int {
		if c := cmp.Compare(b.timeMS[x], b.timeMS[y]); c != 0 {
			return c
		}
		kx, ky := b.rowKey[x], b.rowKey[y]
		if c := cmp.Compare(b.platforms[b.keyPlat[kx]], b.platforms[b.keyPlat[ky]]); c != 0 {
			return c
		}
		return strings.Compare(b.keyID[kx], b.keyID[ky])
	}
	if !slices.IsSortedFunc(order, less) {
		slices.SortStableFunc(order, less)
	}
	return order
}

// handleAliases maps accounts known only by handle ("@name" ids, from
// mentions a format did not resolve) to the one account with a real id and
// that handle on the same platform, when exactly one exists.
func (b *Builder) handleAliases() map[uint32]uint32 {
	byHandle := map[pkey][]uint32{}
	hasSynthetic := false
	for a, id := range b.acct.ids {
		if strings.HasPrefix(id, "@") {
			hasSynthetic = true
			continue
		}
		if h := b.acct.handles[a]; h != "" {
			k := pkey{b.acct.plat[a], foldHandle(h)}
			byHandle[k] = append(byHandle[k], uint32(a))
		}
	}
	alias := map[uint32]uint32{}
	if !hasSynthetic {
		return alias
	}
	for a, id := range b.acct.ids {
		if !strings.HasPrefix(id, "@") {
			continue
		}
		if t := byHandle[pkey{b.acct.plat[a], id[1:]}]; len(t) == 1 {
			alias[uint32(a)] = t[0]
		}
	}
	return alias
}

func (b *Builder) fillAccounts(s *Snapshot) {
	c := &b.acct
	s.AccountIDs, s.AccountPlatform, s.Known, s.Verified = c.ids, c.plat, c.known, c.verified
	s.Handles, s.DisplayNames, s.Bios, s.Locations = c.handles, c.names, c.bios, c.locations
	s.AvatarURLs, s.AvatarHashes = c.avatarURLs, c.avatarHash
	s.CreatedMS, s.Followers, s.Following, s.PostCounts = c.created, c.followers, c.following, c.postCounts
}

func permute[T any](col []T, order []uint32) []T {
	out := make([]T, len(order))
	for i, r := range order {
		out[i] = col[r]
	}
	return out
}

func permuteMap(col []uint32, order []uint32, f func(uint32) uint32) []uint32 {
	out := make([]uint32, len(order))
	for i, r := range order {
		out[i] = f(col[r])
	}
	return out
}

// fillHashtagSeqs interns each post's ordered list of folded hashtags.
func (s *Snapshot) fillHashtagSeqs() {
	s.HashtagSeq = make([]uint32, s.NumPosts())
	idx := map[string]uint32{}
	var buf []byte
	for p := range s.HashtagSeq {
		tags := s.PostHashtags.Of(uint32(p))
		if len(tags) == 0 {
			s.HashtagSeq[p] = None
			continue
		}
		buf = buf[:0]
		for _, t := range tags {
			buf = binary.LittleEndian.AppendUint32(buf, t)
		}
		k, ok := idx[string(buf)]
		if !ok {
			k = uint32(len(idx))
			idx[string(buf)] = k
		}
		s.HashtagSeq[p] = k
	}
	s.NumHashtagSeqs = len(idx)
}
