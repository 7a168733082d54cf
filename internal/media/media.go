// Package media computes and compares perceptual hashes of images, so
// marsad can recognise a propaganda release, a recycled old photo or a
// photo of a protected person however it was re-encoded, resized or
// lightly edited.
//
// Two hashes are computed for every image: PDQ (internal/media/pdq; 256
// bits, the industry's matching hash, compatible with GIFCT and Meta's
// Hasher-Matcher-Actioner banks) and pHash (64 bits, via
// github.com/corona10/goimagehash, for tools and data sets that only have
// pHash). Hashes travel as lowercase hex: 64 characters for PDQ, 16 for
// pHash and dHash, which is how marsad tells them apart in imported data.
package media

import (
	"fmt"
	"image"
	"strconv"
	"strings"

	"github.com/corona10/goimagehash"
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
)

// Kind is the algorithm of a hash, named as ThreatExchange / HMA name
// signal types.
type Kind string

// The hash kinds marsad computes and matches.
const (
	KindPDQ   Kind = "pdq"
	KindPHash Kind = "phash"
	KindDHash Kind = "dhash"
)

// Default match thresholds (Hamming distance, inclusive). PDQ's is
// upstream's recommendation; for 64-bit pHash, 8 keeps false matches rare
// between unrelated photos while tolerating re-encoding and resizing (see
// docs/MEDIA.md for measured distances).
const (
	DefaultPDQThreshold   = pdq.MatchThreshold
	DefaultPHashThreshold = 8
)

// Hashes are the perceptual hashes of one image.
type Hashes struct {
	PDQ       pdq.Hash
	Quality   int         // PDQ quality 0..100; below pdq.MinQuality the PDQ hash is unreliable
	Dihedrals [8]pdq.Hash // PDQ of the image rotated/mirrored, indexed by pdq.Dihedral
	PHash     uint64      // goimagehash PerceptionHash
	DHash     uint64      // goimagehash DifferenceHash
	Width     int
	Height    int
	Format    string // jpeg, png, gif or webp
}

// HashImage computes every hash of img.
func HashImage(img image.Image) (Hashes, error) {
	b := img.Bounds()
	h := Hashes{Width: b.Dx(), Height: b.Dy()}
	h.Dihedrals, h.Quality = pdq.DihedralsFromImage(img)
	h.PDQ = h.Dihedrals[pdq.Original]
	ph, err := goimagehash.PerceptionHash(img)
	if err != nil {
		return h, fmt.Errorf("phash: %w", err)
	}
	dh, err := goimagehash.DifferenceHash(img)
	if err != nil {
		return h, fmt.Errorf("dhash: %w", err)
	}
	h.PHash, h.DHash = ph.GetHash(), dh.GetHash()
	return h, nil
}

// HashFile decodes the image at path (within lim; see imagefile) and
// hashes it. Errors name the file.
func HashFile(path string, lim imagefile.Limits) (Hashes, error) {
	img, format, err := imagefile.OpenLimits(path, lim)
	if err != nil {
		return Hashes{}, err
	}
	h, err := HashImage(img)
	if err != nil {
		return Hashes{}, fmt.Errorf("image %s: %w", path, err)
	}
	h.Format = format
	return h, nil
}

// FormatHash64 prints a 64-bit hash as 16 lowercase hex digits, most
// significant first: goimagehash's ToString without its "p:" prefix, and
// the form Python's imagehash prints.
func FormatHash64(h uint64) string { return fmt.Sprintf("%016x", h) }

// ParseHash64 reads 16 hex digits, accepting goimagehash's "p:"/"d:"
// prefix.
func ParseHash64(s string) (uint64, error) {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, ':'); i == 1 {
		s = s[2:]
	}
	if len(s) != 16 {
		return 0, marsad.Errorf(marsad.EINVALID, "64-bit hash %q: want 16 hex characters", s)
	}
	v, err := strconv.ParseUint(s, 16, 64)
	if err != nil {
		return 0, marsad.Errorf(marsad.EINVALID, "64-bit hash %q: not hex", s)
	}
	return v, nil
}

// KindOf names the kind of a hex hash by its length: 64 characters is
// PDQ, 16 is pHash (dHash cannot be told apart from pHash by its text and
// must be labelled).
func KindOf(hex string) (Kind, error) {
	switch len(strings.TrimSpace(hex)) {
	case pdq.HexLen:
		return KindPDQ, nil
	case 16:
		return KindPHash, nil
	}
	return "", marsad.Errorf(marsad.EINVALID, "hash %q: want 64 hex characters (PDQ) or 16 (pHash)", abbreviate(hex))
}

// NormalizeHash validates a hash of the given kind and returns its
// canonical lowercase hex.
func NormalizeHash(kind Kind, hex string) (string, error) {
	switch kind {
	case KindPDQ:
		h, err := pdq.ParseHash(hex)
		if err != nil {
			return "", marsad.Errorf(marsad.EINVALID, "%v", err)
		}
		return h.String(), nil
	case KindPHash, KindDHash:
		v, err := ParseHash64(hex)
		if err != nil {
			return "", err
		}
		return FormatHash64(v), nil
	}
	return "", marsad.Errorf(marsad.EINVALID, "unknown hash kind %q (want pdq, phash or dhash)", kind)
}

// Distance is the Hamming distance between two hashes of the same kind
// given as hex.
func Distance(kind Kind, a, b string) (int, error) {
	switch kind {
	case KindPDQ:
		ha, err := pdq.ParseHash(a)
		if err != nil {
			return 0, marsad.Errorf(marsad.EINVALID, "%v", err)
		}
		hb, err := pdq.ParseHash(b)
		if err != nil {
			return 0, marsad.Errorf(marsad.EINVALID, "%v", err)
		}
		return pdq.Distance(ha, hb), nil
	case KindPHash, KindDHash:
		va, err := ParseHash64(a)
		if err != nil {
			return 0, err
		}
		vb, err := ParseHash64(b)
		if err != nil {
			return 0, err
		}
		return popcount64(va ^ vb), nil
	}
	return 0, marsad.Errorf(marsad.EINVALID, "unknown hash kind %q", kind)
}

func abbreviate(s string) string {
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return s
}
