package ingest

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// csvTable streams the rows of a CSV file with a header row. It is shared by
// every CSV format: it bounds record size (csvGuard), matches header names
// case-insensitively with a UTF-8 BOM removed, replaces invalid UTF-8, and
// turns malformed rows into rejects so that a decoder only sees rows whose
// field count matches the header.
type csvTable struct {
	format string
	guard  *csvGuard
	r      *csv.Reader
	sink   Sink
	header []string       // normalised names, in file order
	cols   map[string]int // normalised name → first index
	rec    []string       // current row, valid UTF-8
	line   int64          // line of the current row in the input (1-based)
	rows   int64
	err    error
}

// csvNorm normalises a header name for matching: trimmed, lower case, BOM and
// surrounding quotes removed.
func csvNorm(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	return strings.ToLower(strings.TrimSpace(s))
}

// openCSVTable reads the header row. Records are bounded by
// opts.MaxRecordBytes (csvGuard). An empty input or an unreadable header
// is an EINVALID error naming the format; everything after is per row.
func openCSVTable(r io.Reader, format string, opts Options, sink Sink) (*csvTable, error) {
	return openCSVTableLimit(r, format, sink, opts.maxRecord())
}

// openCSVTableLimit is openCSVTable with a given record size bound.
func openCSVTableLimit(r io.Reader, format string, sink Sink, maxRecord int) (*csvTable, error) {
	g := newCSVGuard(r, maxRecord)
	cr := csv.NewReader(g)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	t := &csvTable{format: format, guard: g, r: cr, sink: sink, cols: map[string]int{}}
	h, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: empty file: no header row", format)
	}
	if err != nil {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: cannot read the header row: %v", format, err)
	}
	if len(h) > 0 && h[len(h)-1] == csvTooLarge {
		return nil, marsad.Errorf(marsad.EINVALID, "%s: the header row is larger than %s", format, csvSize(maxRecord))
	}
	for i, name := range h {
		n := csvNorm(csvValid(name))
		t.header = append(t.header, n)
		if _, dup := t.cols[n]; dup {
			if n != "" {
				sink.Notice(fmt.Sprintf("%s: column %q appears twice; the first is used", format, n))
			}
			continue
		}
		t.cols[n] = i
	}
	return t, nil
}

// Has reports whether the header has the column.
func (t *csvTable) Has(name string) bool { _, ok := t.cols[name]; return ok }

// Missing returns the names among required that the header lacks.
func (t *csvTable) Missing(required ...string) []string {
	var out []string
	for _, n := range required {
		if !t.Has(n) {
			out = append(out, n)
		}
	}
	return out
}

// NoticeUnknown sends one notice naming the header columns not in known.
func (t *csvTable) NoticeUnknown(known map[string]bool) {
	if u := t.unknown(known); len(u) > 0 {
		t.sink.Notice(fmt.Sprintf("%s: unknown columns ignored: %s", t.format, strings.Join(u, ", ")))
	}
}

// unknown returns the header columns not in known, sorted.
func (t *csvTable) unknown(known map[string]bool) []string {
	var out []string
	for _, n := range t.header {
		if !known[n] && n != "" {
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

// Next advances to the next well-formed row. Malformed rows (CSV syntax
// errors, a field count that differs from the header, records above the size
// bound) are sent to the sink as rejects and skipped. It returns false at
// the end of input, on a sink error or when ctx is done; Err tells which.
func (t *csvTable) Next(ctx context.Context) bool {
	for t.err == nil {
		rec, err := t.r.Read()
		if errors.Is(err, io.EOF) {
			return false
		}
		t.rows++
		if t.rows%1024 == 0 {
			if err := ctx.Err(); err != nil {
				t.err = err
				return false
			}
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				t.err = fmt.Errorf("%s: read: %w", t.format, err)
				return false
			}
			t.line = t.guard.realLine(int64(pe.StartLine))
			t.rejectRaw(fmt.Sprintf("malformed CSV: %v", pe.Err), rec)
			continue
		}
		line, _ := t.r.FieldPos(0)
		t.line = t.guard.realLine(int64(line))
		if len(rec) > 0 && rec[len(rec)-1] == csvTooLarge {
			t.rejectRaw("record larger than "+csvSize(t.guard.max)+" skipped", rec[:len(rec)-1])
			continue
		}
		if len(rec) != len(t.header) {
			t.rejectRaw(fmt.Sprintf("row has %d fields, header has %d", len(rec), len(t.header)), rec)
			continue
		}
		for i, f := range rec {
			rec[i] = csvValid(f)
		}
		t.rec = rec
		return true
	}
	return false
}

// Err returns the error that stopped Next, if any (not end of input).
func (t *csvTable) Err() error { return t.err }

// Line is the 1-based input line where the current row starts.
func (t *csvTable) Line() int64 { return t.line }

// Get returns the trimmed value of the named column in the current row, or
// "" when the header has no such column.
func (t *csvTable) Get(name string) string {
	i, ok := t.cols[name]
	if !ok || i >= len(t.rec) {
		return ""
	}
	return strings.TrimSpace(t.rec[i])
}

// GetRaw is Get without trimming, for text whose spacing matters.
func (t *csvTable) GetRaw(name string) string {
	i, ok := t.cols[name]
	if !ok || i >= len(t.rec) {
		return ""
	}
	return t.rec[i]
}

// Reject reports the current row as a reject and records a sink error.
func (t *csvTable) Reject(reason string) { t.rejectRaw(reason, t.rec) }

// Fail records a sink error so that Next stops; it returns err for chaining.
func (t *csvTable) Fail(err error) error {
	if err != nil && t.err == nil {
		t.err = err
	}
	return err
}

func (t *csvTable) rejectRaw(reason string, rec []string) {
	if err := t.sink.Reject(t.line, t.format+": "+reason, csvExcerpt(rec)); err != nil {
		t.Fail(err)
	}
}

// csvExcerpt rebuilds a bounded excerpt of a row for the rejects report.
func csvExcerpt(rec []string) []byte {
	const max = 2048
	var b []byte
	for i, f := range rec {
		if i > 0 {
			b = append(b, ',')
		}
		room := max - len(b)
		if room <= 0 {
			break
		}
		if len(f) > room {
			f = f[:room]
		}
		b = append(b, f...)
	}
	return b
}

// csvValid returns s with invalid UTF-8 replaced by U+FFFD.
func csvValid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// csvPlatform returns the platform the records get: opts.Platform if set,
// else def.
func csvPlatform(opts Options, def string) string {
	if p := strings.TrimSpace(opts.Platform); p != "" {
		return strings.ToLower(p)
	}
	return def
}

// csvSize spells a byte count for messages.
func csvSize(n int) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
