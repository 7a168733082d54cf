package media

import (
	"fmt"
	"math/bits"
	"slices"
	"time"

	"github.com/marsad-project/marsad/internal/media/index"
	"github.com/marsad-project/marsad/internal/media/pdq"
)

// Entry is one known image in a hash bank: its hash, and what is known
// about it. The JSON names follow ThreatExchange's signal vocabulary
// (signal_type, signal_str, tags) so exported banks read naturally in HMA
// tooling.
type Entry struct {
	Kind       Kind      `json:"signal_type"`
	Hash       string    `json:"signal_str"`
	Quality    int       `json:"quality,omitempty"`
	Labels     []string  `json:"tags,omitempty"`
	Source     string    `json:"source,omitempty"`      // who shared it / where it came from
	ContentURI string    `json:"content_uri,omitempty"` // original location, if known
	Note       string    `json:"note,omitempty"`
	AddedAt    time.Time `json:"added_at,omitzero"`
}

// Match is one bank entry matching a query.
type Match struct {
	Entry    int  // index into the entries the Matcher was built from
	Kind     Kind // which hash matched
	Distance int
	// Dihedral is the transform of the query that matched (Original unless
	// Thresholds.Dihedral found a rotated or mirrored copy).
	Dihedral pdq.Dihedral
}

// Thresholds say when two hashes are the same image. A negative threshold
// disables that kind.
type Thresholds struct {
	PDQ   int
	PHash int
	DHash int
	// MinQuality: a query image whose PDQ quality is below this is matched
	// by pHash only (upstream: PDQ of near-featureless images matches
	// unrelated ones).
	MinQuality int
	// Dihedral also matches rotated and mirrored copies (PDQ only).
	Dihedral bool
}

// DefaultThresholds are PDQ <= 31, pHash <= 8, dHash off, quality >= 50,
// no dihedral matching.
func DefaultThresholds() Thresholds {
	return Thresholds{PDQ: DefaultPDQThreshold, PHash: DefaultPHashThreshold, DHash: -1, MinQuality: pdq.MinQuality}
}

// Matcher answers "is this image in the bank?" for banks of any size: PDQ
// entries sit in a multi-index hash (index.Index), 64-bit ones in
// index.Index64, so a query costs microseconds even at a million entries.
// Safe for concurrent queries.
type Matcher struct {
	entries  []Entry
	pdqIdx   *index.Index
	pdqEntry []int
	idx64    map[Kind]*index.Index64
	entry64  map[Kind][]int
}

// NewMatcher indexes entries. Hashes are validated and normalised; a bad
// one is an error naming its position.
func NewMatcher(entries []Entry) (*Matcher, error) {
	m := &Matcher{entries: slices.Clone(entries), idx64: map[Kind]*index.Index64{}, entry64: map[Kind][]int{}}
	var pdqs []pdq.Hash
	h64 := map[Kind][]uint64{}
	for i := range m.entries {
		e := &m.entries[i]
		norm, err := NormalizeHash(e.Kind, e.Hash)
		if err != nil {
			return nil, fmt.Errorf("bank entry %d: %w", i+1, err)
		}
		e.Hash = norm
		switch e.Kind {
		case KindPDQ:
			pdqs = append(pdqs, pdq.MustParseHash(norm))
			m.pdqEntry = append(m.pdqEntry, i)
		default:
			v, _ := ParseHash64(norm)
			h64[e.Kind] = append(h64[e.Kind], v)
			m.entry64[e.Kind] = append(m.entry64[e.Kind], i)
		}
	}
	m.pdqIdx = index.New(pdqs)
	for k, hs := range h64 {
		m.idx64[k] = index.NewIndex64(hs)
	}
	return m, nil
}

// Len is the number of entries.
func (m *Matcher) Len() int { return len(m.entries) }

// Entry returns entry i (as normalised).
func (m *Matcher) Entry(i int) Entry { return m.entries[i] }

// Match returns the entries matching an image's hashes, at most one per
// entry (its closest hash), closest first.
func (m *Matcher) Match(h Hashes, th Thresholds) []Match {
	var out []Match
	if th.PDQ >= 0 && h.Quality >= th.MinQuality {
		qs := []pdq.Hash{h.PDQ}
		if th.Dihedral {
			qs = h.Dihedrals[:]
		}
		for d, q := range qs {
			out = append(out, m.matchPDQ(q, th.PDQ, pdq.Dihedral(d))...)
		}
	}
	out = append(out, m.match64(KindPHash, h.PHash, th.PHash)...)
	out = append(out, m.match64(KindDHash, h.DHash, th.DHash)...)
	return bestPerEntry(out)
}

// MatchHex matches a stored hash given as hex (kind from its length: 64 =
// PDQ, 16 = pHash). Only the threshold of that kind applies.
func (m *Matcher) MatchHex(hex string, th Thresholds) ([]Match, error) {
	kind, err := KindOf(hex)
	if err != nil {
		return nil, err
	}
	norm, err := NormalizeHash(kind, hex)
	if err != nil {
		return nil, err
	}
	if kind == KindPDQ {
		if th.PDQ < 0 {
			return nil, nil
		}
		return bestPerEntry(m.matchPDQ(pdq.MustParseHash(norm), th.PDQ, pdq.Original)), nil
	}
	v, _ := ParseHash64(norm)
	return bestPerEntry(m.match64(kind, v, th.PHash)), nil
}

func (m *Matcher) matchPDQ(q pdq.Hash, radius int, d pdq.Dihedral) []Match {
	var out []Match
	for _, r := range m.pdqIdx.Query(q, radius) {
		out = append(out, Match{Entry: m.pdqEntry[r.ID], Kind: KindPDQ, Distance: r.Distance, Dihedral: d})
	}
	return out
}

func (m *Matcher) match64(kind Kind, q uint64, radius int) []Match {
	x := m.idx64[kind]
	if radius < 0 || x == nil {
		return nil
	}
	var out []Match
	for _, r := range x.Query(q, radius) {
		out = append(out, Match{Entry: m.entry64[kind][r.ID], Kind: kind, Distance: r.Distance})
	}
	return out
}

// bestPerEntry keeps each entry's closest match and orders by distance,
// then entry.
func bestPerEntry(ms []Match) []Match {
	slices.SortFunc(ms, func(a, b Match) int {
		if a.Entry != b.Entry {
			return a.Entry - b.Entry
		}
		if a.Distance != b.Distance {
			return a.Distance - b.Distance
		}
		return int(a.Dihedral) - int(b.Dihedral)
	})
	ms = slices.CompactFunc(ms, func(a, b Match) bool { return a.Entry == b.Entry })
	slices.SortStableFunc(ms, func(a, b Match) int { return a.Distance - b.Distance })
	return ms
}

// MatchPhoto compares one hash (hex; 64 = PDQ, 16 = pHash) with a small
// list of entries, such as the reference photos of watchlisted people, by
// a linear scan, and returns the entries within maxDist, closest first.
// Entries of another kind are skipped. Use a Matcher for large banks.
func MatchPhoto(hash string, bank []Entry, maxDist int) ([]Match, error) {
	kind, err := KindOf(hash)
	if err != nil {
		return nil, err
	}
	var out []Match
	for i, e := range bank {
		ek := e.Kind
		if ek == "" {
			ek, _ = KindOf(e.Hash)
		}
		if ek != kind {
			continue
		}
		d, err := Distance(kind, hash, e.Hash)
		if err != nil {
			return nil, fmt.Errorf("entry %d: %w", i+1, err)
		}
		if d <= maxDist {
			out = append(out, Match{Entry: i, Kind: kind, Distance: d})
		}
	}
	return bestPerEntry(out), nil
}

func popcount64(v uint64) int { return bits.OnesCount64(v) }
