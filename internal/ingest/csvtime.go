package ingest

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// csvLayouts are the time spellings found in the CSV exports marsad reads,
// tried in order. Layouts without a zone are read as UTC. US month-first
// dates ("1/2/2006") are what the Kaggle ISIS and FiveThirtyEight IRA files
// use; day-first dates are not guessed (pass --time-layout for them).
var csvLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05.999999999Z07:00",
	"2006-01-02 15:04:05.999999999 -0700",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04",
	"2006-01-02",
	time.RubyDate, // Twitter v1: "Mon Jan 02 15:04:05 -0700 2006"
	time.RFC1123Z,
	time.RFC1123,
	"1/2/2006 15:04:05",
	"1/2/2006 15:04",
	"1/2/2006 3:04:05 PM",
	"1/2/2006 3:04 PM",
	"1/2/2006",
	"1/2/06 15:04:05", // two-digit years, as spreadsheets re-save US dates
	"1/2/06 15:04",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
}

// csvZones are the zone abbreviations that exports such as CrowdTangle append
// to local times ("2023-11-13 04:30:36 EST"), with their UTC offsets in
// hours. Ambiguous abbreviations (IST, AST, BST…) are left out on purpose:
// a wrong offset would shift a post silently, a reject is visible.
var csvZones = map[string]float64{
	"UTC": 0, "GMT": 0, "Z": 0,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6,
	"PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8, "HST": -10,
	"CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "WET": 0, "WEST": 1,
	"MSK": 3, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
}

// csvTime parses time cells. It learns the layout from the first value it
// reads and tries it first afterwards, so a column costs one parse per cell;
// when a value does not fit it tries every layout again. A fixed layout
// (from --time-layout) is used alone. "unix" and "unix_ms" name epoch seconds
// and milliseconds.
type csvTime struct {
	fixed string
	last  int // index in csvLayouts of the last layout that worked, or -1
}

func newCSVTime(layout string) *csvTime { return &csvTime{fixed: strings.TrimSpace(layout), last: -1} }

// Parse returns the instant in UTC. An empty cell is an error: callers decide
// whether a time is required.
func (c *csvTime) Parse(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty time")
	}
	if c.fixed != "" {
		return csvFixedTime(c.fixed, s)
	}
	if t, ok := csvEpoch(s); ok {
		return t, nil
	}
	base, offset, hasZone := csvSplitZone(s)
	if c.last >= 0 {
		if t, err := time.Parse(csvLayouts[c.last], base); err == nil {
			return csvApply(t, offset, hasZone), nil
		}
	}
	for i, l := range csvLayouts {
		if t, err := time.Parse(l, base); err == nil {
			c.last = i
			return csvApply(t, offset, hasZone), nil
		}
	}
	if hasZone || !strings.Contains(s, " ") {
		return time.Time{}, fmt.Errorf("unrecognised time %q", csvShort(s))
	}
	if z := s[strings.LastIndexByte(s, ' ')+1:]; csvAlpha(z) {
		return time.Time{}, fmt.Errorf("unknown time zone %q in %q", z, csvShort(s))
	}
	return time.Time{}, fmt.Errorf("unrecognised time %q", csvShort(s))
}

func csvFixedTime(layout, s string) (time.Time, error) {
	switch strings.ToLower(layout) {
	case "unix", "epoch", "unix_s":
		return csvEpochAs(s, 1)
	case "unix_ms", "epoch_ms", "unixms":
		return csvEpochAs(s, 1000)
	}
	t, err := time.Parse(layout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("time %q does not match layout %q", csvShort(s), layout)
	}
	return t.UTC(), nil
}

// csvEpoch reads bare numbers as Unix time: up to 11 integer digits are
// seconds (years up to 5138), 12–14 digits milliseconds. A fraction is
// allowed on seconds ("1577886276.5", as the coordination network toolkit
// accepts).
func csvEpoch(s string) (time.Time, bool) {
	intPart, frac, _ := strings.Cut(s, ".")
	if !csvDigits(intPart) || (frac != "" && !csvDigits(frac)) {
		return time.Time{}, false
	}
	switch n := len(intPart); {
	case n <= 4 && frac == "":
		return time.Time{}, false // a year or a small number, not a time
	case n <= 11:
		t, err := csvEpochAs(s, 1)
		return t, err == nil
	case n <= 14 && frac == "":
		t, err := csvEpochAs(s, 1000)
		return t, err == nil
	}
	return time.Time{}, false
}

func csvEpochAs(s string, perSecond float64) (time.Time, error) {
	s = strings.TrimSpace(s)
	bad := fmt.Errorf("not an epoch time: %q", csvShort(s))
	neg := strings.HasPrefix(s, "-")
	intPart, frac, _ := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	if csvDigits(intPart) && (frac == "" || csvDigits(frac)) && len(intPart) <= 15 {
		// Exact integer arithmetic: floats lose the milliseconds of a
		// millisecond timestamp.
		whole, _ := strconv.ParseInt(intPart, 10, 64)
		frac = (frac + "000000000")[:9]
		nanos, _ := strconv.ParseInt(frac, 10, 64) // of one unit
		unit := int64(time.Second)
		if perSecond == 1000 {
			unit = int64(time.Millisecond)
		}
		if float64(whole)/perSecond > 1e11 {
			return time.Time{}, bad
		}
		sec, rem := whole/int64(perSecond), whole%int64(perSecond)
		d := rem*unit + nanos*unit/int64(time.Second)
		if neg {
			sec, d = -sec, -d
		}
		return time.Unix(sec, d).UTC(), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) || math.Abs(f/perSecond) > 1e11 {
		return time.Time{}, bad
	}
	sec := f / perSecond
	whole := math.Floor(sec)
	return time.Unix(int64(whole), int64((sec-whole)*1e9)).UTC(), nil
}

// csvSplitZone removes a trailing zone abbreviation (" EST") and returns its
// offset in seconds.
func csvSplitZone(s string) (base string, offset int, ok bool) {
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s, 0, false
	}
	h, known := csvZones[strings.ToUpper(s[i+1:])]
	if !known {
		return s, 0, false
	}
	return strings.TrimSpace(s[:i]), int(h * 3600), true
}

func csvApply(t time.Time, offset int, hasZone bool) time.Time {
	if hasZone {
		t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(),
			time.FixedZone("", offset))
	}
	return t.UTC()
}

func csvAlpha(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

// csvShort bounds a value quoted in an error message.
func csvShort(s string) string {
	if len(s) > 64 {
		return strings.ToValidUTF8(s[:64], "") + "…"
	}
	return s
}
