package imagefile

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

func sample(w, h int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.SetNRGBA(x, y, color.NRGBA{uint8(x * 7), uint8(y * 5), uint8(x ^ y), 255})
		}
	}
	return img
}

func encode(t testing.TB, name string, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	var err error
	switch name {
	case "png":
		err = png.Encode(&buf, img)
	case "jpeg":
		err = jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
	case "gif":
		err = gif.Encode(&buf, img, nil)
	}
	if err != nil {
		t.Fatalf("encode %s: %v", name, err)
	}
	return buf.Bytes()
}

func webpFixture(t testing.TB) []byte {
	b, err := os.ReadFile(filepath.Join("testdata", "blue-purple-pink.lossy.webp"))
	if err != nil {
		t.Fatalf("read webp fixture: %v", err)
	}
	return b
}

func TestDecodeFormats(t *testing.T) {
	files := map[string][]byte{"webp": webpFixture(t)}
	for _, f := range []string{"png", "jpeg", "gif"} {
		files[f] = encode(t, f, sample(40, 30))
	}
	for name, data := range files {
		img, got, err := DecodeBytes(data, Limits{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if got != name {
			t.Errorf("format %q, want %q", got, name)
		}
		if b := img.Bounds(); b.Dx() == 0 || b.Dy() == 0 {
			t.Errorf("%s: empty image", name)
		}
		if name != "webp" && (img.Bounds().Dx() != 40 || img.Bounds().Dy() != 30) {
			t.Errorf("%s: bounds %v, want 40×30", name, img.Bounds())
		}
	}
}

// pngClaiming returns a valid 1×1 PNG whose header is rewritten to claim
// w×h pixels (with a correct CRC): a decompression bomb's shape.
func pngClaiming(t testing.TB, w, h uint32) []byte {
	data := encode(t, "png", sample(1, 1))
	// signature(8) + length(4) + "IHDR"(4) + width(4) + height(4) ...
	binary.BigEndian.PutUint32(data[16:], w)
	binary.BigEndian.PutUint32(data[20:], h)
	crc := crc32.ChecksumIEEE(data[12:29])
	binary.BigEndian.PutUint32(data[29:], crc)
	return data
}

// jpegClaiming rewrites the SOF0 frame size of a small JPEG.
func jpegClaiming(t testing.TB, w, h uint16) []byte {
	data := encode(t, "jpeg", sample(8, 8))
	i := bytes.Index(data, []byte{0xff, 0xc0})
	if i < 0 {
		t.Fatal("no SOF0 marker")
	}
	binary.BigEndian.PutUint16(data[i+5:], h)
	binary.BigEndian.PutUint16(data[i+7:], w)
	return data
}

// gifClaiming rewrites the logical screen size of a small GIF.
func gifClaiming(t testing.TB, w, h uint16) []byte {
	data := encode(t, "gif", sample(2, 2))
	binary.LittleEndian.PutUint16(data[6:], w)
	binary.LittleEndian.PutUint16(data[8:], h)
	return data
}

func TestDecompressionBombsRefusedBeforeDecoding(t *testing.T) {
	bombs := map[string][]byte{
		"png 100000×100000": pngClaiming(t, 100000, 100000),
		"jpeg 65000×65000":  jpegClaiming(t, 65000, 65000),
		"gif 65535×65535":   gifClaiming(t, 65535, 65535),
	}
	for name, data := range bombs {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, _, err := DecodeBytes(data, Limits{})
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Errorf("%s: decoded, want refusal", name)
			continue
		}
		if marsad.ErrorCode(err) != marsad.EINVALID || !strings.Contains(err.Error(), "megapixel") {
			t.Errorf("%s: error %v, want an EINVALID pixel-limit error", name, err)
		}
		if grew := after.TotalAlloc - before.TotalAlloc; grew > 8<<20 {
			t.Errorf("%s: allocated %d bytes before refusing", name, grew)
		}
	}
	// A lower limit applies to ordinary images too.
	if _, _, err := DecodeBytes(encode(t, "png", sample(40, 30)), Limits{MaxPixels: 1000}); err == nil {
		t.Error("40×30 PNG with a 1000-pixel limit: want refusal")
	}
}

func TestCorruptInputsGiveClearErrors(t *testing.T) {
	png := encode(t, "png", sample(40, 30))
	jpg := encode(t, "jpeg", sample(40, 30))
	gf := encode(t, "gif", sample(40, 30))
	wp := webpFixture(t)
	cases := map[string][]byte{
		"empty":           nil,
		"text":            []byte("hello, this is not an image"),
		"png truncated":   png[:len(png)/2],
		"jpeg truncated":  jpg[:len(jpg)/2],
		"gif truncated":   gf[:len(gf)/2],
		"webp truncated":  wp[:len(wp)/2],
		"png header only": png[:33],
		"jpeg magic only": {0xff, 0xd8},
		"png zero size":   pngClaiming(t, 0, 10),
	}
	for name, data := range cases {
		_, _, err := DecodeBytes(data, Limits{})
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("%s: code %s, want %s (%v)", name, marsad.ErrorCode(err), marsad.EINVALID, err)
		}
		t.Logf("%s: %s", name, marsad.ErrorMessage(err))
	}
}

func TestOpenNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "broken.jpg")
	if err := os.WriteFile(p, []byte{0xff, 0xd8, 0xff}, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Open(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("Open(broken): error %v should name %s", err, p)
	}
	_, _, err := Open(filepath.Join(dir, "missing.png"))
	if marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("missing file: code %s, want %s", marsad.ErrorCode(err), marsad.ENOTFOUND)
	}
	big := filepath.Join(dir, "big.png")
	if err := os.WriteFile(big, encode(t, "png", sample(40, 30)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := OpenLimits(big, Limits{MaxBytes: 100}); err == nil {
		t.Error("byte limit not applied")
	}
}

func FuzzDecodeBytes(f *testing.F) {
	f.Add(encode(f, "png", sample(9, 7)))
	f.Add(encode(f, "jpeg", sample(9, 7)))
	f.Add(encode(f, "gif", sample(9, 7)))
	f.Add(webpFixture(f))
	f.Add(pngClaiming(f, 5000, 5000))
	f.Add([]byte("RIFF\x00\x00\x00\x00WEBPVP8 "))
	f.Fuzz(func(t *testing.T, data []byte) {
		const maxPixels = 1 << 20
		img, _, err := DecodeBytes(data, Limits{MaxPixels: maxPixels})
		if err != nil {
			if marsad.ErrorCode(err) != marsad.EINVALID {
				t.Fatalf("error without EINVALID code: %v", err)
			}
			return
		}
		b := img.Bounds()
		if b.Empty() || int64(b.Dx())*int64(b.Dy()) > maxPixels {
			t.Fatalf("accepted image with bounds %v", b)
		}
	})
}
