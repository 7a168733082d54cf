// Package ingest reads the file formats researchers hold (tweet-v1, twarc2,
// IO archives, Telegram exports, CSVs…) as streams of marsad records.
//
// Each format lives in its own file and is a Format value: a content sniffer
// (Detect) and a streaming decoder (Decode) that hands records to a Sink.
// Decoders never load a whole file: they read record by record, report each
// malformed record to Sink.Reject with its line and go on, and return an
// error only when the input as a whole cannot be read.
//
// Import drives the formats over files and directories into a
// marsad.ImportService: it opens files (gzip, zstd and bzip2 by magic
// bytes, with a decompression-bomb guard), detects each file's format by
// content, skips files already imported (same sha256), and imports each
// file in one transaction with batched writes, rejects (to the store and a
// JSON Lines rejects file) and a per-file summary. docs/FORMATS.md
// describes every format's mapping.
package ingest

import (
	"context"
	"io"

	"github.com/marsad-project/marsad"
)

// Sink receives decoded records. The importer's sink batches them into the
// store; tests use a collecting sink. A Sink error (e.g. the store failed)
// must stop the decoder and be returned from Decode.
// Pointers passed to a Sink are not retained by the decoder after the call.
type Sink interface {
	Account(a *marsad.Account) error
	Post(p *marsad.Post) error
	Follow(f *marsad.Follow) error
	StatusChange(s *marsad.StatusChange) error
	Watchlist(e *marsad.WatchlistEntry) error
	MediaHash(h *marsad.MediaHash) error
	// Reject reports a record that cannot be imported: its 1-based line (or
	// record number for non-line formats), a reason for a human, and the raw
	// bytes (the sink bounds and sanitises them).
	Reject(line int64, reason string, raw []byte) error
	// Notice reports something the user should know that is not a reject,
	// e.g. "unknown column X ignored". Repeated notices are shown once.
	Notice(msg string)
}

// Options tune decoding. The zero value is valid.
type Options struct {
	// Map is the column mapping for the generic csv format: marsad field →
	// column name (id, account, handle, text, time, …; see csv.go).
	Map map[string]string
	// TimeLayout, if set, is the Go time layout for time columns; otherwise
	// layouts are detected.
	TimeLayout string
	// Platform overrides the platform of the records (e.g. "facebook").
	Platform string
	// MediaDir maps media URLs to files below this directory when the
	// collection includes downloaded media.
	MediaDir string
	// MaxRecordBytes bounds one line or JSON record (0 means
	// DefaultMaxRecordBytes). A longer line is rejected with its line number
	// without being read into memory whole, and decoding goes on.
	MaxRecordBytes int
}

// DefaultMaxRecordBytes is the default bound of one line or record: large
// enough for any real API page, small enough to keep memory bounded.
const DefaultMaxRecordBytes = 16 << 20

// maxRecord returns the effective record bound.
func (o Options) maxRecord() int {
	if o.MaxRecordBytes > 0 {
		return o.MaxRecordBytes
	}
	return DefaultMaxRecordBytes
}

// Format is one importable format.
type Format struct {
	// Name is what users pass to --format and what sources record.
	Name string
	// Description is one line for `marsad import --help`.
	Description string
	// Detect reports whether head, the first bytes (up to DetectBytes) of the
	// decompressed content, looks like this format. It must not panic on any
	// input and should be strict enough that formats do not overlap.
	Detect func(head []byte) bool
	// Decode streams records from r to sink.
	Decode func(ctx context.Context, r io.Reader, opts Options, sink Sink) error
}

// DetectBytes is how much of a file Detect sees.
const DetectBytes = 64 << 10
