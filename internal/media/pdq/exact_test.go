package pdq

import (
	"image"
	"image/color"
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// naiveDCT16 is an independent float64 re-derivation of the published PDQ
// maths, written for clarity rather than speed: luminance, the truncated
// box filter applied twice per axis by its closed form (mean of
// in[max(0,i-w+h) .. min(n-1,i+h-1)], h=(w+2)/2), centre-sample
// decimation, and the DCT-II coefficients (u, v) = 1..16 from the cosine
// formula. It shares no code with the package.
func naiveDCT16(img image.Image) [16][16]float64 {
	b := img.Bounds()
	rows, cols := b.Dy(), b.Dx()
	a := make([][]float64, rows)
	for y := range a {
		a[y] = make([]float64, cols)
		for x := range a[y] {
			c := color.NRGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.NRGBA)
			a[y][x] = 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)
		}
	}
	box := func(get func(int) float64, n, w int) []float64 {
		h := (w + 2) / 2
		out := make([]float64, n)
		for i := 0; i < n; i++ {
			lo, hi := max(0, i-w+h), min(n-1, i+h-1)
			s := 0.0
			for k := lo; k <= hi; k++ {
				s += get(k)
			}
			out[i] = s / float64(hi-lo+1)
		}
		return out
	}
	wr := int(math.Ceil(float64(cols) / 128))
	wc := int(math.Ceil(float64(rows) / 128))
	for pass := 0; pass < 2; pass++ {
		for y := 0; y < rows; y++ {
			row := a[y]
			a[y] = box(func(k int) float64 { return row[k] }, cols, wr)
		}
		for x := 0; x < cols; x++ {
			col := box(func(k int) float64 { return a[k][x] }, rows, wc)
			for y := 0; y < rows; y++ {
				a[y][x] = col[y]
			}
		}
	}
	var small [64][64]float64
	for i := 0; i < 64; i++ {
		for j := 0; j < 64; j++ {
			small[i][j] = a[int((float64(i)+0.5)*float64(rows)/64)][int((float64(j)+0.5)*float64(cols)/64)]
		}
	}
	var out [16][16]float64
	for u := 1; u <= 16; u++ {
		for v := 1; v <= 16; v++ {
			s := 0.0
			for i := 0; i < 64; i++ {
				for j := 0; j < 64; j++ {
					s += small[i][j] * math.Cos(math.Pi*float64(u)*float64(2*i+1)/128) * math.Cos(math.Pi*float64(v)*float64(2*j+1)/128)
				}
			}
			out[u-1][v-1] = s * 2 / 64
		}
	}
	return out
}

// syntheticImage is a reproducible colour picture: smooth gradients, a
// disc and seeded noise, so the DCT has structure at every frequency.
func syntheticImage(w, h int, seed uint64) *image.NRGBA {
	rng := rand.New(rand.NewPCG(seed, 1))
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			fx, fy := float64(x)/float64(w), float64(y)/float64(h)
			r := 128 + 100*math.Sin(6*fx+3*fy)
			g := 128 + 90*math.Cos(9*fy-2*fx)
			bl := 60.0
			if (fx-0.6)*(fx-0.6)+(fy-0.4)*(fy-0.4) < 0.05 {
				bl = 230
			}
			n := rng.Float64()*40 - 20
			img.SetNRGBA(x, y, color.NRGBA{clamp8(r + n), clamp8(g + n), clamp8(bl + n), 255})
		}
	}
	return img
}

func clamp8(v float64) uint8 { return uint8(max(0, min(255, v))) }

// TestBitExactAgainstIndependentMaths feeds identical pixels to the package
// and to naiveDCT16. Every bit whose coefficient is clearly away from the
// median (by more than float32 rounding can move it) must agree, and on
// these images that is all 256 bits.
func TestBitExactAgainstIndependentMaths(t *testing.T) {
	for _, tt := range []struct{ w, h int }{{64, 64}, {300, 200}, {257, 513}, {1000, 37}} {
		img := syntheticImage(tt.w, tt.h, uint64(tt.w*tt.h))
		got, _ := FromImage(img)
		ref := naiveDCT16(img)
		vals := make([]float64, 0, 256)
		for i := range ref {
			vals = append(vals, ref[i][:]...)
		}
		sort.Float64s(vals)
		median := vals[127]
		var want Hash
		uncertain := 0
		for i := 0; i < 16; i++ {
			for j := 0; j < 16; j++ {
				if ref[i][j] > median {
					want.setBit(i*16 + j)
				}
				if math.Abs(ref[i][j]-median) < 1e-3 && ref[i][j] != median {
					uncertain++
				}
			}
		}
		if uncertain == 0 && got != want {
			t.Errorf("%dx%d: hash %s, independent maths %s (%d bits apart)", tt.w, tt.h, got, want, Distance(got, want))
		}
		if uncertain > 0 && Distance(got, want) > uncertain {
			t.Errorf("%dx%d: %d bits differ, only %d coefficients are within rounding of the median", tt.w, tt.h, Distance(got, want), uncertain)
		}
	}
}
