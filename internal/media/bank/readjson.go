package bank

import (
	"bufio"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/media"
)

// readJSON streams a JSON hash list: an array of objects, or an object
// whose "entries" (or "signals", "hashes") member is such an array. Other
// members of the document are ignored.
func readJSON(br *bufio.Reader, res *Result) error {
	dec := json.NewDecoder(br)
	tok, err := dec.Token()
	if err != nil {
		return marsad.Errorf(marsad.EINVALID, "not JSON: %v", err)
	}
	switch tok {
	case json.Delim('['):
		return readJSONArray(dec, res)
	case json.Delim('{'):
		found := false
		for dec.More() {
			kt, err := dec.Token()
			if err != nil {
				return marsad.Errorf(marsad.EINVALID, "bad JSON: %v", err)
			}
			key, _ := kt.(string)
			switch strings.ToLower(key) {
			case "entries", "signals", "hashes":
				if t, err := dec.Token(); err != nil || t != json.Delim('[') {
					return marsad.Errorf(marsad.EINVALID, "%q must be an array", key)
				}
				if err := readJSONArray(dec, res); err != nil {
					return err
				}
				found = true
			default:
				var skip json.RawMessage
				if err := dec.Decode(&skip); err != nil {
					return marsad.Errorf(marsad.EINVALID, "bad JSON in %q: %v", key, err)
				}
			}
		}
		if !found {
			return marsad.Errorf(marsad.EINVALID, "JSON object has no \"entries\" array")
		}
		return nil
	}
	return marsad.Errorf(marsad.EINVALID, "JSON hash list must be an array or an object with \"entries\"")
}

// readJSONArray reads array elements up to and including the closing ']'.
func readJSONArray(dec *json.Decoder, res *Result) error {
	for n := 1; dec.More(); n++ {
		var obj map[string]json.RawMessage
		if err := dec.Decode(&obj); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) || errors.Is(err, io.ErrUnexpectedEOF) {
				return marsad.Errorf(marsad.EINVALID, "bad JSON at element %d: %v", n, err)
			}
			res.reject(n, "not an object: %v", err)
			continue
		}
		readJSONObject(n, obj, res)
	}
	if _, err := dec.Token(); err != nil {
		return marsad.Errorf(marsad.EINVALID, "bad JSON: %v", err)
	}
	return nil
}

// readJSONObject reads one element: an entry (signal_type + signal_str or
// hash) or an HMA signal map ({"pdq": "…", "phash": "…"}, possibly under
// "signals"), with optional metadata.
func readJSONObject(n int, obj map[string]json.RawMessage, res *Result) {
	str := func(keys ...string) string {
		for _, k := range keys {
			var s string
			if raw, ok := obj[k]; ok && json.Unmarshal(raw, &s) == nil {
				return strings.TrimSpace(s)
			}
		}
		return ""
	}
	e := media.Entry{Source: str("source", "collab"), ContentURI: str("content_uri", "url"), Note: str("note")}
	if meta, ok := obj["metadata"]; ok {
		var m struct {
			ContentURI string `json:"content_uri"`
			ContentID  string `json:"content_id"`
		}
		if json.Unmarshal(meta, &m) == nil && e.ContentURI == "" {
			e.ContentURI = m.ContentURI
		}
	}
	for _, k := range []string{"tags", "labels"} {
		if raw, ok := obj[k]; ok {
			var list []string
			var one string
			if json.Unmarshal(raw, &list) == nil {
				e.Labels = append(e.Labels, list...)
			} else if json.Unmarshal(raw, &one) == nil {
				e.Labels = append(e.Labels, splitLabels(one)...)
			} else {
				res.reject(n, "%q must be a string or an array of strings", k)
				return
			}
		}
	}
	if raw, ok := obj["quality"]; ok {
		var q json.Number
		if err := json.Unmarshal(raw, &q); err != nil {
			res.reject(n, "quality is not a number")
			return
		}
		v, err := strconv.Atoi(q.String())
		if err != nil {
			res.reject(n, "quality %s is not an integer", q)
			return
		}
		e.Quality = v
	}
	if a := str("added_at"); a != "" {
		t, err := time.Parse(time.RFC3339, a)
		if err != nil {
			res.reject(n, "added_at %q is not RFC 3339", a)
			return
		}
		e.AddedAt = t
	}
	if strings.EqualFold(str("category"), "NEGATIVE_CLASS") {
		res.Skipped++
		return
	}
	if h := str("signal_str", "hash", "signal_value"); h != "" {
		e.Hash = h
		res.finish(n, str("signal_type", "kind", "hash_type"), e)
		return
	}
	signals := obj
	if raw, ok := obj["signals"]; ok {
		if err := json.Unmarshal(raw, &signals); err != nil {
			res.reject(n, "\"signals\" must be an object of signal type to hash")
			return
		}
	}
	found := 0
	for _, k := range []string{"pdq", "phash", "dhash"} {
		var h string
		if raw, ok := signals[k]; ok && json.Unmarshal(raw, &h) == nil && h != "" {
			e.Hash = h
			res.finish(n, k, e)
			found++
		}
	}
	if found == 0 {
		res.reject(n, "no hash (signal_str, hash, or a pdq/phash/dhash member)")
	}
}
