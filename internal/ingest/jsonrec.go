package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// recordFunc handles one JSON record: its line (JSON Lines) or record
// number (documents), and its bytes, valid only during the call. It returns
// a reason string to reject the record, or an error to stop decoding.
type recordFunc func(line int64, raw []byte) (reject string, err error)

// jsonRecords streams the JSON records of r to fn. It accepts
//
//   - JSON Lines: one value per line (the common form of collectors' output);
//     a malformed or over-long line is rejected and decoding goes on;
//   - a JSON array of values, streamed element by element (never loaded);
//   - one JSON document, or several concatenated, e.g. a pretty-printed tweet.
//
// It tells them apart by content: a file starting with '[' is an array; a
// file whose first line is not a complete line-shaped record ("{" alone, or
// "{" followed by an unterminated value) is a document; otherwise JSON Lines.
// In the document forms a syntax error cannot be skipped, so it rejects the
// rest of the file as one record and returns nil: the records before it stay.
func jsonRecords(ctx context.Context, r io.Reader, opts Options, sink Sink, fn recordFunc) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if err := skipBOMAndSpace(br); err != nil {
		if err == io.EOF {
			return nil
		}
		return err
	}
	head, _ := br.Peek(64 << 10)
	if len(head) > 0 && head[0] == '[' {
		return jsonDocument(ctx, br, opts, sink, fn, true)
	}
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		first := bytes.TrimSpace(head[:i])
		if !bytes.HasSuffix(first, []byte("}")) {
			return jsonDocument(ctx, br, opts, sink, fn, false)
		}
	}
	return jsonLines(ctx, br, opts, sink, fn)
}

// skipBOMAndSpace consumes a UTF-8 byte order mark and leading white space.
func skipBOMAndSpace(br *bufio.Reader) error {
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	for {
		b, err := br.Peek(1)
		if err != nil {
			return err
		}
		if b[0] != ' ' && b[0] != '\t' && b[0] != '\r' && b[0] != '\n' {
			return nil
		}
		br.Discard(1)
	}
}

// jsonLines handles the JSON Lines form.
func jsonLines(ctx context.Context, r io.Reader, opts Options, sink Sink, fn recordFunc) error {
	lr := newLineReader(r, opts.maxRecord())
	cl := cleaner{sink: sink}
	for {
		if lr.line%1024 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		b, err := lr.next()
		if err == io.EOF {
			return nil
		}
		if err == errLineTooLong {
			reason := fmt.Sprintf("line longer than %d bytes (raise --max-record to read it)", opts.maxRecord())
			if err := sink.Reject(lr.line, reason, b); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return err
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		b = cl.clean(lr.line, b)
		reject, err := fn(lr.line, b)
		if err != nil {
			return err
		}
		if reject != "" {
			if !json.Valid(b) { // say why plainly; checked only for rejects
				reject = "malformed JSON"
				if _, perr := lr.r.Peek(1); perr == io.EOF {
					reject = "malformed JSON (truncated last line?)"
				}
			}
			if err := sink.Reject(lr.line, reject, b); err != nil {
				return err
			}
		}
	}
}

// jsonDocument handles a top-level array (array true) or a sequence of
// documents, record by record, with each record bounded in size.
func jsonDocument(ctx context.Context, r io.Reader, opts Options, sink Sink, fn recordFunc, array bool) error {
	cr := &boundedReader{r: r, max: int64(opts.maxRecord()) + 64<<10}
	dec := json.NewDecoder(cr)
	if array {
		if _, err := dec.Token(); err != nil {
			return syntaxOrRead(sink, 1, err)
		}
	}
	cl := cleaner{sink: sink}
	var n int64
	for array && dec.More() || !array {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		n++
		cr.n = 0
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF && !array {
			return nil
		}
		if err != nil {
			if errors.Is(err, errRecordTooLong) {
				return sink.Reject(n, fmt.Sprintf("record %d is longer than %d bytes; the rest of the file was not read (raise --max-record)", n, opts.maxRecord()), nil)
			}
			return syntaxOrRead(sink, n, err)
		}
		raw = cl.clean(n, raw)
		reject, err := fn(n, raw)
		if err != nil {
			return err
		}
		if reject != "" {
			if err := sink.Reject(n, reject, raw); err != nil {
				return err
			}
		}
	}
	return nil
}

// syntaxOrRead turns a JSON syntax error or a truncated document into a
// reject of the rest of the file, and passes any other (read) error on.
func syntaxOrRead(sink Sink, n int64, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) || err == io.ErrUnexpectedEOF {
		return sink.Reject(n, fmt.Sprintf("malformed JSON in record %d: %v; the rest of the file was not read", n, err), nil)
	}
	return err
}

// errRecordTooLong is returned by boundedReader past its bound.
var errRecordTooLong = errors.New("record too long")

// boundedReader fails once more than max bytes were read since n was last
// reset, bounding the memory a JSON decoder may buffer for one record.
type boundedReader struct {
	r   io.Reader
	n   int64
	max int64
}

func (b *boundedReader) Read(p []byte) (int, error) {
	if b.n > b.max {
		return 0, errRecordTooLong
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}
