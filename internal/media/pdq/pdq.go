// Package pdq computes Meta's PDQ perceptual hash: 256 bits that stay
// within a small Hamming distance when a photo is re-encoded, resized,
// lightly cropped or recoloured. It is the hash of the GIFCT hash-sharing
// database and of Meta's Hasher-Matcher-Actioner, so marsad's banks are
// compatible with theirs.
//
// The algorithm (facebook/ThreatExchange pdq/, "PDQ hashing" paper,
// 2017) is: luminance Y = 0.299R + 0.587G + 0.114B; a Jarosz filter (two
// box-filter passes per axis, window ceil(dim/128)) and decimation to
// 64×64; the 16×16 low-frequency block of the 2-D DCT (skipping the DC
// row and column); one bit per coefficient, set when it is above the
// median. Quality is the count of significant 64×64 gradients scaled to
// 0..100. All arithmetic is float32 in the reference's order, so the same
// pixel buffer gives the same bits as the C++ reference; different JPEG
// decoders give hashes a few bits apart (see docs/MEDIA.md).
package pdq

import (
	"image"
	"slices"
)

// minDim is the smallest side the reference hashes; smaller images get the
// zero hash and quality 0.
const minDim = 5

// FromImage returns the PDQ hash and quality (0..100) of img.
func FromImage(img image.Image) (Hash, int) {
	luma, rows, cols := Luma(img)
	return FromLuma(luma, rows, cols)
}

// DihedralsFromImage returns the hashes of img and of its 7 other dihedral
// transforms (indexed by Dihedral), all derived from one DCT, plus the
// quality. Matching a query's 8 hashes against a bank finds rotated and
// mirrored copies.
func DihedralsFromImage(img image.Image) ([8]Hash, int) {
	luma, rows, cols := Luma(img)
	return DihedralsFromLuma(luma, rows, cols)
}

// FromLuma hashes a rows×cols row-major luminance buffer (values 0..255).
// luma is used as working memory and is overwritten.
func FromLuma(luma []float32, rows, cols int) (Hash, int) {
	dct, quality, ok := dctFromLuma(luma, rows, cols)
	if !ok {
		return Hash{}, 0
	}
	return bitsAboveMedian(&dct), quality
}

// DihedralsFromLuma is DihedralsFromImage for a luminance buffer, which it
// overwrites.
func DihedralsFromLuma(luma []float32, rows, cols int) ([8]Hash, int) {
	var out [8]Hash
	dct, quality, ok := dctFromLuma(luma, rows, cols)
	if !ok {
		return out, 0
	}
	for d := Original; d <= FlipMinus1; d++ {
		t := transformDCT(&dct, d)
		out[d] = bitsAboveMedian(&t)
	}
	return out, quality
}

// dctFromLuma downsamples to 64×64 (no filtering when the input already is
// 64×64, as upstream does for pre-scaled video frames), measures quality
// and returns the 16×16 DCT block. ok is false for images too small to hash.
func dctFromLuma(luma []float32, rows, cols int) (dct [16][16]float32, quality int, ok bool) {
	if rows < minDim || cols < minDim || len(luma) < rows*cols {
		return dct, 0, false
	}
	var small [64][64]float32
	if rows == 64 && cols == 64 {
		for i := 0; i < 64; i++ {
			copy(small[i][:], luma[i*64:(i+1)*64])
		}
	} else {
		scratch := make([]float32, rows*cols)
		jaroszFilter(luma, scratch, rows, cols, windowSize(cols, 64), windowSize(rows, 64), 2)
		decimate(luma, rows, cols, &small)
	}
	return dct64To16(&small), qualityOf(&small), true
}

// qualityOf is the reference's heuristic: the sum over neighbouring pixel
// pairs of |difference| in percent of full scale (truncated to an integer,
// so only significant gradients count), divided by 90 and capped at 100.
func qualityOf(a *[64][64]float32) int {
	sum := 0
	for i := 0; i < 63; i++ {
		for j := 0; j < 64; j++ {
			sum += absInt(int((a[i][j] - a[i+1][j]) * 100 / 255))
		}
	}
	for i := 0; i < 64; i++ {
		for j := 0; j < 63; j++ {
			sum += absInt(int((a[i][j] - a[i][j+1]) * 100 / 255))
		}
	}
	return min(sum/90, 100)
}

// bitsAboveMedian sets bit i*16+j when coefficient (i, j) is strictly above
// the median, taken as the 128th smallest of the 256 values (what Torben's
// selection in the reference returns for an even count).
func bitsAboveMedian(b *[16][16]float32) Hash {
	vals := make([]float32, 0, 256)
	for i := range b {
		vals = append(vals, b[i][:]...)
	}
	slices.Sort(vals)
	median := vals[127]
	var h Hash
	for i := 0; i < 16; i++ {
		for j := 0; j < 16; j++ {
			if b[i][j] > median {
				h.setBit(i*16 + j)
			}
		}
	}
	return h
}

func absInt(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
