package pdq

import (
	"image"
	"image/color"
	"image/draw"
	"path/filepath"
	"testing"

	xdraw "golang.org/x/image/draw"

	"github.com/marsad-project/marsad/internal/testutil"
)

// TestGreyscaleAndHalfResolution mirrors the Java reference's unit test:
// a greyscale copy of bridge-1 hashes at distance 0 from the colour file
// and a half-resolution copy at distance 4 (with Java's decoder and
// scaler; ours may differ by a few bits).
func TestGreyscaleAndHalfResolution(t *testing.T) {
	img := decodeFile(t, filepath.Join(testutil.SharedTestdata(t, "pdq"), "reg-test-input/dih/bridge-1-original.jpg"))
	orig, _ := FromImage(img)
	b := img.Bounds()
	grey := image.NewGray(b)
	draw.Draw(grey, b, img, b.Min, draw.Src)
	t.Logf("greyscale copy %d bits, half resolution %d bits", Distance(orig, mustHash(grey)), Distance(orig, mustHash(resizeHalf(img))))
	if d := Distance(orig, mustHash(grey)); d > 2 {
		t.Errorf("greyscale copy: %d bits (Java reference: 0)", d)
	}
	if d := Distance(orig, mustHash(resizeHalf(img))); d > 10 {
		t.Errorf("half-resolution copy: %d bits (Java reference: 4)", d)
	}
}

func resizeHalf(img image.Image) image.Image {
	b := img.Bounds()
	half := image.NewRGBA(image.Rect(0, 0, b.Dx()/2, b.Dy()/2))
	xdraw.CatmullRom.Scale(half, half.Bounds(), img, b, xdraw.Src, nil)
	return half
}

func mustHash(img image.Image) Hash {
	h, _ := FromImage(img)
	return h
}

// TestImageTypesAgree hashes the same pixels held in different Go image
// types (each has its own fast path in Luma) and expects the same bits.
func TestImageTypesAgree(t *testing.T) {
	src := syntheticImage(120, 90, 3)
	want := mustHash(src)
	b := src.Bounds()
	rgba := image.NewRGBA(b)
	draw.Draw(rgba, b, src, image.Point{}, draw.Src)
	ycc := image.NewYCbCr(b, image.YCbCrSubsampleRatio444)
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			c := src.NRGBAAt(x, y)
			yy, cb, cr := color.RGBToYCbCr(c.R, c.G, c.B)
			ycc.Y[ycc.YOffset(x, y)], ycc.Cb[ycc.COffset(x, y)], ycc.Cr[ycc.COffset(x, y)] = yy, cb, cr
		}
	}
	// A sub-image with a non-zero origin must hash like a copy of it.
	big := image.NewNRGBA(image.Rect(0, 0, 200, 150))
	draw.Draw(big, image.Rect(40, 30, 160, 120), src, image.Point{}, draw.Src)
	sub := big.SubImage(image.Rect(40, 30, 160, 120))
	cases := map[string]image.Image{"rgba": rgba, "generic (sub-image)": sub, "paletted-free generic": image.Image(struct{ image.Image }{src})}
	for name, img := range cases {
		if d := Distance(want, mustHash(img)); d != 0 {
			t.Errorf("%s: %d bits from the NRGBA hash", name, d)
		}
	}
	// Y'CbCr round-trips lose a little colour precision: allow a few bits.
	if d := Distance(want, mustHash(ycc)); d > 4 {
		t.Errorf("ycbcr: %d bits from the NRGBA hash", d)
	}
}
