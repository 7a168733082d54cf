package ingest

import (
	"bytes"
	"encoding/json"
	"strings"
)

// jsonShape is what the JSON sniffers see of the first record in a file's
// head: the key paths present ("user.screen_name", "data.author_id"; array
// levels are transparent) and the first string value of each path. The head
// may end mid-record; the shape holds what was read before that.
type jsonShape struct {
	array    bool // the document is a JSON array (keys are its first element's)
	complete bool // the first record was read to its end
	keys     map[string]bool
	values   map[string]string
}

// has reports whether every path is present.
func (s *jsonShape) has(paths ...string) bool {
	for _, p := range paths {
		if !s.keys[p] {
			return false
		}
	}
	return true
}

// any reports whether at least one path is present.
func (s *jsonShape) any(paths ...string) bool {
	for _, p := range paths {
		if s.keys[p] {
			return true
		}
	}
	return false
}

// sniffDepth bounds how deep the sniffer records key paths.
const sniffDepth = 4

// sniffJSON reads the first JSON record of head (after an optional UTF-8 BOM
// and white space): the first value of a JSON Lines file or of a document,
// or the first element of a top-level array. ok is false when head does not
// start with '{' or '['. It never panics and stops at the first syntax error.
func sniffJSON(head []byte) (shape jsonShape, ok bool) {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 || (head[0] != '{' && head[0] != '[') {
		return shape, false
	}
	shape = jsonShape{array: head[0] == '[', keys: map[string]bool{}, values: map[string]string{}}
	type frame struct {
		object    bool
		expectKey bool
		key       string
	}
	var stack []frame
	path := func() string {
		var parts []string
		for _, f := range stack {
			if f.object && f.key != "" {
				parts = append(parts, f.key)
			}
		}
		return strings.Join(parts, ".")
	}
	// valueDone marks the end of a value in the enclosing frame and reports
	// whether the first record is complete.
	valueDone := func() bool {
		if len(stack) == 0 {
			return true
		}
		top := &stack[len(stack)-1]
		if top.object {
			top.expectKey = true
			top.key = ""
		}
		return shape.array && len(stack) == 1
	}
	dec := json.NewDecoder(bytes.NewReader(head))
	dec.UseNumber()
	for {
		tok, err := dec.Token()
		if err != nil {
			return shape, true
		}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				stack = append(stack, frame{object: t == '{', expectKey: t == '{'})
			default:
				stack = stack[:len(stack)-1]
				if valueDone() {
					shape.complete = true
					return shape, true
				}
			}
		default:
			if len(stack) == 0 {
				shape.complete = true
				return shape, true
			}
			top := &stack[len(stack)-1]
			if top.object && top.expectKey {
				k, _ := t.(string)
				top.key, top.expectKey = k, false
				if len(stack) <= sniffDepth+1 {
					shape.keys[path()] = true
				}
				continue
			}
			if s, isStr := t.(string); isStr {
				if p := path(); shape.values[p] == "" {
					shape.values[p] = s
				}
			}
			if valueDone() {
				shape.complete = true
				return shape, true
			}
		}
	}
}
