package pdq

import (
	"strings"
	"testing"
)

func TestParseHashRoundTrip(t *testing.T) {
	const s = "f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22"
	h, err := ParseHash(strings.ToUpper(s) + "\n")
	if err != nil {
		t.Fatal(err)
	}
	if h.String() != s {
		t.Errorf("round trip: got %s", h)
	}
	// Upstream prints word 15 (bits 255..240) first: the first hex digit 'f'
	// holds bits 255..252, the last digit '2' bits 3..0.
	for k, want := range map[int]bool{255: true, 252: true, 1: true, 0: false, 2: false, 3: false} {
		if h.Bit(k) != want {
			t.Errorf("bit %d = %v, want %v", k, h.Bit(k), want)
		}
	}
}

func TestParseHashErrors(t *testing.T) {
	for _, s := range []string{"", "abc", strings.Repeat("g", 64), strings.Repeat("0", 63), strings.Repeat("0", 65)} {
		if _, err := ParseHash(s); err == nil {
			t.Errorf("ParseHash(%q): want error", s)
		}
	}
}

func TestDistance(t *testing.T) {
	a := MustParseHash(strings.Repeat("0", 64))
	b := MustParseHash("f" + strings.Repeat("0", 62) + "1")
	if d := Distance(a, b); d != 5 {
		t.Errorf("distance = %d, want 5", d)
	}
	// Java's unit test: hamming(bridge-1, bridge-2) = 120 on its own hashes.
	j1 := MustParseHash("f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22")
	j2 := MustParseHash("30a10efd71cc3d429013d48d0ffffc52e34e0e17ada952a9d29685211ea9e5af")
	if d := Distance(j1, j2); d != 120 {
		t.Errorf("distance(java bridge-1, bridge-2) = %d, want 120", d)
	}
}

func TestTooSmallImageIsZero(t *testing.T) {
	h, q := FromImage(syntheticImage(4, 100, 1))
	if !h.IsZero() || q != 0 {
		t.Errorf("4-pixel-wide image: got %s quality %d, want zero hash, quality 0", h, q)
	}
}
