package media

import (
	"bytes"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"

	"github.com/marsad-project/marsad/internal/media/imagefile"
	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/marsad-project/marsad/internal/testutil"
)

// The robustness table of docs/MEDIA.md: Hamming distances between each
// reference image and edited copies of it, made here in Go. Run with -v to
// print the table (bench/media.sh does).

type transform struct {
	name string
	fn   func(image.Image) image.Image
}

func toRGBA(img image.Image) *image.RGBA {
	b := img.Bounds()
	out := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(out, out.Bounds(), img, b.Min, draw.Src)
	return out
}

func reencode(q int) func(image.Image) image.Image {
	return func(img image.Image) image.Image {
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: q}); err != nil {
			panic(err)
		}
		out, err := jpeg.Decode(&buf)
		if err != nil {
			panic(err)
		}
		return out
	}
}

func resize(f float64) func(image.Image) image.Image {
	return func(img image.Image) image.Image {
		b := img.Bounds()
		out := image.NewRGBA(image.Rect(0, 0, max(1, int(float64(b.Dx())*f)), max(1, int(float64(b.Dy())*f))))
		xdraw.CatmullRom.Scale(out, out.Bounds(), img, b, xdraw.Src, nil)
		return out
	}
}

// crop keeps the image minus frac of each dimension: split between both
// edges when centred, else all taken from the left and top.
func crop(frac float64, centred bool) func(image.Image) image.Image {
	return func(img image.Image) image.Image {
		b := img.Bounds()
		dx, dy := int(float64(b.Dx())*frac), int(float64(b.Dy())*frac)
		r := image.Rect(b.Min.X+dx, b.Min.Y+dy, b.Max.X, b.Max.Y)
		if centred {
			r = image.Rect(b.Min.X+dx/2, b.Min.Y+dy/2, b.Max.X-(dx-dx/2), b.Max.Y-(dy-dy/2))
		}
		return toRGBA(img).SubImage(r.Sub(b.Min))
	}
}

// overlay stamps a caption in white letters about 3% of the image height
// near the bottom-left corner, as a channel stamps its handle on a re-post.
func overlay(img image.Image) image.Image {
	out := toRGBA(img)
	const text = "@channel_name 2026"
	w := len(text)*7 + 4
	small := image.NewRGBA(image.Rect(0, 0, w, 15)) // transparent
	d := font.Drawer{Dst: small, Src: image.White, Face: basicfont.Face7x13, Dot: fixed.P(2, 12)}
	d.DrawString(text)
	b := out.Bounds()
	scale := max(1, float64(b.Dy())*0.03/13)
	sw, sh := int(float64(w)*scale), int(15*scale)
	x0, y0 := b.Dx()/20, b.Dy()-b.Dy()/20-sh
	xdraw.NearestNeighbor.Scale(out, image.Rect(x0, y0, x0+sw, y0+sh), small, small.Bounds(), xdraw.Over, nil)
	return out
}

func mirror(img image.Image) image.Image {
	src := toRGBA(img)
	b := src.Bounds()
	out := image.NewRGBA(b)
	for y := 0; y < b.Dy(); y++ {
		for x := 0; x < b.Dx(); x++ {
			out.Set(b.Dx()-1-x, y, src.At(x, y))
		}
	}
	return out
}

var transforms = []transform{
	{"JPEG re-compression q=75", reencode(75)},
	{"JPEG re-compression q=30", reencode(30)},
	{"resize to 50%", resize(0.5)},
	{"resize to 25%", resize(0.25)},
	{"crop 5% (centred)", crop(0.05, true)},
	{"crop 5% (one corner)", crop(0.05, false)},
	{"crop 10% (centred)", crop(0.10, true)},
	{"small text overlay", overlay},
	{"mirror (left-right)", mirror},
}

// robustnessImages are the reference images with PDQ quality >= 50 and at
// least 256 pixels a side (wee.jpg, 34×42, is a thumbnail: halving it
// leaves nothing to hash).
var robustnessImages = []string{
	"reg-test-input/dih/bridge-1-original.jpg",
	"reg-test-input/pen-and-coaster.png",
	"misc-images/c.png",
	"reg-test-input/labelme-subset/q0122.jpg",
	"reg-test-input/labelme-subset/q0291.jpg",
	"reg-test-input/labelme-subset/q0746.jpg",
	"reg-test-input/labelme-subset/q1050.jpg",
	"reg-test-input/labelme-subset/q2821.jpg",
}

type stats struct{ d []int }

func (s *stats) add(d int) { s.d = append(s.d, d) }
func (s *stats) mean() float64 {
	t := 0
	for _, d := range s.d {
		t += d
	}
	return float64(t) / float64(len(s.d))
}
func (s *stats) within(th int) int {
	n := 0
	for _, d := range s.d {
		if d <= th {
			n++
		}
	}
	return n
}

func TestRobustness(t *testing.T) {
	if testing.Short() {
		t.Skip("robustness table: skipped in -short mode")
	}
	root := testutil.SharedTestdata(t, "pdq")
	var orig []Hashes
	var imgs []image.Image
	for _, f := range robustnessImages {
		img, _, err := imagefile.Open(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		h, err := HashImage(img)
		if err != nil {
			t.Fatal(err)
		}
		imgs, orig = append(imgs, img), append(orig, h)
	}
	// dist[k][i]: PDQ and pHash distance of edit k of image i; the last
	// row is the mirror matched through its dihedral hashes.
	n := len(transforms)
	pd, ph := make([][]int, n+1), make([][]int, n+1)
	for k, tr := range transforms {
		for i, img := range imgs {
			h, err := HashImage(tr.fn(img))
			if err != nil {
				t.Fatal(err)
			}
			d := pdq.Distance(orig[i].PDQ, h.PDQ)
			pd[k], ph[k] = append(pd[k], d), append(ph[k], popcount64(orig[i].PHash^h.PHash))
			if tr.name == "mirror (left-right)" {
				best := 256
				for _, dh := range h.Dihedrals {
					best = min(best, pdq.Distance(orig[i].PDQ, dh))
				}
				pd[n] = append(pd[n], best)
			}
			if (k == 0 || tr.name == "resize to 50%") && d > pdq.MatchThreshold {
				t.Errorf("%s of %s: PDQ distance %d, above the match threshold", tr.name, robustnessImages[i], d)
			}
		}
	}
	var sb strings.Builder
	for _, g := range []struct {
		name     string
		from, to int
	}{{"all 8 reference images", 0, len(imgs)}, {"the 3 photos of 900 px and more", 0, 3}, {"the 5 LabelMe photos, 256×256 px", 3, len(imgs)}} {
		fmt.Fprintf(&sb, "\n%s:\n\n| edit | PDQ mean | PDQ max | PDQ ≤ 31 | pHash mean | pHash max | pHash ≤ 8 |\n|---|---|---|---|---|---|---|\n", g.name)
		for k := 0; k <= n; k++ {
			p := stats{pd[k][g.from:g.to]}
			if k == n {
				fmt.Fprintf(&sb, "| mirror, matched with --dihedral | %.1f | %d | %d/%d | – | – | – |\n", p.mean(), slices.Max(p.d), p.within(31), len(p.d))
				continue
			}
			q := stats{ph[k][g.from:g.to]}
			fmt.Fprintf(&sb, "| %s | %.1f | %d | %d/%d | %.1f | %d | %d/%d |\n", transforms[k].name, p.mean(), slices.Max(p.d), p.within(31), len(p.d),
				q.mean(), slices.Max(q.d), q.within(8), len(q.d))
		}
		var up, uph stats
		for i := g.from; i < g.to; i++ {
			for j := i + 1; j < g.to; j++ {
				up.add(pdq.Distance(orig[i].PDQ, orig[j].PDQ))
				uph.add(popcount64(orig[i].PHash ^ orig[j].PHash))
			}
		}
		fmt.Fprintf(&sb, "| *different images (%d pairs)* | %.1f | min %d | %d/%d | %.1f | min %d | %d/%d |\n", len(up.d), up.mean(), slices.Min(up.d),
			up.within(31), len(up.d), uph.mean(), slices.Min(uph.d), uph.within(8), len(uph.d))
		if up.within(31) > 0 {
			t.Errorf("%s: %d unrelated pairs match by PDQ", g.name, up.within(31))
		}
	}
	t.Logf("robustness tables:\n%s", sb.String())
}
