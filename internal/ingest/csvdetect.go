package ingest

import (
	"encoding/csv"
	"strings"
	"unicode/utf8"
)

// Header sniffing shared by the CSV formats' Detect functions. Each format
// names the columns it needs (csvHasAll) and, for the small formats whose
// columns are common words, the only columns it allows (csvOnly), so that no
// two formats accept the same header (csvdetect_test.go feeds every header
// to every sniffer).

// csvHeaderOf parses the first CSV record of head (the detection window) and
// returns its normalised names, or nil when head does not start with a
// plausible header (no comma-separated names, binary data, JSON).
func csvHeaderOf(head []byte) []string {
	head = []byte(strings.TrimPrefix(string(head), "\uFEFF"))
	if len(head) == 0 || head[0] == '{' || head[0] == '[' {
		return nil
	}
	end := len(head)
	if i := strings.IndexByte(string(head), '\n'); i >= 0 {
		end = i + 1
	} else if len(head) >= DetectBytes {
		return nil // a first line longer than the window is no header
	}
	line := head[:end]
	if !utf8.Valid(line) || strings.IndexByte(string(line), 0) >= 0 {
		return nil
	}
	cr := csv.NewReader(strings.NewReader(string(line)))
	cr.FieldsPerRecord = -1
	rec, err := cr.Read()
	if err != nil {
		return nil
	}
	out := make([]string, len(rec))
	for i, n := range rec {
		out[i] = csvNorm(n)
	}
	return out
}

// csvHeaderSet is a header as a set, for detection.
func csvHeaderSet(head []byte) map[string]bool {
	h := csvHeaderOf(head)
	if h == nil {
		return nil
	}
	set := make(map[string]bool, len(h))
	for _, n := range h {
		set[n] = true
	}
	return set
}

// csvHasAll reports whether set has every name.
func csvHasAll(set map[string]bool, names ...string) bool {
	for _, n := range names {
		if !set[n] {
			return false
		}
	}
	return len(set) > 0
}

// csvOnly reports whether every name in set is in allowed.
func csvOnly(set map[string]bool, allowed map[string]bool) bool {
	for n := range set {
		if !allowed[n] {
			return false
		}
	}
	return true
}

// csvSet builds a set of names.
func csvSet(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}
