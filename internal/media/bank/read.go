package bank

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
)

// Format is a hash-list file format.
type Format string

// The formats Read and Write know.
const (
	FormatAuto Format = ""
	FormatCSV  Format = "csv"
	FormatJSON Format = "json"
	FormatTXT  Format = "txt"
)

// Reject is one row that was not imported, with why.
type Reject struct {
	Line   int    `json:"line"` // line (csv, txt) or element number (json), from 1
	Reason string `json:"reason"`
}

// Result is what Read found.
type Result struct {
	Entries []media.Entry
	Rejects []Reject // malformed rows (at most maxRejects kept)
	// Rejected counts every malformed row, Skipped the well-formed rows
	// that are deliberately not imported (negative class, other signal
	// types).
	Rejected int
	Skipped  int
}

const maxRejects = 1000

func (r *Result) reject(line int, format string, args ...any) {
	r.Rejected++
	if len(r.Rejects) < maxRejects {
		r.Rejects = append(r.Rejects, Reject{line, fmt.Sprintf(format, args...)})
	}
}

// DetectFormat picks the format from the file name's extension, else from
// the first bytes (JSON starts with '{' or '[', CSV has a comma in its
// header line, anything else is txt).
func DetectFormat(name string, head []byte) Format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".csv":
		return FormatCSV
	case ".json":
		return FormatJSON
	case ".txt":
		return FormatTXT
	}
	t := bytes.TrimLeft(head, " \t\r\n\ufeff")
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return FormatJSON
	}
	if line, _, _ := bytes.Cut(t, []byte("\n")); bytes.ContainsRune(line, ',') {
		return FormatCSV
	}
	return FormatTXT
}

// Read parses a hash list. name is used for format detection with
// FormatAuto. Malformed rows are rejected and reading continues; the error
// is for input that cannot be read at all.
func Read(r io.Reader, name string, f Format) (*Result, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if f == FormatAuto {
		head, _ := br.Peek(4096)
		f = DetectFormat(name, head)
	}
	res := &Result{}
	var err error
	switch f {
	case FormatCSV:
		err = readCSV(br, res)
	case FormatJSON:
		err = readJSON(br, res)
	case FormatTXT:
		err = readTXT(br, res)
	default:
		return nil, marsad.Errorf(marsad.EINVALID, "unknown hash-list format %q (want csv, json or txt)", f)
	}
	if err != nil {
		return nil, fmt.Errorf("hash list %s (%s): %w", name, f, err)
	}
	return res, nil
}

// kindOf maps a signal type name to a kind: ok is false for signal types
// that are not image hashes (video_md5, raw_text, url…).
func kindOf(signalType, hash string) (media.Kind, bool, error) {
	t := strings.ToLower(strings.TrimSpace(signalType))
	switch {
	case t == "":
		k, err := media.KindOf(hash)
		return k, err == nil, err
	case strings.Contains(t, "pdq"):
		return media.KindPDQ, true, nil
	case strings.Contains(t, "phash"):
		return media.KindPHash, true, nil
	case strings.Contains(t, "dhash"):
		return media.KindDHash, true, nil
	}
	return "", false, nil
}

// splitLabels splits a tags cell on spaces, commas, semicolons and bars
// (ThreatExchange separates tags with spaces).
func splitLabels(s string) []string {
	ls := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == ';' || r == '|' || r == '\t' })
	if len(ls) == 0 {
		return nil
	}
	return ls
}

// finish validates e and appends it, or records why not.
func (r *Result) finish(line int, signalType string, e media.Entry) {
	kind, ok, err := kindOf(signalType, e.Hash)
	if err != nil {
		r.reject(line, "%s", marsad.ErrorMessage(err))
		return
	}
	if !ok {
		r.Skipped++
		return
	}
	norm, err := media.NormalizeHash(kind, e.Hash)
	if err != nil {
		r.reject(line, "%s", marsad.ErrorMessage(err))
		return
	}
	if e.Quality < 0 || e.Quality > 100 {
		r.reject(line, "quality %d outside 0..100", e.Quality)
		return
	}
	e.Kind, e.Hash = kind, norm
	r.Entries = append(r.Entries, e)
}

func readTXT(br *bufio.Reader, res *Result) error {
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSpace(sc.Text())
		if line == 1 {
			s = strings.TrimPrefix(s, "\ufeff")
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		fields := strings.Fields(s)
		switch len(fields) {
		case 1:
			res.finish(line, "", media.Entry{Hash: fields[0]})
		case 2:
			res.finish(line, fields[0], media.Entry{Hash: fields[1]})
		default:
			res.reject(line, "want \"HASH\" or \"SIGNAL_TYPE HASH\", got %d fields", len(fields))
		}
	}
	if err := sc.Err(); err != nil {
		return marsad.Errorf(marsad.EINVALID, "read failed: %v", err)
	}
	return nil
}

// csvColumns maps header names (lower-case) to entry fields.
var csvColumns = map[string]string{
	"signal_str": "hash", "signal_value": "hash", "signal": "hash", "hash": "hash", "hash_value": "hash",
	"pdq_hash_hex": "hash", "indicator": "hash", "photo_hash": "hash", "media_hash": "hash", "image_hash": "hash",
	"signal_type": "type", "hash_type": "type", "kind": "type", "type": "type", "algorithm": "type",
	"quality": "quality", "pdq_quality": "quality",
	"tags": "labels", "labels": "labels", "label": "labels",
	"collab": "source", "source": "source", "collab_name": "source", "privacy_group": "source",
	"content_uri": "uri", "url": "uri", "media_url": "uri", "file": "uri",
	"note": "note", "description": "note",
	"category": "category", "added_at": "added",
}

func readCSV(br *bufio.Reader, res *Result) error {
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		return marsad.Errorf(marsad.EINVALID, "no CSV header: %v", err)
	}
	col := map[string]int{}
	type kindCol struct {
		i    int
		kind media.Kind
	}
	var kindCols []kindCol // columns named pdq / phash / dhash
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		switch h {
		case "pdq", "phash", "dhash":
			kindCols = append(kindCols, kindCol{i, media.Kind(h)})
			continue
		}
		if f, ok := csvColumns[h]; ok {
			if _, dup := col[f]; !dup {
				col[f] = i
			}
		}
	}
	if _, ok := col["hash"]; !ok && len(kindCols) == 0 {
		return marsad.Errorf(marsad.EINVALID, "CSV header %q has no hash column (signal_str, hash, pdq or phash)", strings.Join(header, ","))
	}
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				res.reject(pe.Line, "bad CSV: %v", pe.Err)
				continue
			}
			return marsad.Errorf(marsad.EINVALID, "read failed: %v", err)
		}
		line, _ := cr.FieldPos(0)
		get := func(f string) string {
			if i, ok := col[f]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if strings.EqualFold(get("category"), "NEGATIVE_CLASS") {
			res.Skipped++
			continue
		}
		e := media.Entry{Labels: splitLabels(get("labels")), Source: get("source"), ContentURI: get("uri"), Note: get("note")}
		if q := get("quality"); q != "" {
			n, err := strconv.Atoi(q)
			if err != nil {
				res.reject(line, "quality %q is not a number", q)
				continue
			}
			e.Quality = n
		}
		if a := get("added"); a != "" {
			t, err := time.Parse(time.RFC3339, a)
			if err != nil {
				res.reject(line, "added_at %q is not RFC 3339", a)
				continue
			}
			e.AddedAt = t
		}
		found := 0
		if h := get("hash"); h != "" {
			e.Hash = h
			res.finish(line, get("type"), e)
			found++
		}
		for _, kc := range kindCols {
			if kc.i < len(rec) && strings.TrimSpace(rec[kc.i]) != "" {
				e.Hash = strings.TrimSpace(rec[kc.i])
				res.finish(line, string(kc.kind), e)
				found++
			}
		}
		if found == 0 {
			res.reject(line, "no hash in this row")
		}
	}
}
