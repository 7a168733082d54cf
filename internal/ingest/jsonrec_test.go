package ingest

import (
	"context"
	"strings"
	"testing"
)

// TestJSONRecordsForms checks how each container form is split into
// records, with the line or record number each record gets.
func TestJSONRecordsForms(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // record bytes
		lines    []int64
		rejects  int
	}{
		{"jsonl", "{\"a\":1}\n\n{\"a\":2}\r\n", []string{`{"a":1}`, `{"a":2}`}, []int64{1, 3}, 0},
		{"jsonl bad first line", "{\"a\":}\n{\"a\":2}\n", []string{`{"a":}`, `{"a":2}`}, []int64{1, 2}, 0},
		{"array", "\xEF\xBB\xBF [ {\"a\":1},\n {\"a\":2} ]", []string{`{"a":1}`, `{"a":2}`}, []int64{1, 2}, 0},
		{"pretty documents", "{\n  \"a\": 1\n}\n{\n  \"a\": 2\n}\n", []string{"{\n  \"a\": 1\n}", "{\n  \"a\": 2\n}"}, []int64{1, 2}, 0},
		{"cut array", `[{"a":1},{"a":`, []string{`{"a":1}`}, []int64{1}, 1},
		{"empty", "  \n", nil, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &collectSink{}
			var got []string
			var lines []int64
			err := jsonRecords(context.Background(), strings.NewReader(tt.in), Options{}, s, func(line int64, raw []byte) (string, error) {
				got = append(got, string(raw))
				lines = append(lines, line)
				return "", nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(s.Rejects) != tt.rejects {
				t.Errorf("records %q rejects %v, want %q and %d rejects", got, s.Rejects, tt.want, tt.rejects)
			}
			for i := range lines {
				if i < len(tt.lines) && lines[i] != tt.lines[i] {
					t.Errorf("record %d line %d, want %d", i, lines[i], tt.lines[i])
				}
			}
		})
	}
}

// TestJSONArrayHugeRecord checks that an array element over the bound is
// rejected without being buffered whole, and earlier elements are kept.
func TestJSONArrayHugeRecord(t *testing.T) {
	in := `[{"a":1},{"text":"` + strings.Repeat("x", 4<<20) + `"},{"a":3}]`
	s := &collectSink{}
	n := 0
	err := jsonRecords(context.Background(), strings.NewReader(in), Options{MaxRecordBytes: 1 << 20}, s, func(int64, []byte) (string, error) {
		n++
		return "", nil
	})
	if err != nil || n != 1 || len(s.Rejects) != 1 || !strings.Contains(s.Rejects[0].Reason, "longer than") {
		t.Errorf("err=%v records=%d rejects=%+v", err, n, s.Rejects)
	}
}
