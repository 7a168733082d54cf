package graphio

import (
	"bufio"
	"encoding/xml"
	"strings"
	"unicode/utf8"
)

// xw is a small streaming XML writer that remembers the first error.
type xw struct {
	w   *bufio.Writer
	err error
}

func (x *xw) raw(s string) {
	if x.err == nil {
		_, x.err = x.w.WriteString(s)
	}
}

// esc writes s escaped for an attribute value or text, dropping characters
// XML 1.0 cannot carry (control characters, invalid UTF-8).
func (x *xw) esc(s string) {
	if x.err != nil {
		return
	}
	s = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || (r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF) {
			if r == utf8.RuneError {
				return -1
			}
			return r
		}
		return -1
	}, s)
	x.err = xml.EscapeText(x.w, []byte(s))
}

// attr writes ` name="value"`.
func (x *xw) attr(name, value string) {
	x.raw(" " + name + `="`)
	x.esc(value)
	x.raw(`"`)
}
