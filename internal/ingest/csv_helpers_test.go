package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// csvFixture is the path of a hand-written CSV fixture.
func csvFixture(name string) string { return filepath.Join("testdata", "csv", name) }

// decodeCSVString runs format f over an in-memory input.
func decodeCSVString(t *testing.T, f *Format, in string, opts Options) (*collectSink, error) {
	t.Helper()
	s := &collectSink{}
	err := f.Decode(context.Background(), strings.NewReader(in), opts, s)
	return s, err
}

// mustTime parses an RFC3339 time for expectations.
func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	ts, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// rejectLines returns the lines of the rejects, in order.
func rejectLines(s *collectSink) []int64 {
	var out []int64
	for _, r := range s.Rejects {
		out = append(out, r.Line)
	}
	return out
}

// csvFuzzDecode is the body of every CSV decoder fuzz test: any input must
// decode without panicking, every reject must have a positive line, and
// every post must have an id.
func csvFuzzDecode(t *testing.T, f *Format, data []byte, opts Options) {
	s := &collectSink{}
	_ = f.Decode(context.Background(), strings.NewReader(string(data)), opts, s)
	for _, r := range s.Rejects {
		if r.Line < 1 {
			t.Fatalf("reject with line %d: %+v", r.Line, r)
		}
	}
	for _, p := range s.Posts {
		if p.ID == "" || p.AccountID == "" {
			t.Fatalf("post without id or account: %+v", p)
		}
	}
	if f.Detect != nil {
		_ = f.Detect(data)
	}
}
