package pdq

import "math"

// dctMatrix holds rows 1..16 of the 64-point DCT-II basis (row 0, the mean,
// is skipped: PDQ ignores it), scaled by sqrt(2/64), rounded to float32 as
// the reference does.
var dctMatrix = func() (d [16][64]float32) {
	scale := float32(math.Sqrt(2.0 / 64.0))
	for i := 0; i < 16; i++ {
		for j := 0; j < 64; j++ {
			d[i][j] = float32(float64(scale) * math.Cos((math.Pi/2/64)*float64(i+1)*float64(2*j+1)))
		}
	}
	return d
}()

// dct64To16 computes B = D·A·Dᵀ, the 16×16 low-frequency block of the 2-D
// DCT of the 64×64 image A, accumulating each sum in float32 in index order.
// The explicit float32 conversions stop the compiler fusing multiply-adds,
// which would change the last bit on some architectures.
func dct64To16(a *[64][64]float32) (b [16][16]float32) {
	var t [16][64]float32
	for i := 0; i < 16; i++ {
		for j := 0; j < 64; j++ {
			var sum float32
			for k := 0; k < 64; k++ {
				sum += float32(dctMatrix[i][k] * a[k][j])
			}
			t[i][j] = sum
		}
	}
	for i := 0; i < 16; i++ {
		for j := 0; j < 16; j++ {
			var sum float32
			for k := 0; k < 64; k++ {
				sum += float32(t[i][k] * dctMatrix[j][k])
			}
			b[i][j] = sum
		}
	}
	return b
}

// Dihedral names the 8 symmetries of the square, in the order of the
// reference tools' --pdqdih output and of the reference test images
// bridge-1..8.
type Dihedral int

// The dihedral transforms. FlipPlus1 is the transpose (flip about the main
// diagonal), FlipMinus1 the flip about the anti-diagonal.
const (
	Original Dihedral = iota
	Rotate90
	Rotate180
	Rotate270
	FlipX
	FlipY
	FlipPlus1
	FlipMinus1
)

var dihedralNames = [8]string{"original", "rotate90", "rotate180", "rotate270", "flipx", "flipy", "flipplus1", "flipminus1"}

// String returns the reference tools' name of d.
func (d Dihedral) String() string {
	if d < 0 || int(d) >= len(dihedralNames) {
		return "unknown"
	}
	return dihedralNames[d]
}

// transformDCT returns the DCT of the image transformed by d, derived from
// the DCT of the original: the basis functions are even or odd about the
// centre, so a flip negates odd-frequency coefficients along its axis and a
// transpose swaps the indices. Coefficient (i, j) has frequencies i+1, j+1,
// hence "odd frequency" is an even index.
func transformDCT(a *[16][16]float32, d Dihedral) (b [16][16]float32) {
	for i := 0; i < 16; i++ {
		for j := 0; j < 16; j++ {
			v := a[i][j]
			switch d {
			case Original:
				b[i][j] = v
			case Rotate90:
				b[j][i] = negIf(j%2 == 0, v)
			case Rotate180:
				b[i][j] = negIf((i+j)%2 == 1, v)
			case Rotate270:
				b[j][i] = negIf(i%2 == 0, v)
			case FlipX:
				b[i][j] = negIf(i%2 == 0, v)
			case FlipY:
				b[i][j] = negIf(j%2 == 0, v)
			case FlipPlus1:
				b[j][i] = v
			case FlipMinus1:
				b[j][i] = negIf((i+j)%2 == 1, v)
			}
		}
	}
	return b
}

func negIf(cond bool, v float32) float32 {
	if cond {
		return -v
	}
	return v
}
