package ingest

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/maphash"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad"
)

// csvNull reports whether a cell means "no value" in the exports we read:
// empty, or the placeholders pandas and the IO archives write.
func csvNull(s string) bool {
	switch s {
	case "", "absent", "nan", "NaN", "None", "null", "NULL", "[]", "N/A":
		return true
	}
	return false
}

// csvID cleans an id cell. Platform ids are kept as strings; a pandas float
// spelling of an integer ("123.0") is repaired. ok is false when the cell
// holds an id that lost digits in scientific notation ("1.23e+18") or
// contains spaces or control characters or is longer than 128 bytes, which
// no platform id does.
func csvID(s string) (id string, ok bool) {
	s = strings.TrimSpace(s)
	if csvNull(s) {
		return "", true
	}
	if len(s) > 128 {
		return "", false // no platform id is this long
	}
	if strings.HasSuffix(s, ".0") && csvDigits(s[:len(s)-2]) {
		s = s[:len(s)-2]
	}
	if csvDigits(strings.TrimPrefix(s, "-")) {
		return s, true
	}
	if strings.ContainsAny(s, "eE") && strings.Contains(s, ".") {
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return "", false
		}
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f {
			return "", false
		}
	}
	return s, true
}

// csvIDReason explains why an id cell was refused, for reject reasons.
func csvIDReason(col, s string) string {
	s = strings.TrimSpace(s)
	switch {
	case csvNull(s):
		return col + " is empty"
	case strings.ContainsAny(s, "eE") && strings.Contains(s, "."):
		if _, err := strconv.ParseFloat(s, 64); err == nil {
			return fmt.Sprintf("%s %q is in scientific notation and has lost digits (a spreadsheet export? keep ids as text)", col, csvShort(s))
		}
	}
	return fmt.Sprintf("%s %q is not an id", col, csvShort(s))
}

func csvDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// csvCount parses a count cell ("1234", "1,234", "1234.0"); unknown or
// unreadable counts are -1, as marsad.Account documents.
func csvCount(s string) int64 {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if csvNull(s) {
		return -1
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && n >= 0 {
		return n
	}
	if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 0 && f < 1e18 {
		return int64(f)
	}
	return -1
}

// csvBool parses True/False spellings; ok is false for anything else.
func csvBool(s string) (v, ok bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "t", "1", "yes", "y":
		return true, true
	case "false", "f", "0", "no", "n", "":
		return false, true
	}
	return false, false
}

// csvPyList parses a Python-list-like cell as the IO archives write them:
// "[a, b]", "['a', 'b']", "[\"a\"]", "[]", or a bare value. Quoted items may
// contain commas and backslash escapes; unquoted items are split on commas.
func csvPyList(s string) []string {
	s = strings.TrimSpace(s)
	if csvNull(s) {
		return nil
	}
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") {
		s = strings.TrimSpace(s[1 : len(s)-1])
	}
	var out []string
	for len(s) > 0 {
		s = strings.TrimLeft(s, " ,")
		if s == "" {
			break
		}
		if q := s[0]; q == '\'' || q == '"' {
			var b strings.Builder
			i := 1
			for ; i < len(s); i++ {
				c := s[i]
				if c == '\\' && i+1 < len(s) {
					i++
					b.WriteByte(s[i])
					continue
				}
				if c == q {
					break
				}
				b.WriteByte(c)
			}
			if v := strings.TrimSpace(b.String()); v != "" {
				out = append(out, v)
			}
			s = s[min(i+1, len(s)):]
			continue
		}
		i := strings.IndexByte(s, ',')
		if i < 0 {
			i = len(s)
		}
		if v := strings.TrimSpace(s[:i]); v != "" && !csvNull(v) {
			out = append(out, v)
		}
		s = s[i:]
	}
	return out
}

// csvSplitList splits a list cell: a Python-like list when bracketed,
// otherwise on spaces, commas, semicolons and '|'.
func csvSplitList(s string) []string {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") {
		return csvPyList(s)
	}
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == ';' || r == '|' || r == '\t' || r == '\n' || r == '\r'
	})
}

// csvHashID returns a deterministic post id for formats without ids: a
// prefix naming the scheme and 128 bits of SHA-256 over the parts. The same
// record always gets the same id, so re-importing a file adds nothing.
func csvHashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil)[:16])
}

// csvAccounts suppresses repeated identical Account records: CSV formats
// repeat the author's profile on every row, and the store only needs each
// distinct profile once. It keeps a 64-bit hash of the last profile sent per
// account; memory is bounded by resetting after max entries (a reset, or a
// hash collision between two profiles of one account, only costs a
// duplicate or a skipped repeat, never a wrong record).
type csvAccounts struct {
	seen map[string]uint64
	max  int
	seed maphash.Seed
}

func newCSVAccounts() *csvAccounts {
	return &csvAccounts{seen: map[string]uint64{}, max: 200_000, seed: maphash.MakeSeed()}
}

// Emit sends a to sink unless the same profile of the same account was
// already sent.
func (c *csvAccounts) Emit(sink Sink, a *marsad.Account) error {
	var h maphash.Hash
	h.SetSeed(c.seed)
	for _, s := range [...]string{a.Handle, a.DisplayName, a.Bio, a.Location, a.URL, a.AvatarURL} {
		h.WriteString(s)
		h.WriteByte(0)
	}
	var n [8]byte
	for _, v := range [...]int64{a.Followers, a.Following, a.PostCount, a.CreatedAt.Unix()} {
		binary.LittleEndian.PutUint64(n[:], uint64(v))
		h.Write(n[:])
	}
	sig := h.Sum64()
	key := a.Platform + "\x00" + a.ID
	if old, ok := c.seen[key]; ok && old == sig {
		return nil
	}
	if len(c.seen) >= c.max {
		clear(c.seen)
	}
	c.seen[key] = sig
	return sink.Account(a)
}

// csvHex reports whether s is n lower- or upper-case hex digits.
func csvHex(s string, n int) bool {
	if len(s) != n {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// csvMediaHash validates a perceptual hash cell: 16 hex (pHash) or 64 hex
// (PDQ), returned lower-cased.
func csvMediaHash(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if csvHex(s, 16) || csvHex(s, 64) {
		return strings.ToLower(s), true
	}
	return "", false
}
