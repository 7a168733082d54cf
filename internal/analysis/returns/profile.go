package returns

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/marsad-project/marsad/internal/snapshot"
	"github.com/marsad-project/marsad/internal/textsim"
	"github.com/marsad-project/marsad/internal/translit"
)

// maxProfilePosts bounds the posts read per account for its style, hours
// and interactions (evenly spread over its history), so one prolific
// account cannot dominate the run time.
const maxProfilePosts = 400

// maxInteractions bounds an account's interaction set.
const maxInteractions = 1000

// profile is what the features need of one account, computed once.
type profile struct {
	handles  []string // raw handles: current, then as seen in status changes
	folded   []string // Strip(Fold(h)) per handle
	nameKey  string
	nameLow  string
	bio      string // normalised
	avatar   []byte
	marked   float64 // name/bio announce a return (lexicon.profileReturn)
	style    textsim.Profile
	hasStyle bool
	hours    [24]float64
	nposts   int
	interact []uint32 // accounts reposted, quoted, replied to, mentioned; ascending
}

// profiles caches account profiles; safe for concurrent use.
type profiles struct {
	s     *snapshot.Snapshot
	extra map[uint32][]string
	mu    sync.Mutex
	m     map[uint32]*profile
}

func (ps *profiles) get(a uint32) *profile {
	ps.mu.Lock()
	p := ps.m[a]
	ps.mu.Unlock()
	if p != nil {
		return p
	}
	p = buildProfile(ps.s, a, ps.extra[a])
	ps.mu.Lock()
	ps.m[a] = p
	ps.mu.Unlock()
	return p
}

func buildProfile(s *snapshot.Snapshot, a uint32, extra []string) *profile {
	p := &profile{}
	for _, h := range append([]string{s.Handles[a]}, extra...) {
		h = strings.TrimPrefix(h, "@")
		if h == "" || slices.Contains(p.handles, h) {
			continue
		}
		p.handles = append(p.handles, h)
		p.folded = append(p.folded, translit.Strip(translit.Fold(h)))
	}
	p.nameKey = translit.Key(s.DisplayNames[a])
	p.nameLow = strings.ToLower(strings.TrimSpace(s.DisplayNames[a]))
	p.bio = snapshot.NormalizeText(s.Bios[a])
	p.avatar = avatarBits(s.AvatarHashes[a])
	p.marked = sharedLexicon().profileReturn(s.DisplayNames[a], s.Bios[a])

	posts := s.ByAuthor.Of(a)
	p.nposts = len(posts)
	step := 1
	if len(posts) > maxProfilePosts {
		step = (len(posts) + maxProfilePosts - 1) / maxProfilePosts
	}
	inter := map[uint32]struct{}{}
	addInter := func(x uint32) {
		if x != snapshot.None && x != a && len(inter) < maxInteractions {
			inter[x] = struct{}{}
		}
	}
	for i := 0; i < len(posts); i += step {
		q := posts[i]
		p.hours[time.UnixMilli(s.TimeMS[q]).UTC().Hour()]++
		addInter(s.RefAccount[q])
		addInter(s.ReplyAccount[q])
		for _, m := range s.PostMentions.Of(q) {
			addInter(m)
		}
		if s.Kinds[q] != snapshot.KindRepost {
			if txt := s.PostText(q); txt != "" {
				p.style.Add(stripHandles(txt))
				p.hasStyle = true
			}
		}
	}
	p.interact = make([]uint32, 0, len(inter))
	for x := range inter {
		p.interact = append(p.interact, x)
	}
	slices.Sort(p.interact)
	return p
}

// stripHandles removes @mentions and URLs, which name other accounts and
// would make the style profile measure who one talks to, not how one writes.
func stripHandles(text string) string {
	if !strings.ContainsAny(text, "@:") {
		return text
	}
	f := strings.Fields(text)
	out := f[:0]
	for _, w := range f {
		if strings.HasPrefix(w, "@") || strings.Contains(w, "://") {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// hoursCosine is the cosine similarity of two posting-hour histograms,
// each smoothed circularly with the kernel (¼, ½, ¼) so that posting at
// 21h and at 22h counts as a similar habit.
func hoursCosine(a, b *[24]float64) float64 {
	var dot, na, nb float64
	for i := range a {
		x := a[i]/2 + a[(i+23)%24]/4 + a[(i+1)%24]/4
		y := b[i]/2 + b[(i+23)%24]/4 + b[(i+1)%24]/4
		dot += x * y
		na += x * x
		nb += y * y
	}
	if na == 0 || nb == 0 {
		return 0
	}
	return dot / math.Sqrt(na*nb)
}

// avatarSimilarity is 1 − 2·Hamming/bits: 1 for equal hashes, about 0 for
// unrelated images, negative for opposite ones; 0 when either is missing or
// the hash kinds differ, so a missing avatar is neutral evidence.
func avatarSimilarity(a, b []byte) (float64, bool) {
	if len(a) == 0 || len(a) != len(b) {
		return 0, false
	}
	d := 0
	for i := range a {
		d += bits.OnesCount8(a[i] ^ b[i])
	}
	return 1 - 2*float64(d)/float64(8*len(a)), true
}
