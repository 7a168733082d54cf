package arabic

import (
	"strings"
	"testing"
)

var benchText = strings.Repeat("بلّـــغوا عن الحساب @Target123 يا أنصار #حملة_تبليغ https://t.co/abc ", 2) +
	"Mass REPORT this account, k1ll the traitor!!! "

func BenchmarkNormalize(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Normalize(benchText)
	}
}

func BenchmarkNormalizeASCII(b *testing.B) {
	s := "Mass REPORT this account now, the report says the minister resigned"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Normalize(s)
	}
}

func BenchmarkTokens(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Tokens(benchText)
	}
}

func BenchmarkLexiconMatch(b *testing.B) {
	var es []Entry
	for _, w := range strings.Fields("قتل ذبح بلغ ابلاغ تبليغ انصار kill shoot report suspend campaign حمله نحر سحل") {
		es = append(es, Entry{Label: "x", Pattern: w})
	}
	lex := MustCompile(es)
	toks := Tokens(benchText)
	b.ResetTimer()
	for b.Loop() {
		lex.Match(toks)
	}
}
