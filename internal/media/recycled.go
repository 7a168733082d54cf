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
// Sightings are taken in time order; each is compared with all earlier
// ones through an exact Hamming index, so the cost is near-linear in the
// number of sightings. PDQ and pHash sightings are matched within their
// own kind. Malformed hashes are skipped and counted in the second result.
// Results are in the order of the flagged sightings' times.
func FindRecycled(items []Sighting, opt RecycledOptions) ([]Recycled, int) {
	opt = opt.withDefaults()
	sorted := slices.Clone(items)
	slices.SortStableFunc(sorted, func(a, b Sighting) int { return a.Seen.Compare(b.Seen) })

	pdqIdx, idx64 := index.New(nil), index.NewIndex64(nil)
	var pdqSeen, seen64 []int // index id → position in sorted
	var out []Recycled
	skipped := 0
	for i, s := range sorted {
		kind, err := KindOf(s.Hash)
		if err != nil {
			skipped++
			continue
		}
		var hits []index.Result
		switch kind {
		case KindPDQ:
			h, err := pdq.ParseHash(s.Hash)
			if err != nil {
				skipped++
				continue
			}
			if s.Quality != 0 && s.Quality < opt.MinQuality {
				continue
			}
			hits = mapIDs(pdqIdx.Query(h, opt.PDQThreshold), pdqSeen)
			pdqIdx.Add(h)
			pdqSeen = append(pdqSeen, i)
		default:
			v, err := ParseHash64(s.Hash)
			if err != nil {
				skipped++
				continue
			}
			hits = mapIDs(idx64.Query(v, opt.PHashThreshold), seen64)
			idx64.Add(v)
			seen64 = append(seen64, i)
		}
		if len(hits) == 0 {
			continue
		}
		// ids grow with time, so the smallest position is the earliest.
		first := slices.MinFunc(hits, func(a, b index.Result) int { return a.ID - b.ID })
		earliest := sorted[first.ID]
		if gap := s.Seen.Sub(earliest.Seen); gap >= opt.MinGap {
			out = append(out, Recycled{Item: s, Earliest: earliest, Distance: first.Distance, Gap: gap})
		}
	}
	return out, skipped
}

// mapIDs turns index ids into positions in the time-sorted sightings.
func mapIDs(rs []index.Result, pos []int) []index.Result {
	for i := range rs {
		rs[i].ID = pos[rs[i].ID]
	}
	return rs
}
