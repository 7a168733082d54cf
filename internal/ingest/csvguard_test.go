package ingest

import (
	"bytes"
	"context"
	"encoding/csv"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// readTable decodes in through a table with a small record bound and returns
// the good rows (joined by '|') with their lines, and the reject lines.
func readTable(t *testing.T, in string, max int) (rows []string, lines, rejects []int64) {
	t.Helper()
	s := &collectSink{}
	tab, err := openCSVTableLimit(iotest.OneByteReader(strings.NewReader(in)), "test", s, max)
	if err != nil {
		t.Fatal(err)
	}
	for tab.Next(context.Background()) {
		rows = append(rows, strings.Join(tab.rec, "|"))
		lines = append(lines, tab.Line())
	}
	if err := tab.Err(); err != nil {
		t.Fatal(err)
	}
	return rows, lines, rejectLines(s)
}

func TestCSVGuardCutsLargeRecords(t *testing.T) {
	long := strings.Repeat("x", 100)
	manyLines := strings.Repeat("zz\n", 100)
	tests := []struct {
		name    string
		in      string
		rows    []string
		lines   []int64
		rejects []int64
	}{
		{"unquoted", "a,b\n1,2\n" + long + ",y\n3,4\n", []string{"1|2", "3|4"}, []int64{2, 4}, []int64{3}},
		{"quoted with newlines", "a,b\n1,\"" + manyLines + "\"\n3,4\n5,6\n", []string{"3|4", "5|6"}, []int64{103, 104}, []int64{2}},
		{"cut after an escaped quote", "a,b\n1,\"ab\"\"" + long + "\"\n3,4\n", []string{"3|4"}, []int64{3}, []int64{2}},
		{"cut right after a quote", "a,b\n1,\"" + strings.Repeat("q", 28) + "\"\"\"\n3,4\n", []string{"3|4"}, []int64{3}, []int64{2}},
		{"at end of input", "a,b\n1,2\n3," + long, []string{"1|2"}, []int64{2}, []int64{3}},
		{"unterminated quote swallows the rest", "a,b\n1,\"" + long + "\n3,4\n", nil, nil, []int64{2}},
		{"two large records", "a,b\n" + long + ",\n" + "\"" + manyLines + "\",1\n7,8\n", []string{"7|8"}, []int64{104}, []int64{2, 3}},
		{"small records pass", "a,b\n\"x\ny\",2\n\n3,\"4\"\"\"\n", []string{"x\ny|2", "3|4\""}, []int64{2, 5}, nil},
		{"CRLF after closing quote", "a,b\r\n1,\"2\"\r\n3," + long + "\r\n5,6\r\n", []string{"1|2", "5|6"}, []int64{2, 4}, []int64{3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, lines, rejects := readTable(t, tt.in, 32)
			if !reflect.DeepEqual(rows, tt.rows) || !reflect.DeepEqual(lines, tt.lines) || !reflect.DeepEqual(rejects, tt.rejects) {
				t.Errorf("rows %q lines %v rejects %v; want %q %v %v", rows, lines, rejects, tt.rows, tt.lines, tt.rejects)
			}
		})
	}
}

// TestCSVGuardHugeField feeds a 50 MB single field, as the issue asks: it
// becomes one reject and the next row is read.
func TestCSVGuardHugeField(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	in := io.MultiReader(strings.NewReader("follower_id,followee_id\n1,\""),
		io.LimitReader(repeatReader('a'), 50<<20), strings.NewReader("\"\n3,4\n"))
	s := &collectSink{}
	if err := FollowsCSV.Decode(context.Background(), in, Options{}, s); err != nil {
		t.Fatal(err)
	}
	if len(s.Rejects) != 1 || s.Rejects[0].Line != 2 || len(s.Follows) != 1 || s.Follows[0].FollowerID != "3" {
		t.Errorf("rejects %d follows %+v", len(s.Rejects), s.Follows)
	}
	if len(s.Rejects) == 1 && len(s.Rejects[0].Raw) > 4096 {
		t.Errorf("reject excerpt is %d bytes", len(s.Rejects[0].Raw))
	}
}

type repeatReader byte

func (r repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// FuzzCSVGuard checks that below the bound the guard passes bytes through
// unchanged, and that above it encoding/csv still parses its output into
// records no longer than the bound plus the sentinel.
func FuzzCSVGuard(f *testing.F) {
	for _, s := range []string{"a,b\n1,2\n", "\"a\"\"\",b\r\n\"x\ny\",z", "a\"b,\"c\"d\"\n", "\"\r\"\n,\"\"\r\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := io.ReadAll(newCSVGuard(bytes.NewReader(data), len(data)+1))
		if err != nil || !bytes.Equal(out, data) {
			t.Fatalf("identity broken: %q → %q (%v)", data, out, err)
		}
		r := csv.NewReader(newCSVGuard(bytes.NewReader(data), 8))
		r.LazyQuotes, r.FieldsPerRecord = true, -1
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				continue
			}
			n := 0
			for _, f := range rec {
				if f != csvTooLarge {
					n += len(f)
				}
			}
			if n > 8 {
				t.Fatalf("record of %d bytes passed a bound of 8: %q", n, rec)
			}
		}
	})
}

// TestCSVMaxRecordOption checks that Options.MaxRecordBytes (--max-record)
// bounds CSV records.
func TestCSVMaxRecordOption(t *testing.T) {
	in := "follower_id,followee_id\n1,2\n" + strings.Repeat("9", 200) + ",3\n4,5\n"
	s, err := decodeCSVString(t, &FollowsCSV, in, Options{MaxRecordBytes: 64})
	if err != nil || len(s.Follows) != 2 || !reflect.DeepEqual(rejectLines(s), []int64{3}) ||
		!strings.Contains(s.Rejects[0].Reason, "64 bytes") {
		t.Errorf("err %v follows %+v rejects %+v", err, s.Follows, s.Rejects)
	}
	s, _ = decodeCSVString(t, &FollowsCSV, in, Options{})
	if len(s.Rejects) != 1 || len(s.Follows) != 2 {
		t.Errorf("default bound: %+v", s)
	}
}
