package snapshot

import (
	"fmt"
	"math"
)

// None marks a missing index in any uint32 column (no referenced post, no
// text key, no hashtag sequence…).
const None uint32 = math.MaxUint32

// Index is a postings list in compressed sparse row layout: the values of
// key k are Items[Start[k]:Start[k+1]]. For postings of posts the values are
// post indices in increasing order, i.e. in time order.
type Index struct {
	Start []uint32 // len = Keys()+1
	Items []uint32
}

// Of returns the values of key k (a sub-slice: do not modify). A key out of
// range has no values.
func (x *Index) Of(k uint32) []uint32 {
	if int(k)+1 >= len(x.Start) {
		return nil
	}
	return x.Items[x.Start[k]:x.Start[k+1]]
}

// Len returns the number of values of key k.
func (x *Index) Len(k uint32) int {
	if int(k)+1 >= len(x.Start) {
		return 0
	}
	return int(x.Start[k+1] - x.Start[k])
}

// Keys returns the number of keys.
func (x *Index) Keys() int {
	if len(x.Start) == 0 {
		return 0
	}
	return len(x.Start) - 1
}

// Bytes returns the memory the index holds.
func (x *Index) Bytes() int64 { return 4 * int64(cap(x.Start)+cap(x.Items)) }

// buildIndex builds an Index over nkeys keys by counting sort. each must
// call emit(key, value) for every pair, in the same order both times it is
// called (it is called twice: count, then fill); values of one key keep the
// emission order. Keys >= nkeys and None are skipped.
func buildIndex(nkeys int, each func(emit func(k, v uint32))) (Index, error) {
	start := make([]uint32, nkeys+1)
	var total uint64
	each(func(k, v uint32) {
		if int(k) < nkeys {
			start[k+1]++
			total++
		}
	})
	if total >= math.MaxUint32 {
		return Index{}, fmt.Errorf("snapshot: postings list of %d entries exceeds 2^32", total)
	}
	for k := 1; k <= nkeys; k++ {
		start[k] += start[k-1]
	}
	items := make([]uint32, total)
	fill := make([]uint32, nkeys)
	copy(fill, start[:nkeys])
	each(func(k, v uint32) {
		if int(k) < nkeys {
			items[fill[k]] = v
			fill[k]++
		}
	})
	return Index{Start: start, Items: items}, nil
}

// flatList is a builder-side list of small per-row lists (hashtags of a
// post…): row r owns vals[off[r]:off[r+1]].
type flatList struct {
	off  []uint32 // len rows+1
	vals []uint32
}

func (f *flatList) addRow(vals []uint32) {
	if len(f.off) == 0 {
		f.off = append(f.off, 0)
	}
	f.vals = append(f.vals, vals...)
	f.off = append(f.off, uint32(len(f.vals)))
}

func (f *flatList) row(r uint32) []uint32 { return f.vals[f.off[r]:f.off[r+1]] }

// index turns the per-row lists into an Index over final post indices,
// where order[i] is the builder row of post i and remap maps values.
func (f *flatList) index(order []uint32, remap func(uint32) uint32) (Index, error) {
	return buildIndex(len(order), func(emit func(k, v uint32)) {
		for i, r := range order {
			for _, v := range f.row(r) {
				emit(uint32(i), remap(v))
			}
		}
	})
}
