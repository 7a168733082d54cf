package textsim

import "testing"

func BenchmarkJaroWinkler(b *testing.B) {
	for i := 0; i < b.N; i++ {
		JaroWinkler("abuomarmuhajir", "abu0marmuhajirr")
	}
}

func BenchmarkLCSRatio(b *testing.B) {
	for i := 0; i < b.N; i++ {
		LCSRatio("thexbintrananajd", "bintrananajdi")
	}
}

func BenchmarkProfileAdd(b *testing.B) {
	var p Profile
	for i := 0; i < b.N; i++ {
		p.Add("الدولة الإسلامية باقية وتتمدد بإذن الله، انشروا الإصدار الجديد")
	}
}

func BenchmarkMinHashAdd(b *testing.B) {
	m := NewMinHash()
	for i := 0; i < b.N; i++ {
		m.AddString("word")
	}
}
