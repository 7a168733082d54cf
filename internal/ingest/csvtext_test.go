package ingest

import (
	"reflect"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestCSVScanText(t *testing.T) {
	tests := []struct {
		text     string
		mentions []string
		hashtags []string
		urls     []string
	}{
		{"بيان #الدولة_الإسلامية من @AmaqAgency http://t.co/abc.", []string{"AmaqAgency"}, []string{"الدولة_الإسلامية"}, []string{"http://t.co/abc"}},
		{"mail a@b.com and @@x and #1 and &#39; and #tag1", nil, []string{"tag1"}, nil},
		{"(see https://en.wikipedia.org/wiki/Mosul_(city)) ok", nil, nil, []string{"https://en.wikipedia.org/wiki/Mosul_(city)"}},
		{"https://x.example/#frag @u @U", []string{"u"}, nil, []string{"https://x.example/#frag"}},
		{"#مُحَمَّد، و#غزة", nil, []string{"مُحَمَّد"}, nil}, // "و#" : a letter before '#' (Twitter's rule)
		{"#غزة؟ #عاجل،", nil, []string{"غزة", "عاجل"}, nil},
		{"RT @a_b: نص https://t.co/x…", []string{"a_b"}, nil, []string{"https://t.co/x"}},
		{"<a href=\"https://evil.example/\">x</a>", nil, nil, []string{"https://evil.example/"}},
		{"", nil, nil, nil},
	}
	for _, tt := range tests {
		e := csvScanText(tt.text)
		var m []string
		for _, x := range e.Mentions {
			m = append(m, x.Handle)
			if x.AccountID != marsad.HandleID(x.Handle) {
				t.Errorf("mention id %q for %q", x.AccountID, x.Handle)
			}
		}
		if !reflect.DeepEqual(m, tt.mentions) || !reflect.DeepEqual(e.Hashtags, tt.hashtags) || !reflect.DeepEqual(e.URLs, tt.urls) {
			t.Errorf("csvScanText(%q) = %q %q %q, want %q %q %q", tt.text, m, e.Hashtags, e.URLs, tt.mentions, tt.hashtags, tt.urls)
		}
	}
}

func TestCSVRetweetPrefix(t *testing.T) {
	h, rest, ok := csvRetweetPrefix("RT @Amaq_1: خبر: عاجل")
	if !ok || h != "Amaq_1" || rest != "خبر: عاجل" {
		t.Errorf("got %q %q %v", h, rest, ok)
	}
	for _, s := range []string{"RT @: x", "rt @x: y", "Not RT @x: y", "RT x"} {
		if _, _, ok := csvRetweetPrefix(s); ok {
			t.Errorf("%q taken for a retweet", s)
		}
	}
}

func TestCSVFields(t *testing.T) {
	lists := []struct {
		in   string
		want []string
	}{
		{"[]", nil},
		{"", nil},
		{"[tag1, tag2]", []string{"tag1", "tag2"}},
		{"['a', 'b, c']", []string{"a", "b, c"}},
		{`["it's", 'x\'y']`, []string{"it's", "x'y"}},
		{"[123, 456]", []string{"123", "456"}},
		{"single", []string{"single"}},
		{"['unterminated", []string{"['unterminated"}}, // not a list: kept whole
	}
	for _, tt := range lists {
		if got := csvPyList(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("csvPyList(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ids := []struct {
		in, want string
		ok       bool
	}{
		{"1182745936238514177", "1182745936238514177", true},
		{"1182745936238514177.0", "1182745936238514177", true},
		{"1.182746e+18", "", false},
		{"absent", "", true},
		{"nan", "", true},
		{"hbQ1y8YzYtSqKj1Ne5+Gg3L3Pq0N5wYpV9jL+q8mB2E=", "hbQ1y8YzYtSqKj1Ne5+Gg3L3Pq0N5wYpV9jL+q8mB2E=", true},
		{"two words", "", false},
	}
	for _, tt := range ids {
		if got, ok := csvID(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("csvID(%q) = %q %v, want %q %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
	for in, want := range map[string]int64{"1,234": 1234, "": -1, "12.0": 12, "-5": -1, "x": -1} {
		if got := csvCount(in); got != want {
			t.Errorf("csvCount(%q) = %d, want %d", in, got, want)
		}
	}
}
