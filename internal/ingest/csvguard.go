package ingest

import (
	"bytes"
	"io"
	"sort"
)

// csvTooLarge is the value the guard puts in the last field of a record it
// cut short. A decoder that sees it rejects the record. It contains NUL bytes,
// which no text export writes.
const csvTooLarge = "\x00marsad:record-too-large\x00"

// csvGuard states: where the bytes passed so far leave the CSV parser. They
// mirror encoding/csv with LazyQuotes=true and Comma=',' exactly, so that the
// guard and the parser agree on where each record ends.
const (
	gFieldStart = iota // at the start of a field
	gUnquoted          // inside an unquoted field (quotes are literal)
	gQuoted            // inside a quoted field
	gQuoteSeen         // just read a '"' inside a quoted field
	gQuoteCR           // read '"' then '\r' inside a quoted field
)

// csvGuard is an io.Reader between the file and encoding/csv that cuts any
// record longer than max bytes (Options.MaxRecordBytes, 16 MiB by default;
// encoding/csv keeps a whole record in memory, so without a bound a single
// 5 GB field would exhaust memory): it ends the record early with a last field
// equal to csvTooLarge, discards the rest of the record (tracking quotes, so
// that it resumes at the true record end, not inside a quoted field) and goes
// on. It keeps memory constant whatever the input.
//
// Because discarded bytes hide newlines from the csv parser, the guard keeps
// a list of shifts so that realLine can turn the parser's line numbers back
// into line numbers of the file.
type csvGuard struct {
	r     io.Reader
	max   int
	state int
	n     int   // bytes of the current record passed so far
	lines int64 // newlines passed to the parser

	skipping bool
	skipped  int64  // newlines discarded while skipping the current record
	pending  []byte // terminator still to emit
	in       []byte // read buffer
	inPos    int
	inEnd    int
	err      error

	// shifts[i] says: records the parser numbers after line atLine start
	// add lines to their line number.
	shifts []csvShift
}

type csvShift struct {
	atLine int64 // parser line holding the terminator of a cut record
	add    int64 // cumulative newlines hidden up to and including that cut
}

func newCSVGuard(r io.Reader, max int) *csvGuard {
	return &csvGuard{r: r, max: max, in: make([]byte, 64<<10)}
}

// Read implements io.Reader.
func (g *csvGuard) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(g.pending) > 0 {
			c := copy(p[n:], g.pending)
			g.pending = g.pending[c:]
			n += c
			continue
		}
		if g.inPos == g.inEnd {
			if g.err != nil {
				break
			}
			if n > 0 {
				return n, nil // hand over what we have before blocking again
			}
			m, err := g.r.Read(g.in)
			g.inPos, g.inEnd, g.err = 0, m, err
			if m == 0 && err == nil {
				continue
			}
			continue
		}
		if !g.skipping && (g.state == gQuoted || g.state == gUnquoted) && g.n < g.max {
			// Fast path: inside a field only a few bytes change the state;
			// copy the run up to the next one in one go.
			win := g.in[g.inPos:g.inEnd]
			win = win[:min(len(win), len(p)-n, g.max-g.n)]
			var k int
			if g.state == gQuoted {
				k = bytes.IndexByte(win, '"')
			} else {
				k = bytes.IndexAny(win, ",\n")
			}
			if k < 0 {
				k = len(win)
			}
			if k > 0 {
				copy(p[n:], win[:k])
				if g.state == gQuoted {
					g.lines += int64(bytes.Count(win[:k], []byte{'\n'}))
				}
				n, g.n, g.inPos = n+k, g.n+k, g.inPos+k
				continue
			}
		}
		b := g.in[g.inPos]
		g.inPos++
		if g.skipping {
			if b == '\n' {
				g.skipped++
			}
			if g.step(b) {
				g.endSkip()
			}
			continue
		}
		if g.n >= g.max {
			g.cut()
			g.inPos-- // b belongs to the discarded part: examine it in skip mode
			continue
		}
		p[n] = b
		n++
		g.n++
		if b == '\n' {
			g.lines++
		}
		if g.step(b) {
			g.n = 0
		}
	}
	if n == 0 && g.err != nil {
		if g.skipping {
			// The input ended inside the cut record: finish it so the parser
			// still sees the sentinel.
			g.endSkip()
			return g.Read(p)
		}
		return 0, g.err
	}
	return n, nil
}

// step advances the state machine by one byte and reports whether the byte
// ended a record.
func (g *csvGuard) step(b byte) bool {
	switch g.state {
	case gFieldStart, gUnquoted:
		switch b {
		case '"':
			if g.state == gFieldStart {
				g.state = gQuoted
			}
		case ',':
			g.state = gFieldStart
		case '\n':
			g.state = gFieldStart
			return true
		default:
			g.state = gUnquoted
		}
	case gQuoted:
		if b == '"' {
			g.state = gQuoteSeen
		}
	case gQuoteSeen:
		switch b {
		case '"':
			g.state = gQuoted
		case ',':
			g.state = gFieldStart
		case '\n':
			g.state = gFieldStart
			return true
		case '\r':
			g.state = gQuoteCR
		default:
			g.state = gQuoted // a bare quote, kept as text (LazyQuotes)
		}
	case gQuoteCR:
		switch b {
		case '\n':
			g.state = gFieldStart
			return true
		case '"':
			g.state = gQuoteSeen
		default:
			g.state = gQuoted
		}
	}
	return false
}

// cut ends the current record for the parser with the sentinel field and
// switches to skip mode.
func (g *csvGuard) cut() {
	switch g.state {
	case gFieldStart:
		g.pending = []byte(csvTooLarge + "\n")
	case gUnquoted, gQuoteSeen:
		g.pending = []byte("," + csvTooLarge + "\n")
	default: // inside quotes: close them first
		g.pending = []byte("\"," + csvTooLarge + "\n")
	}
	g.lines++
	g.skipping = true
	g.skipped = 0
}

// endSkip is called when the discarded record ends (or the input does).
func (g *csvGuard) endSkip() {
	g.skipping = false
	g.state = gFieldStart
	g.n = 0
	hidden := g.skipped - 1 // the record's own final newline was replaced by the terminator's
	if g.inPos == g.inEnd && g.err != nil && (g.inEnd == 0 || g.in[g.inEnd-1] != '\n') {
		hidden = g.skipped // ended by EOF: no final newline to replace
	}
	if hidden < 0 {
		hidden = 0
	}
	if hidden > 0 {
		total := hidden
		if k := len(g.shifts); k > 0 {
			total += g.shifts[k-1].add
		}
		g.shifts = append(g.shifts, csvShift{atLine: g.lines, add: total})
	}
}

// realLine converts a line number reported by the csv parser into the line
// number in the original input.
func (g *csvGuard) realLine(line int64) int64 {
	i := sort.Search(len(g.shifts), func(i int) bool { return g.shifts[i].atLine >= line })
	if i == 0 {
		return line
	}
	return line + g.shifts[i-1].add
}
