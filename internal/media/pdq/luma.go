package pdq

import (
	"image"
	"image/color"
)

// The reference's luminance weights (ITU-R BT.601), as float32.
const (
	lumaR float32 = 0.299
	lumaG float32 = 0.587
	lumaB float32 = 0.114
)

// Luma converts img to the row-major float32 luminance buffer PDQ hashes,
// returning it with its rows and columns. Grey images are taken as they
// are; colour images use Y = 0.299R + 0.587G + 0.114B on 8-bit,
// non-premultiplied RGB (alpha is ignored, as the reference ignores it).
// JPEG's Y'CbCr is converted to RGB first, as the reference's decoders do.
func Luma(img image.Image) ([]float32, int, int) {
	b := img.Bounds()
	rows, cols := b.Dy(), b.Dx()
	luma := make([]float32, rows*cols)
	switch m := img.(type) {
	case *image.Gray:
		for y := 0; y < rows; y++ {
			row := m.Pix[y*m.Stride : y*m.Stride+cols]
			for x, v := range row {
				luma[y*cols+x] = float32(v)
			}
		}
	case *image.YCbCr:
		for y := 0; y < rows; y++ {
			for x := 0; x < cols; x++ {
				yi := m.YOffset(b.Min.X+x, b.Min.Y+y)
				ci := m.COffset(b.Min.X+x, b.Min.Y+y)
				r, g, bb := color.YCbCrToRGB(m.Y[yi], m.Cb[ci], m.Cr[ci])
				luma[y*cols+x] = lumaOf(r, g, bb)
			}
		}
	case *image.NRGBA:
		for y := 0; y < rows; y++ {
			p := m.Pix[y*m.Stride:]
			for x := 0; x < cols; x++ {
				luma[y*cols+x] = lumaOf(p[4*x], p[4*x+1], p[4*x+2])
			}
		}
	case *image.RGBA:
		for y := 0; y < rows; y++ {
			p := m.Pix[y*m.Stride:]
			for x := 0; x < cols; x++ {
				if a := p[4*x+3]; a != 255 {
					c := color.NRGBAModel.Convert(color.RGBA{p[4*x], p[4*x+1], p[4*x+2], a}).(color.NRGBA)
					luma[y*cols+x] = lumaOf(c.R, c.G, c.B)
					continue
				}
				luma[y*cols+x] = lumaOf(p[4*x], p[4*x+1], p[4*x+2])
			}
		}
	default:
		for y := 0; y < rows; y++ {
			for x := 0; x < cols; x++ {
				c := color.NRGBAModel.Convert(img.At(b.Min.X+x, b.Min.Y+y)).(color.NRGBA)
				luma[y*cols+x] = lumaOf(c.R, c.G, c.B)
			}
		}
	}
	return luma, rows, cols
}

// lumaOf is the reference's float32 weighted sum, added left to right; the
// conversions keep each product rounded to float32 (no fused multiply-add).
func lumaOf(r, g, b uint8) float32 {
	return float32(lumaR*float32(r)) + float32(lumaG*float32(g)) + float32(lumaB*float32(b))
}
