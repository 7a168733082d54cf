package snapshot

// TextIndex is the normalised-text view of the posts: which posts say the
// same thing once case, Arabic orthography, links, mentions, emoji and
// punctuation are set aside (NormalizeText).
type TextIndex struct {
	// Key is, per post, its normalised-text key, or None for reposts and
	// posts whose normalised text is empty.
	Key []uint32
	// Hashes is, per key, the TextHash of the normalised text.
	Hashes []uint64
	// Posts lists, per key, the non-repost posts with that text, in time order.
	Posts Index
	// Normalized is, per post, NormalizeText of its text ("" for reposts),
	// kept so that text analyses (near-duplicates, lexicons) do not
	// normalise again.
	Normalized Strings
}

// Texts returns the text index, computing it on the first call: it
// normalises every post's text (≈ 5 µs/post, in parallel), which analyses
// that never compare texts should not pay for at load time. Safe for
// concurrent use; the result is shared and must not be modified.
func (s *Snapshot) Texts() *TextIndex {
	s.textOnce.Do(func() { s.texts.Store(s.buildTexts()) })
	return s.texts.Load()
}

func (s *Snapshot) buildTexts() *TextIndex {
	n := s.NumPosts()
	hashes := make([]uint64, n)
	norm := make([]string, n)
	parallel(n, func(lo, hi int) {
		for p := lo; p < hi; p++ {
			if s.Kinds[p] != KindRepost {
				norm[p] = NormalizeText(s.Text.At(uint32(p)))
				hashes[p] = hashNormalized(norm[p])
			}
		}
	})
	size := 0
	for _, v := range norm {
		size += len(v)
	}
	t := &TextIndex{Key: make([]uint32, n), Normalized: stringsFrom(norm, size)}
	norm = nil
	idx := map[uint64]uint32{}
	for p, h := range hashes {
		if h == 0 {
			t.Key[p] = None
			continue
		}
		k, ok := idx[h]
		if !ok {
			k = uint32(len(t.Hashes))
			idx[h] = k
			t.Hashes = append(t.Hashes, h)
		}
		t.Key[p] = k
	}
	// Cannot overflow: at most one entry per post, and Build checked the
	// number of posts.
	t.Posts, _ = buildIndex(len(t.Hashes), func(emit func(k, v uint32)) {
		for p, k := range t.Key {
			if k != None {
				emit(k, uint32(p))
			}
		}
	})
	return t
}
