package ingest

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// lineReader reads lines of any length with a bound: a line longer than max
// is skipped (discarded as it streams, never held whole) and reported as
// too long, so one monstrous line cannot exhaust memory or stop an import.
type lineReader struct {
	r    *bufio.Reader
	max  int
	line int64  // 1-based number of the line last returned
	buf  []byte // the current line; reused
	// head keeps the first bytes of a too-long line for the rejects excerpt.
	head []byte
}

// newLineReader wraps r; max bounds one line in bytes.
func newLineReader(r io.Reader, max int) *lineReader {
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < 64<<10 {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	return &lineReader{r: br, max: max}
}

// errLineTooLong marks a line that exceeded the bound; next returns the
// line's first bytes with it.
var errLineTooLong = errors.New("line too long")

// next returns the next line without its line ending. The slice is only
// valid until the next call. At the end it returns io.EOF; a final line
// without a newline is returned normally. A line over the bound returns
// errLineTooLong with an excerpt; any other error is the reader's.
func (l *lineReader) next() ([]byte, error) {
	if cap(l.buf) > 4<<20 {
		l.buf = nil // do not keep a huge buffer after one big line
	}
	l.buf = l.buf[:0]
	tooLong, read := false, false
	for {
		frag, err := l.r.ReadSlice('\n')
		if len(frag) > 0 {
			read = true
		}
		switch {
		case tooLong:
		case len(l.buf)+len(frag) > l.max:
			tooLong = true
			l.head = append(l.head[:0], l.buf[:min(len(l.buf), 1024)]...)
			if len(l.head) < 1024 {
				l.head = append(l.head, frag[:min(len(frag), 1024-len(l.head))]...)
			}
			l.buf = l.buf[:0]
		default:
			l.buf = append(l.buf, frag...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		if !read {
			return nil, io.EOF
		}
		l.line++
		if tooLong {
			return l.head, errLineTooLong
		}
		return trimEOL(l.buf), nil
	}
}

// trimEOL removes a trailing "\n" or "\r\n".
func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// cleaner repairs text that cannot be stored as is: invalid UTF-8 is
// replaced by U+FFFD and NUL bytes are removed. It tells the sink once per
// file, naming the first line where it happened.
type cleaner struct {
	sink             Sink
	badUTF8, sawNULs bool
}

// clean returns b repaired (b itself when it is already clean).
func (c *cleaner) clean(line int64, b []byte) []byte {
	if bytes.IndexByte(b, 0) >= 0 {
		b = bytes.ReplaceAll(b, []byte{0}, nil)
		if !c.sawNULs {
			c.sawNULs = true
			c.sink.Notice(fmt.Sprintf("NUL bytes removed (first at line %d)", line))
		}
	}
	if !utf8.Valid(b) {
		b = bytes.ToValidUTF8(b, []byte("\uFFFD"))
		if !c.badUTF8 {
			c.badUTF8 = true
			c.sink.Notice(fmt.Sprintf("invalid UTF-8 replaced with U+FFFD (first at line %d)", line))
		}
	}
	return b
}
