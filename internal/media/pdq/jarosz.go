package pdq

// The Jarosz filter (Wojciech Jarosz, "Fast Image Convolutions", 2001) blurs
// with repeated one-dimensional box filters: two passes along rows and
// columns approximate a tent filter, after which the image is decimated to
// 64×64 by sampling pixel centres. PDQ computes everything in 32-bit floats;
// this file follows the reference's order of operations so that the same
// pixels give the same bits.

// windowSize is the box width per pass for shrinking oldDim to newDim:
// ceil(oldDim / (2·newDim)), half a target pixel, because two passes
// together cover a full one.
func windowSize(oldDim, newDim int) int {
	return (oldDim + 2*newDim - 1) / (2 * newDim)
}

// box1D writes to out the running mean of in over a window of width w,
// reading and writing every stride-th element of n. Output i averages
// in[max(0, i-w+h) .. min(n-1, i+h-1)] with h = (w+2)/2, so the window is
// truncated (and the divisor shrinks) at both ends.
func box1D(in, out []float32, n, stride, w int) {
	h := (w + 2) / 2
	phase1 := h - 1
	phase2 := w - h + 1
	phase3 := n - w
	phase4 := h - 1

	li, ri, oi := 0, 0, 0
	var sum float32
	cur := 0
	for i := 0; i < phase1; i++ {
		sum += in[ri]
		cur++
		ri += stride
	}
	for i := 0; i < phase2; i++ {
		sum += in[ri]
		cur++
		out[oi] = sum / float32(cur)
		ri += stride
		oi += stride
	}
	for i := 0; i < phase3; i++ {
		sum += in[ri]
		sum -= in[li]
		out[oi] = sum / float32(cur)
		li += stride
		ri += stride
		oi += stride
	}
	for i := 0; i < phase4; i++ {
		sum -= in[li]
		cur--
		out[oi] = sum / float32(cur)
		li += stride
		oi += stride
	}
}

// jaroszFilter blurs buf1 (rows×cols, row-major) in place with passes
// rounds of a box along each row (width wRows) then along each column
// (width wCols), using buf2 as scratch.
func jaroszFilter(buf1, buf2 []float32, rows, cols, wRows, wCols, passes int) {
	for p := 0; p < passes; p++ {
		for i := 0; i < rows; i++ {
			box1D(buf1[i*cols:], buf2[i*cols:], cols, 1, wRows)
		}
		boxColumns(buf2, buf1, rows, cols, wCols)
	}
}

// boxColumns is box1D down every column at once: it walks the rows in
// order, keeping one running sum per column, so memory is read
// sequentially. Each column sees exactly box1D's sequence of float32
// operations, so the results are identical.
func boxColumns(in, out []float32, rows, cols, w int) {
	h := (w + 2) / 2
	phase1 := h - 1
	phase2 := w - h + 1
	phase3 := rows - w
	phase4 := h - 1

	sum := make([]float32, cols)
	li, ri, oi := 0, 0, 0
	cur := 0
	for i := 0; i < phase1; i++ {
		r := in[ri*cols : ri*cols+cols]
		for j, v := range r {
			sum[j] += v
		}
		cur++
		ri++
	}
	for i := 0; i < phase2; i++ {
		r, o := in[ri*cols:ri*cols+cols], out[oi*cols:oi*cols+cols]
		cur++
		n := float32(cur)
		for j, v := range r {
			sum[j] += v
			o[j] = sum[j] / n
		}
		ri++
		oi++
	}
	for i := 0; i < phase3; i++ {
		r, l, o := in[ri*cols:ri*cols+cols], in[li*cols:li*cols+cols], out[oi*cols:oi*cols+cols]
		n := float32(cur)
		for j, v := range r {
			s := sum[j] + v
			s -= l[j]
			sum[j] = s
			o[j] = s / n
		}
		li++
		ri++
		oi++
	}
	for i := 0; i < phase4; i++ {
		l, o := in[li*cols:li*cols+cols], out[oi*cols:oi*cols+cols]
		cur--
		n := float32(cur)
		for j := range l {
			sum[j] -= l[j]
			o[j] = sum[j] / n
		}
		li++
		oi++
	}
}

// decimate samples in (rows×cols) at the centres of a 64×64 grid.
func decimate(in []float32, rows, cols int, out *[64][64]float32) {
	for oi := 0; oi < 64; oi++ {
		ii := int(((float64(oi) + 0.5) * float64(rows)) / 64)
		for oj := 0; oj < 64; oj++ {
			ij := int(((float64(oj) + 0.5) * float64(cols)) / 64)
			out[oi][oj] = in[ii*cols+ij]
		}
	}
}
