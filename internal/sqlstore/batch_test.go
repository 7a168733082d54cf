package sqlstore

import (
	"database/sql"
	"reflect"
	"testing"
)

func TestBatchParts(t *testing.T) {
	b := newBatchInsert(nil, nil, "", "", 10, 100) // chunk rounds down to 64
	if b.chunk != 64 {
		t.Fatalf("chunk = %d, want 64", b.chunk)
	}
	fake := func(n int) { b.stmts[n] = (*sql.Stmt)(nil) }
	equal := func(n int, want []int) {
		t.Helper()
		got := b.parts(n)
		sum := 0
		for _, p := range got {
			sum += p
		}
		if !reflect.DeepEqual(got, want) || sum != n {
			t.Fatalf("parts(%d) = %v, want %v", n, got, want)
		}
	}
	equal(0, nil)
	equal(64, []int{64})
	equal(130, []int{64, 64, 2})
	fake(2)
	// Exact sizes while fewer than maxSizes are prepared…
	for i := 3; i < 3+maxSizes-1; i++ {
		equal(i, []int{i})
		fake(i)
	}
	equal(2, []int{2}) // a prepared size is always reused
	// …then powers of two.
	equal(63, []int{32, 16, 8, 4, 2, 1})
	equal(64+5, []int{64, 5})

	huge := newBatchInsert(nil, nil, "", "", 18, 100000)
	if huge.chunk*18 > maxParams {
		t.Fatalf("chunk %d × 18 columns exceeds %d parameters", huge.chunk, maxParams)
	}
}
