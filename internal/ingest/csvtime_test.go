package ingest

import (
	"strings"
	"testing"
)

// TestCSVTime checks each supported spelling against the instant worked out
// by hand (zone abbreviations by their published UTC offsets).
func TestCSVTime(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-10-11 18:43", "2019-10-11T18:43:00Z"},                // IO archive tweet_time
		{"2018-11-27", "2018-11-27T00:00:00Z"},                      // IO archive account_creation_date
		{"2023-11-13 04:30:36 EST", "2023-11-13T09:30:36Z"},         // CrowdTangle, UTC-5
		{"2023-07-04 12:00:00 EDT", "2023-07-04T16:00:00Z"},         // UTC-4
		{"2023-07-04 12:00:00 pdt", "2023-07-04T19:00:00Z"},         // UTC-7, case-insensitive
		{"1/6/2015 21:07", "2015-01-06T21:07:00Z"},                  // Kaggle ISIS, US month first
		{"10/1/2017 19:58", "2017-10-01T19:58:00Z"},                 // FiveThirtyEight IRA publish_date
		{"1/2/2017 2:52:07 PM", "2017-01-02T14:52:07Z"},             // US with AM/PM
		{"2020-03-17T10:00:00+03:00", "2020-03-17T07:00:00Z"},       // RFC 3339
		{"2020-03-17T10:00:00.123Z", "2020-03-17T10:00:00.123Z"},    // fractional
		{"2020-03-17 10:00:00", "2020-03-17T10:00:00Z"},             // no zone = UTC
		{"2020-03-17 10:00:00+00:00", "2020-03-17T10:00:00Z"},       // pandas with offset
		{"Wed Oct 10 20:19:24 +0000 2018", "2018-10-10T20:19:24Z"},  // Twitter v1
		{"1570819380", "2019-10-11T18:43:00Z"},                      // epoch seconds
		{"1570819380000", "2019-10-11T18:43:00Z"},                   // epoch milliseconds
		{"1570819380.25", "2019-10-11T18:43:00.25Z"},                // fractional seconds
		{"  2019-10-11 18:43  ", "2019-10-11T18:43:00Z"},            // spaces
		{"Mon, 02 Jan 2006 15:04:05 -0700", "2006-01-02T22:04:05Z"}, // RFC 1123Z
	}
	c := newCSVTime("")
	for _, tt := range tests {
		got, err := c.Parse(tt.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tt.in, err)
			continue
		}
		if want := mustTime(t, tt.want); !got.Equal(want) || got.Location().String() != "UTC" {
			t.Errorf("Parse(%q) = %v, want %v", tt.in, got, want)
		}
	}
}

func TestCSVTimeErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "empty"},
		{"yesterday", "unrecognised"},
		{"2023-11-13 04:30:36 XYZ", `unknown time zone "XYZ"`},
		{"2023-11-13 04:30:36 IST", `unknown time zone "IST"`}, // ambiguous: India, Ireland, Israel
		{"13/25/2017 10:00", "unrecognised"},
		{"2015", "unrecognised"}, // a year alone is not a time
		{strings.Repeat("9", 30), "unrecognised"},
	}
	c := newCSVTime("")
	for _, tt := range tests {
		if _, err := c.Parse(tt.in); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%.20q) err = %v, want %q", tt.in, err, tt.want)
		}
	}
}

func TestCSVTimeFixedLayout(t *testing.T) {
	c := newCSVTime("02/01/2006 15:04")
	got, err := c.Parse("17/03/2020 10:00")
	if err != nil || !got.Equal(mustTime(t, "2020-03-17T10:00:00Z")) {
		t.Errorf("day-first layout: %v %v", got, err)
	}
	if _, err := c.Parse("2020-03-17 10:00"); err == nil {
		t.Error("a fixed layout must not fall back to detection")
	}
	got, err = newCSVTime("unix_ms").Parse("86400000")
	if err != nil || !got.Equal(mustTime(t, "1970-01-02T00:00:00Z")) {
		t.Errorf("unix_ms: %v %v", got, err)
	}
	got, err = newCSVTime("unix").Parse("59")
	if err != nil || !got.Equal(mustTime(t, "1970-01-01T00:00:59Z")) {
		t.Errorf("unix: %v %v", got, err)
	}
}

func BenchmarkCSVTime(b *testing.B) {
	c := newCSVTime("")
	for i := 0; i < b.N; i++ {
		if _, err := c.Parse("2019-10-11 18:43"); err != nil {
			b.Fatal(err)
		}
	}
}
