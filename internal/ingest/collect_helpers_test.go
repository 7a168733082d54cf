package ingest

import (
	"context"
	"os"
	"strings"
	"testing"
)

// decodeString runs f over in and returns what it emitted.
func decodeString(t *testing.T, f *Format, in string) *collectSink {
	t.Helper()
	s := &collectSink{}
	if err := f.Decode(context.Background(), strings.NewReader(in), Options{}, s); err != nil {
		t.Fatalf("%s decode: %v", f.Name, err)
	}
	return s
}

// readHead returns the first DetectBytes of a file.
func readHead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b[:min(len(b), DetectBytes)]
}
