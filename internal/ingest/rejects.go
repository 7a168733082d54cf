package ingest

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// MaxRejectExcerpt bounds the raw excerpt kept for a reject, in bytes.
const MaxRejectExcerpt = 1024

// excerpt returns at most MaxRejectExcerpt bytes of raw as valid UTF-8
// without NUL bytes, cut at a rune boundary, with "…" when cut.
func excerpt(raw []byte) string {
	cut := len(raw) > MaxRejectExcerpt
	if cut {
		raw = raw[:MaxRejectExcerpt]
		for len(raw) > 0 && !utf8.FullRune(raw[max(0, len(raw)-utf8.UTFMax):]) {
			raw = raw[:len(raw)-1]
		}
	}
	s := strings.ToValidUTF8(string(raw), "\uFFFD")
	s = strings.ReplaceAll(s, "\x00", "")
	if cut {
		s += "…"
	}
	return s
}

// rejectsFile writes rejects as JSON Lines (file, line, reason, raw). The
// file is created on the first reject only, so a clean import leaves none.
type rejectsFile struct {
	path string
	mu   sync.Mutex
	f    *os.File
	enc  *json.Encoder
	n    int64
}

// write appends one reject.
func (w *rejectsFile) write(r marsad.Reject) error {
	if w == nil || w.path == "" {
		return nil
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.f == nil {
		f, err := os.Create(w.path)
		if err != nil {
			return &rejectsError{fmt.Errorf("create rejects file: %w", err)}
		}
		w.f = f
		w.enc = json.NewEncoder(f)
		w.enc.SetEscapeHTML(false)
	}
	w.n++
	if err := w.enc.Encode(r); err != nil {
		return &rejectsError{fmt.Errorf("write rejects file %s: %w", w.path, err)}
	}
	return nil
}

// close closes the file if it was created.
func (w *rejectsFile) close() error {
	if w == nil || w.f == nil {
		return nil
	}
	return w.f.Close()
}

// rejectsError is a failure to write the rejects file; it stops the whole
// import, since rejects would otherwise be lost silently.
type rejectsError struct{ err error }

func (e *rejectsError) Error() string { return e.err.Error() }
func (e *rejectsError) Unwrap() error { return e.err }
