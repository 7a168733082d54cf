package pdq

import "testing"

// TestBox1DWorkedExample checks the box filter against the worked examples
// in the reference's downscaling.cpp comments: input 0..15, window 7 (and
// 8), giving the listed window sums divided by the window length used.
func TestBox1DWorkedExample(t *testing.T) {
	in := make([]float32, 16)
	for i := range in {
		in[i] = float32(i)
	}
	tests := []struct {
		window int
		sums   []float32
		counts []float32
	}{
		{7,
			[]float32{6, 10, 15, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 75, 65, 54},
			[]float32{4, 5, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 6, 5, 4}},
		{8,
			[]float32{10, 15, 21, 28, 36, 44, 52, 60, 68, 76, 84, 92, 84, 75, 65, 54},
			[]float32{5, 6, 7, 8, 8, 8, 8, 8, 8, 8, 8, 8, 7, 6, 5, 4}},
	}
	for _, tt := range tests {
		out := make([]float32, 16)
		box1D(in, out, 16, 1, tt.window)
		for i := range out {
			if want := tt.sums[i] / tt.counts[i]; out[i] != want {
				t.Errorf("window %d: out[%d] = %v, want %v/%v = %v", tt.window, i, out[i], tt.sums[i], tt.counts[i], want)
			}
		}
	}
}

func TestWindowSize(t *testing.T) {
	// 1024 pixels to 64: each output pixel covers 16 inputs, two passes of 8.
	for _, tt := range []struct{ old, want int }{{1024, 8}, {64, 1}, {5, 1}, {129, 2}, {128, 1}, {1000, 8}, {3000, 24}} {
		if got := windowSize(tt.old, 64); got != tt.want {
			t.Errorf("windowSize(%d, 64) = %d, want %d", tt.old, got, tt.want)
		}
	}
}

// TestBoxColumnsEqualsBox1D checks the cache-friendly column pass against
// the strided one-column box filter, bit for bit.
func TestBoxColumnsEqualsBox1D(t *testing.T) {
	const rows, cols = 97, 13
	in := make([]float32, rows*cols)
	for i := range in {
		in[i] = float32((i*7919)%256) / 3
	}
	for _, w := range []int{1, 2, 3, 7, 8, 20} {
		want := make([]float32, rows*cols)
		for j := 0; j < cols; j++ {
			box1D(in[j:], want[j:], rows, cols, w)
		}
		got := make([]float32, rows*cols)
		boxColumns(in, got, rows, cols, w)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("window %d: element %d = %v, want %v", w, i, got[i], want[i])
			}
		}
	}
}
