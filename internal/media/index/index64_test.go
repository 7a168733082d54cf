package index

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestIndex64EqualsLinearScan(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var hs []uint64
	for len(hs) < 20000 {
		b := rng.Uint64()
		hs = append(hs, b)
		for i := 0; i < 3; i++ {
			h := b
			for _, k := range rng.Perm(64)[:rng.IntN(20)] {
				h ^= 1 << uint(k)
			}
			hs = append(hs, h)
		}
	}
	x := NewIndex64(hs)
	found := 0
	for qi := 0; qi < 100; qi++ {
		q := hs[rng.IntN(len(hs))]
		for _, k := range rng.Perm(64)[:rng.IntN(12)] {
			q ^= 1 << uint(k)
		}
		for _, r := range []int{0, 1, 3, 4, 7, 8, 10, 15, 19, 40} {
			got, want := x.Query(q, r), LinearScan64(hs, q, r)
			if !slices.Equal(got, want) {
				t.Fatalf("radius %d: index %v, linear %v", r, got, want)
			}
			found += len(want)
		}
	}
	if found < 100 {
		t.Fatalf("only %d matches: test data too sparse", found)
	}
}
