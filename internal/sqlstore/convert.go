package sqlstore

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"
)

// toMS stores a time as Unix milliseconds UTC; the zero time is stored as 0
// so that "unknown" stays distinguishable and sorts first.
func toMS(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixMilli()
}

// fromMS is the inverse of toMS: 0 reads back as the zero time.
func fromMS(ms int64) time.Time {
	if ms == 0 {
		return time.Time{}
	}
	return time.UnixMilli(ms).UTC()
}

// rangeMS turns a PostFilter's open-ended bounds into an inclusive lower and
// exclusive upper millisecond bound.
func rangeMS(since, until time.Time) (lo, hi int64) {
	lo, hi = math.MinInt64, math.MaxInt64
	if !since.IsZero() {
		lo = since.UnixMilli()
		// A bound inside a millisecond includes nothing before it.
		if since.Nanosecond()%int(time.Millisecond) != 0 {
			lo++
		}
	}
	if !until.IsZero() {
		hi = until.UnixMilli()
		if until.Nanosecond()%int(time.Millisecond) != 0 {
			hi++
		}
	}
	return lo, hi
}

// clean makes s storable on every backend: PostgreSQL rejects NUL bytes and
// invalid UTF-8 in text, so the store drops NUL and replaces invalid bytes
// with U+FFFD on both backends, keeping them identical. Valid text without
// NUL (the normal case) is returned as is, without copying.
func clean(s string) string {
	if strings.IndexByte(s, 0) < 0 && utf8.ValidString(s) {
		return s
	}
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
}

// boolInt stores a bool as 0/1 (portable across both backends).
func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}
