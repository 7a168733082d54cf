package media

import (
	"slices"
	"time"

	"github.com/marsad-project/marsad/internal/media/index"
	"github.com/marsad-project/marsad/internal/media/pdq"
)

// Sighting is one appearance of an image: a post's media item with its
// hash and the time it was posted.
type Sighting struct {
	ID      string    `json:"id"`   // caller's reference, e.g. "twitter/123#0" or the media URL
	Hash    string    `json:"hash"` // hex: 64 = PDQ, 16 = pHash
	Quality int       `json:"quality,omitempty"`
	Seen    time.Time `json:"seen"`
}

// RecycledOptions tune recycled-image detection.
type RecycledOptions struct {
	// MinGap is how much earlier the first sighting must be for a later
	// one to count as recycled (default 30 days): shorter gaps are the same
	// event's pictures spreading, not an old photo passed off as new.
	MinGap time.Duration
	// PDQThreshold and PHashThreshold are the match distances (defaults
	// DefaultPDQThreshold, DefaultPHashThreshold).
	PDQThreshold   int
	PHashThreshold int
	// MinQuality: PDQ sightings below this quality (when known, i.e.
	// non-zero) are skipped (default pdq.MinQuality).
	MinQuality int
}

func (o RecycledOptions) withDefaults() RecycledOptions {
	if o.MinGap <= 0 {
		o.MinGap = 30 * 24 * time.Hour
	}
	if o.PDQThreshold <= 0 {
		o.PDQThreshold = DefaultPDQThreshold
	}
	if o.PHashThreshold <= 0 {
		o.PHashThreshold = DefaultPHashThreshold
	}
	if o.MinQuality <= 0 {
		o.MinQuality = pdq.MinQuality
	}
	return o
}

// Recycled is a sighting of an image first seen much earlier: the
// evidence is the earliest matching sighting and the distance between the
// two hashes.
type Recycled struct {
	Item     Sighting      `json:"item"`
	Earliest Sighting      `json:"earliest"`
	Distance int           `json:"distance"`
	Gap      time.Duration `json:"gap_ns"`
}

// FindRecycled flags every sighting whose image matches one seen at least
// opt.MinGap earlier, with the earliest matching sighting as evidence.
// Sightings are sorted by time and indexed once in an exact Hamming index;
// each is then queried and only earlier matches are kept, so the cost is
// near-linear in the number of sightings. PDQ and pHash sightings are
// matched within their own kind. Malformed hashes are skipped and counted
// in the second result. Results are in the order of the flagged sightings'
// times.
func FindRecycled(items []Sighting, opt RecycledOptions) ([]Recycled, int) {
	opt = opt.withDefaults()
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b Sighting) int { return a.Seen.Compare(b.Seen) })

	// Index positions grow with time, so among matches the smallest
	// position is the earliest sighting.
	var pdqs []pdq.Hash
	var h64s []uint64
	var pdqPos, pos64 []int
	kindAt := make([]int8, len(sorted)) // 0 skipped, 1 PDQ (index id in idAt), 2 pHash
	idAt := make([]int, len(sorted))
	skipped := 0
	for i, s := range sorted {
		kind, err := KindOf(s.Hash)
		if err != nil {
			skipped++
			continue
		}
		if kind == KindPDQ {
			h, err := pdq.ParseHash(s.Hash)
			if err != nil {
				skipped++
				continue
			}
			if s.Quality != 0 && s.Quality < opt.MinQuality {
				continue
			}
			kindAt[i], idAt[i] = 1, len(pdqs)
			pdqs, pdqPos = append(pdqs, h), append(pdqPos, i)
			continue
		}
		v, err := ParseHash64(s.Hash)
		if err != nil {
			skipped++
			continue
		}
		kindAt[i], idAt[i] = 2, len(h64s)
		h64s, pos64 = append(h64s, v), append(pos64, i)
	}
	pdqIdx, idx64 := index.New(pdqs), index.NewIndex64(h64s)

	var out []Recycled
	for i, s := range sorted {
		var hits []index.Result
		var pos []int
		switch kindAt[i] {
		case 1:
			hits, pos = pdqIdx.Query(pdqs[idAt[i]], opt.PDQThreshold), pdqPos
		case 2:
			hits, pos = idx64.Query(h64s[idAt[i]], opt.PHashThreshold), pos64
		default:
			continue
		}
		first, dist := -1, 0
		for _, r := range hits {
			if p := pos[r.ID]; p < i && (first < 0 || p < first) {
				first, dist = p, r.Distance
			}
		}
		if first < 0 {
			continue
		}
		if gap := s.Seen.Sub(sorted[first].Seen); gap >= opt.MinGap {
			out = append(out, Recycled{Item: s, Earliest: sorted[first], Distance: dist, Gap: gap})
		}
	}
	return out, skipped
}
