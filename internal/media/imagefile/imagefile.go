// Package imagefile opens image files for hashing: JPEG, PNG, GIF (first
// frame) and WebP, with the safety checks untrusted downloads need. The
// header is read first and images above a pixel limit are refused before
// any pixel memory is allocated, so a small "decompression bomb" (a
// few-kilobyte file claiming 100 000 × 100 000 pixels) cannot exhaust
// memory; corrupt or truncated files give an error naming the file, never a
// panic.
package imagefile

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/gif"
	"image/jpeg"
	"image/png"
	"io"
	"os"

	"github.com/marsad-project/marsad"
	"golang.org/x/image/webp"
)

// DefaultMaxPixels is the largest image decoded by default: 100 megapixels,
// above any camera photo. Hashing needs about 13 bytes per pixel (decoded
// image plus two float32 buffers), so the limit bounds memory near 1.3 GB.
const DefaultMaxPixels = 100_000_000

// DefaultMaxBytes bounds the bytes read from one file (256 MiB).
const DefaultMaxBytes = 256 << 20

// Limits bound the work of decoding one image. Zero fields take the
// defaults.
type Limits struct {
	MaxPixels int64
	MaxBytes  int64
}

func (l Limits) withDefaults() Limits {
	if l.MaxPixels <= 0 {
		l.MaxPixels = DefaultMaxPixels
	}
	if l.MaxBytes <= 0 {
		l.MaxBytes = DefaultMaxBytes
	}
	return l
}

// Formats lists the formats Decode accepts, as image.Decode names them.
var Formats = []string{"jpeg", "png", "gif", "webp"}

type format struct {
	name   string
	magic  func([]byte) bool
	config func(io.Reader) (image.Config, error)
	decode func(io.Reader) (image.Image, error)
}

// formats are matched by magic bytes; the registry is local so that other
// packages' image.RegisterFormat calls change nothing here.
var formats = []format{
	{"jpeg", func(b []byte) bool { return bytes.HasPrefix(b, []byte{0xff, 0xd8}) }, jpeg.DecodeConfig, jpeg.Decode},
	{"png", func(b []byte) bool { return bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) }, png.DecodeConfig, png.Decode},
	{"gif", func(b []byte) bool {
		return bytes.HasPrefix(b, []byte("GIF87a")) || bytes.HasPrefix(b, []byte("GIF89a"))
	}, gif.DecodeConfig, gif.Decode},
	{"webp", func(b []byte) bool {
		return len(b) >= 12 && bytes.Equal(b[0:4], []byte("RIFF")) && bytes.Equal(b[8:12], []byte("WEBP"))
	}, webp.DecodeConfig, webp.Decode},
}

// Open decodes the image file at path within the default limits.
func Open(path string) (image.Image, string, error) {
	return OpenLimits(path, Limits{})
}

// OpenLimits decodes the image file at path. Errors are *marsad.Error with
// code EINVALID (not an image, unsupported format, too large, corrupt) or
// ENOTFOUND (no such file), wrapped with the path.
func OpenLimits(path string, lim Limits) (image.Image, string, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, "", fmt.Errorf("image %s: %w", path, marsad.Errorf(marsad.ENOTFOUND, "no such file"))
		}
		return nil, "", fmt.Errorf("image %s: %w", path, err)
	}
	defer f.Close()
	img, name, err := Decode(f, lim)
	if err != nil {
		return nil, name, fmt.Errorf("image %s: %w", path, err)
	}
	return img, name, nil
}

// Decode reads one image from r within lim and returns it with its format
// name. The whole input (at most lim.MaxBytes) is buffered so the header
// can be checked before the pixels are decoded.
func Decode(r io.Reader, lim Limits) (img image.Image, name string, err error) {
	lim = lim.withDefaults()
	data, err := io.ReadAll(io.LimitReader(r, lim.MaxBytes+1))
	if err != nil {
		return nil, "", marsad.Errorf(marsad.EINVALID, "read failed: %v", err)
	}
	if int64(len(data)) > lim.MaxBytes {
		return nil, "", marsad.Errorf(marsad.EINVALID, "file is larger than the %d-byte limit", lim.MaxBytes)
	}
	return DecodeBytes(data, lim)
}

// DecodeBytes is Decode for an in-memory file.
func DecodeBytes(data []byte, lim Limits) (img image.Image, name string, err error) {
	lim = lim.withDefaults()
	var ft *format
	for i := range formats {
		if formats[i].magic(data) {
			ft = &formats[i]
			break
		}
	}
	if ft == nil {
		if len(data) == 0 {
			return nil, "", marsad.Errorf(marsad.EINVALID, "empty file")
		}
		return nil, "", marsad.Errorf(marsad.EINVALID, "not a JPEG, PNG, GIF or WebP image")
	}
	// The standard decoders do not panic on bad input, but a panic in any
	// of them must stay an error about this one file.
	defer func() {
		if p := recover(); p != nil {
			img, err = nil, marsad.Errorf(marsad.EINVALID, "corrupt %s image (decoder failed: %v)", ft.name, p)
		}
	}()
	cfg, err := ft.config(bytes.NewReader(data))
	if err != nil {
		return nil, ft.name, marsad.Errorf(marsad.EINVALID, "corrupt or truncated %s header: %v", ft.name, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, ft.name, marsad.Errorf(marsad.EINVALID, "%s image has no pixels (%d×%d)", ft.name, cfg.Width, cfg.Height)
	}
	if px := int64(cfg.Width) * int64(cfg.Height); px > lim.MaxPixels {
		return nil, ft.name, marsad.Errorf(marsad.EINVALID,
			"%s image is %d×%d = %.1f megapixels, above the %.0f-megapixel limit (refused without decoding: possible decompression bomb)",
			ft.name, cfg.Width, cfg.Height, float64(px)/1e6, float64(lim.MaxPixels)/1e6)
	}
	img, err = ft.decode(bytes.NewReader(data))
	if err != nil {
		return nil, ft.name, marsad.Errorf(marsad.EINVALID, "corrupt or truncated %s image: %v", ft.name, err)
	}
	// A GIF's first frame may be smaller than its screen, never larger.
	if b := img.Bounds(); b.Empty() || b.Dx() > cfg.Width || b.Dy() > cfg.Height {
		return nil, ft.name, marsad.Errorf(marsad.EINVALID, "corrupt %s image: header says %d×%d, pixels are %d×%d", ft.name, cfg.Width, cfg.Height, b.Dx(), b.Dy())
	}
	return img, ft.name, nil
}
