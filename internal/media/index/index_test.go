package index

import (
	"bufio"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/marsad-project/marsad/internal/media/pdq"
	"github.com/marsad-project/marsad/internal/testutil"
)

func randomHash(rng *rand.Rand) pdq.Hash {
	return pdq.Hash{rng.Uint64(), rng.Uint64(), rng.Uint64(), rng.Uint64()}
}

// flipBits returns h with n distinct random bits flipped (distance n).
func flipBits(rng *rand.Rand, h pdq.Hash, n int) pdq.Hash {
	for _, k := range rng.Perm(256)[:n] {
		h[k/64] ^= 1 << uint(k%64)
	}
	return h
}

// corpus is random hashes plus near-duplicates of some of them at every
// distance 0..70, so there are true matches on both sides of each radius.
func corpus(rng *rand.Rand, n int) []pdq.Hash {
	hs := make([]pdq.Hash, 0, n)
	for len(hs) < n {
		base := randomHash(rng)
		hs = append(hs, base)
		if rng.IntN(4) == 0 {
			for i := 0; i < 5 && len(hs) < n; i++ {
				hs = append(hs, flipBits(rng, base, rng.IntN(71)))
			}
		}
	}
	return hs
}

func TestQueryEqualsLinearScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	n := 50000
	if testing.Short() {
		n = 5000
	}
	hs := corpus(rng, n)
	x := New(hs)
	radii := []int{0, 1, 5, 15, 16, 17, 31, 32, 47, 48, 63, 64, 80}
	found := 0
	for qi := 0; qi < 200; qi++ {
		var q pdq.Hash
		if qi%2 == 0 {
			q = flipBits(rng, hs[rng.IntN(len(hs))], rng.IntN(40))
		} else {
			q = randomHash(rng)
		}
		for _, r := range radii {
			got, want := x.Query(q, r), LinearScan(hs, q, r)
			if !slices.Equal(got, want) {
				t.Fatalf("query %d radius %d: index %v, linear scan %v", qi, r, got, want)
			}
			found += len(want)
		}
	}
	if found < 200 {
		t.Fatalf("only %d matches over all queries; the test data has too few near-duplicates to be meaningful", found)
	}
}

func TestAddKeepsResultsExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	hs := corpus(rng, 3000)
	x := New(hs[:100])
	for _, h := range hs[100:] {
		x.Add(h)
	}
	if x.Len() != len(hs) {
		t.Fatalf("Len = %d, want %d", x.Len(), len(hs))
	}
	for qi := 0; qi < 100; qi++ {
		q := flipBits(rng, hs[rng.IntN(len(hs))], rng.IntN(35))
		if got, want := x.Query(q, 31), LinearScan(hs, q, 31); !slices.Equal(got, want) {
			t.Fatalf("after Add: index %v, linear %v", got, want)
		}
	}
	if r := x.Query(hs[0], -1); r != nil {
		t.Errorf("negative radius: %v", r)
	}
}

func TestForEachWithinCountsAndUniqueness(t *testing.T) {
	// C(16,0)+...: r=0:1, r=1:17, r=2:137, r=3:697
	for r, want := range []int{1, 17, 137, 697} {
		seen := map[uint16]bool{}
		forEachWithin(0xbeef, r, func(v uint16) {
			if seen[v] {
				t.Errorf("r=%d: %04x twice", r, v)
			}
			seen[v] = true
		})
		if len(seen) != want {
			t.Errorf("r=%d: %d values, want %d", r, len(seen), want)
		}
	}
}

// readHashes reads one hex hash per line (upstream's MIH test files).
func readHashes(t *testing.T, path string) []pdq.Hash {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var hs []pdq.Hash
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		h, err := pdq.ParseHash(sc.Text())
		if err != nil {
			t.Fatalf("%s line %d: %v", path, line, err)
		}
		hs = append(hs, h)
	}
	return hs
}

// TestUpstreamNeedlesHaystack runs upstream's MIH fixture (test-mih test2
// 32 needles.txt haystack.txt) through the index and the linear scan.
func TestUpstreamNeedlesHaystack(t *testing.T) {
	dir := testutil.SharedTestdata(t, "pdq", "reg-test-input")
	needles := readHashes(t, filepath.Join(dir, "needles.txt"))
	hay := readHashes(t, filepath.Join(dir, "haystack.txt"))
	if len(needles) != 100 || len(hay) != 1350 {
		t.Fatalf("fixture sizes %d/%d, want 100/1350", len(needles), len(hay))
	}
	x := New(hay)
	matched := 0
	for _, n := range needles {
		got, want := x.Query(n, 32), LinearScan(hay, n, 32)
		if !slices.Equal(got, want) {
			t.Fatalf("needle %s: index %v, linear %v", n, got, want)
		}
		if len(got) > 0 {
			matched++
		}
	}
	t.Logf("%d of %d needles have a haystack hash within 32", matched, len(needles))
}
