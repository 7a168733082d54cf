package arabic

import (
	"strings"
	"testing"
)

func TestLexiconMatch(t *testing.T) {
	lex := MustCompile([]Entry{
		{Label: "kill", Pattern: "قتل"},
		{Label: "kill", Pattern: "ذبح"},
		{Label: "kill", Pattern: "kill"},
		{Label: "report", Pattern: "بلغ"},
		{Label: "report", Pattern: "=ابلاغ"},
		{Label: "report", Pattern: "mass report"},
		{Label: "address", Pattern: "يا انصار"},
		{Label: "gap", Pattern: "campaign * against"},
		{Label: "exact", Pattern: "=دم"},
	})
	tests := []struct {
		text  string
		label string
		want  bool
	}{
		{"سَنَقْتُلُكَ يا كلب", "kill", true},
		{"سـنـقـتـلـك", "kill", true},
		{"اقتلووووه", "kill", true},
		{"هنذبحك", "kill", true},
		{"K1LLING them", "kill", true},
		{"kiiiiill", "kill", true},
		{"skill", "kill", false},
		{"بلّغوا عن الحساب", "report", true},
		{"بلغو", "report", true},
		{"إبلاغ", "report", true},
		{"ابلاغات", "report", false}, // exact word only
		{"MASS   REPORT him", "report", true},
		{"mass of reports", "report", false},
		{"يا أنصار الدولة", "address", true},
		{"يا انـصـار", "address", true},
		{"انصار", "address", false},
		{"a campaign now against", "gap", true},
		{"a campaign against", "gap", false},
		{"دم", "exact", true},
		{"دمي", "exact", false},
	}
	for _, tt := range tests {
		got := false
		for _, m := range lex.MatchText(tt.text) {
			if m.Label == tt.label {
				got = true
			}
		}
		if got != tt.want {
			t.Errorf("MatchText(%q) has %q = %v, want %v (matches %+v)", tt.text, tt.label, got, tt.want, lex.MatchText(tt.text))
		}
	}
}

func TestLexiconMatchPositions(t *testing.T) {
	lex := MustCompile([]Entry{{Label: "r", Pattern: "mass report", Weight: 2}})
	m := lex.Match(Tokens("please mass report @x"))
	if len(m) != 1 || m[0].Start != 1 || m[0].End != 3 || m[0].Weight != 2 {
		t.Fatalf("matches = %+v, want one at [1,3) weight 2", m)
	}
}

func TestCompileErrors(t *testing.T) {
	if _, err := Compile([]Entry{{Label: "x", Pattern: "  ... "}}); err == nil {
		t.Error("Compile accepted a pattern with no word")
	}
}

func TestParseEntries(t *testing.T) {
	src := "# comment\n\ncta.verb\tبلغ\ncta.verb report|0.5\nbad\n"
	if _, err := ParseEntries(strings.NewReader(src)); err == nil || !strings.Contains(err.Error(), "line 5") {
		t.Fatalf("err = %v, want an error naming line 5", err)
	}
	es, err := ParseEntries(strings.NewReader(src[:strings.Index(src, "bad")]))
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 2 || es[0].Pattern != "بلغ" || es[1].Weight != 0.5 || es[1].Pattern != "report" {
		t.Fatalf("entries = %+v", es)
	}
}
