package snapshot

import "testing"

func TestNormalizeText(t *testing.T) {
	tests := []struct{ a, b string }{
		{"أهلاً وسهلاً", "اهلا وسهلا"},
		{"إلى المدرسة", "الي المدرسه"},
		{"جميــــل جداااا", "جميل جدا"},
		{"@x @y نص https://t.co/abc", "نص"},
		{"Hello, WORLD!! 🔥🔥", "hello world"},
		{"٢٠٢٤ عام", "2024 عام"},
		{"  spaced\t\nout  ", "spaced out"},
	}
	for _, tt := range tests {
		if got, want := NormalizeText(tt.a), NormalizeText(tt.b); got != want {
			t.Errorf("Normalize(%q) = %q, Normalize(%q) = %q; want equal", tt.a, got, tt.b, want)
		}
	}
	if got := NormalizeText("Hello, WORLD!! 🔥 yesss"); got != "hello world yes" {
		t.Errorf("got %q, want %q (runs of three or more collapse)", got, "hello world yes")
	}
	if TextHash("@x https://t.co/y 🔥") != 0 {
		t.Error("text of only a mention, a link and an emoji must hash to 0 (no text)")
	}
	if TextHash("نص واحد") == TextHash("نص اخر") {
		t.Error("different texts hash alike")
	}
}

func FuzzNormalizeText(f *testing.F) {
	for _, s := range []string{"", "أهلاً @x", "http://a.b c", "\xff\xfe", "ـــ", "a@b #c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeText(s)
		if NormalizeText(n) != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, NormalizeText(n))
		}
	})
}
