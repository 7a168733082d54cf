package arabic

import (
	"reflect"
	"testing"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"بلّغوا عن @Target123 #حملة_تبليغ", []string{"بلغوا", "عن", "@user", "حمله", "تبليغ"}},
		{"Report @x now!!! https://t.co/abc", []string{"report", "@user", "now", "<url>"}},
		{"سنقتلك 🔪🔪🔪", []string{"سنقتلك", "🔪"}},
		{"phone: ٠٥٥-١٢٣-٤٥٦٧", []string{"phone", "055", "123", "4567"}},
		{"a,b.c", []string{"a", "b", "c"}},
		{"@username", []string{"@user"}},
		{"", []string{}},
		{"...", []string{}},
	}
	for _, tt := range tests {
		got := Tokens(tt.in)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStems(t *testing.T) {
	// Each word must yield the hand-identified stem among its candidates.
	tests := []struct{ word, stem string }{
		{"سنقتلك", "قتل"},    // s + n + qtl + k
		{"اقتلوه", "قتل"},    // a + qtl + w + h
		{"واقتلوهم", "قتل"},  // w + a + qtl + w + hm
		{"يقتلونك", "قتل"},   // y + qtl + wn + k
		{"هنقتلك", "قتل"},    // Egyptian future h + n
		{"بنقتلك", "قتل"},    // Levantine b + n
		{"حنذبحكم", "ذبح"},   // h + n + dhbh + kum
		{"سنذبحك", "ذبح"},    // s + n
		{"بلغوا", "بلغ"},     // bllghu (shadda dropped) → bl gh + wa
		{"بلغو", "بلغ"},      // common spelling without the final alef
		{"الانصار", "انصار"}, // article
		{"وللانصار", "انصار"},
		{"المرتد", "مرتد"},
		{"killing", "kil"}, // squeezed
		{"killed", "kil"},
		{"shoots", "shot"},
		{"raping", "rape"},
		{"reported", "report"},
	}
	for _, tt := range tests {
		st := Stems(Normalize(tt.word))
		found := false
		for _, s := range st {
			if s == tt.stem {
				found = true
			}
		}
		if !found {
			t.Errorf("Stems(%q) = %q, missing %q", tt.word, st, tt.stem)
		}
	}
	// Stems never shortens below three letters.
	for _, w := range []string{"دمي", "يده", "بك"} {
		for _, s := range Stems(w) {
			if s != w && runes(s) < minStemRunes {
				t.Errorf("Stems(%q) has short stem %q", w, s)
			}
		}
	}
	if got := Stems("نصاري"); contains(got, "انصار") {
		t.Errorf("Stems(نصاري) = %q must not contain انصار", got)
	}
}

func TestStem(t *testing.T) {
	for in, want := range map[string]string{"سنقتلك": "قتل", "الانصار": "انصار", "killing": "kil", "": ""} {
		if got := Stem(Normalize(in)); got != want {
			t.Errorf("Stem(%q) = %q, want %q", in, got, want)
		}
	}
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}
