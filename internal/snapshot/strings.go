package snapshot

import "unsafe"

// Strings is an immutable table of strings stored in one byte arena, which
// costs the bytes plus 8 per string instead of a 16-byte header and a
// separate allocation each. At returns strings that alias the arena, so they
// stay valid as long as the Snapshot (the arena is never modified).
type Strings struct {
	data []byte
	off  []uint64 // len = Len()+1; string i is data[off[i]:off[i+1]]
}

// Len returns the number of strings.
func (s *Strings) Len() int {
	if len(s.off) == 0 {
		return 0
	}
	return len(s.off) - 1
}

// At returns string i. It panics if i is out of range, like a slice.
func (s *Strings) At(i uint32) string {
	a, b := s.off[i], s.off[i+1]
	if a == b {
		return ""
	}
	return unsafe.String(&s.data[a], int(b-a))
}

// Bytes returns the memory the table holds, for size reports.
func (s *Strings) Bytes() int64 { return int64(cap(s.data)) + 8*int64(cap(s.off)) }

// add appends v and returns its position. Only builders call it.
func (s *Strings) add(v string) uint32 {
	if len(s.off) == 0 {
		s.off = append(s.off, 0)
	}
	s.data = append(s.data, v...)
	s.off = append(s.off, uint64(len(s.data)))
	return uint32(len(s.off) - 2)
}

// stringsFrom builds a table from a slice of strings.
func stringsFrom(vs []string, sizeHint int) Strings {
	s := Strings{data: make([]byte, 0, sizeHint), off: make([]uint64, 1, len(vs)+1)}
	for _, v := range vs {
		s.add(v)
	}
	return s
}
