package arabic

import (
	"testing"
	"unicode/utf8"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"بلّـــغوا عن @Target123 #حملة_تبليغ https://t.co/x",
		"k1ll y0u $hoot", "\u202eقتل\u202c", "\uFEFB\uFDF2", "ss$s", "@@@@foo",
		"a@b.c", "10am", "👨\u200d👩🏽", "ＫＩＬＬ", "a\xffb", "ٱ ى ة ک ی ۀ",
		"ﷺ", "<url> @user", "İstanbul", "ǅ", "ﬁ", "\u0675", "x@user1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if n2 := Normalize(n); n2 != n {
			t.Fatalf("not idempotent: Normalize(%q) = %q, Normalize(that) = %q", s, n, n2)
		}
		for _, tok := range SplitNormalized(n) {
			_ = Stems(tok)
		}
	})
}
