package ingest

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/klauspost/compress/zstd"
)

// ReadError is a failure to read a file's bytes: an I/O error, a truncated
// or corrupt compressed stream, or a decompression bomb. Decoders pass it on
// unchanged, and the importer rolls the file back: unlike a malformed record,
// it means the rest of the file cannot be trusted.
type ReadError struct {
	Path        string
	Compression string // "gzip", "zstd", "bzip2" or "" for plain files
	Err         error
}

func (e *ReadError) Error() string {
	switch {
	case errors.Is(e.Err, errTooLarge):
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	case e.Compression != "" && (errors.Is(e.Err, io.ErrUnexpectedEOF) || isCorrupt(e.Err)):
		return fmt.Sprintf("%s: truncated or corrupt %s stream (%v)", e.Path, e.Compression, e.Err)
	case e.Compression != "":
		return fmt.Sprintf("%s: reading %s stream: %v", e.Path, e.Compression, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *ReadError) Unwrap() error { return e.Err }

// isCorrupt reports whether err is a decompressor's "bad data" error.
func isCorrupt(err error) bool {
	var be bzip2.StructuralError
	return errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) || errors.As(err, &be) ||
		errors.Is(err, zstd.ErrMagicMismatch) || errors.Is(err, zstd.ErrCRCMismatch)
}

// errTooLarge is the decompression-bomb guard's error.
var errTooLarge = errors.New("decompressed data exceed the limit (possible decompression bomb; raise --max-decompressed if the file is genuine)")

// openedFile is a file ready to be detected and decoded: raw bytes are
// counted for progress, compressed content is decompressed transparently
// (by magic bytes, not by file name), and head holds its first bytes.
type openedFile struct {
	Compression string
	Head        []byte    // up to DetectBytes of decompressed content
	Reader      io.Reader // decompressed content from the start (Head included)
	close       []func() error
}

// Close releases the file and decompressors.
func (o *openedFile) Close() error {
	var first error
	for i := len(o.close) - 1; i >= 0; i-- {
		if err := o.close[i](); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// DefaultMaxRatio and DefaultMinMaxDecompressed set the default bomb guard:
// a compressed file may expand to max(1 GiB, 100 × its size).
const (
	DefaultMaxRatio           = 100
	DefaultMinMaxDecompressed = 1 << 30
)

// openFile opens path for decoding. maxOut bounds the decompressed bytes of
// a compressed file (0 = the default guard); onRead is called with every
// count of raw bytes read (for progress), and may be nil.
func openFile(path string, maxOut int64, onRead func(int64)) (*openedFile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	o := &openedFile{close: []func() error{f.Close}}
	st, err := f.Stat()
	if err != nil {
		o.Close()
		return nil, err
	}
	raw := bufio.NewReaderSize(&countingReader{r: f, add: onRead}, 256<<10)
	magic, _ := raw.Peek(4)
	var r io.Reader = raw
	switch {
	case bytes.HasPrefix(magic, []byte{0x1f, 0x8b}):
		o.Compression = "gzip"
		zr, err := gzip.NewReader(raw)
		if err != nil {
			o.Close()
			return nil, &ReadError{Path: path, Compression: o.Compression, Err: err}
		}
		o.close = append(o.close, zr.Close)
		r = zr
	case bytes.HasPrefix(magic, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		o.Compression = "zstd"
		zr, err := zstd.NewReader(raw, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(1<<30))
		if err != nil {
			o.Close()
			return nil, &ReadError{Path: path, Compression: o.Compression, Err: err}
		}
		o.close = append(o.close, func() error { zr.Close(); return nil })
		r = zr
	case bytes.HasPrefix(magic, []byte("BZh")):
		o.Compression = "bzip2"
		r = bzip2.NewReader(raw)
	}
	if o.Compression != "" {
		if maxOut <= 0 {
			maxOut = max(DefaultMinMaxDecompressed, DefaultMaxRatio*st.Size())
		}
		r = &guardReader{r: r, left: maxOut}
	}
	br := bufio.NewReaderSize(&errReader{r: r, path: path, compression: o.Compression}, DetectBytes)
	o.Head, err = br.Peek(DetectBytes)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		o.Close()
		return nil, err
	}
	o.Reader = br
	return o, nil
}

// countingReader reports the bytes read through it.
type countingReader struct {
	r   io.Reader
	add func(int64)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	if n > 0 && c.add != nil {
		c.add(int64(n))
	}
	return n, err
}

// guardReader fails with errTooLarge once more than left bytes came out.
type guardReader struct {
	r    io.Reader
	left int64
}

func (g *guardReader) Read(p []byte) (int, error) {
	if g.left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > g.left {
		p = p[:g.left]
	}
	n, err := g.r.Read(p)
	g.left -= int64(n)
	return n, err
}

// errReader wraps every error but io.EOF in a *ReadError naming the file.
type errReader struct {
	r           io.Reader
	path        string
	compression string
}

func (e *errReader) Read(p []byte) (int, error) {
	n, err := e.r.Read(p)
	if err != nil && err != io.EOF {
		var re *ReadError
		if !errors.As(err, &re) {
			err = &ReadError{Path: e.path, Compression: e.compression, Err: err}
		}
	}
	return n, err
}
