package textsim

import (
	"math"
	"testing"
)

func TestLevenshtein(t *testing.T) {
	// Expected distances worked by hand (and the classic textbook pairs).
	cases := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"abc", "", 3},
		{"kitten", "sitting", 3},
		{"flaw", "lawn", 2},
		{"abu_omar", "abu_omar2", 1},
		{"أبو", "ابو", 1},
		{"عمر", "عمر", 0},
	}
	for _, c := range cases {
		if got := Levenshtein(c.a, c.b); got != c.want {
			t.Errorf("Levenshtein(%q,%q)=%d want %d", c.a, c.b, got, c.want)
		}
		if got := Levenshtein(c.b, c.a); got != c.want {
			t.Errorf("Levenshtein(%q,%q)=%d want %d (symmetry)", c.b, c.a, got, c.want)
		}
	}
}

func TestJaroWinkler(t *testing.T) {
	// Reference values from Winkler's paper / the Wikipedia worked examples.
	cases := []struct {
		a, b string
		want float64
	}{
		{"MARTHA", "MARHTA", 0.9611},
		{"DWAYNE", "DUANE", 0.84},
		{"DIXON", "DICKSONX", 0.8133},
		{"abc", "xyz", 0},
		{"", "abc", 0},
	}
	for _, c := range cases {
		if got := JaroWinkler(c.a, c.b); math.Abs(got-c.want) > 0.001 {
			t.Errorf("JaroWinkler(%q,%q)=%.4f want %.4f", c.a, c.b, got, c.want)
		}
	}
}

func TestJaccardSorted(t *testing.T) {
	cases := []struct {
		a, b []uint32
		want float64
	}{
		{nil, nil, 0},
		{[]uint32{1, 2, 3}, []uint32{2, 3, 4}, 2.0 / 4},
		{[]uint32{1}, []uint32{1}, 1},
		{[]uint32{1, 5, 9}, []uint32{2, 6}, 0},
	}
	for _, c := range cases {
		if got := JaccardSorted(c.a, c.b); math.Abs(got-c.want) > 1e-9 {
			t.Errorf("JaccardSorted(%v,%v)=%v want %v", c.a, c.b, got, c.want)
		}
	}
	if got := Containment([]uint32{1, 2}, []uint32{1, 2, 3, 4, 5}); got != 1 {
		t.Errorf("Containment=%v want 1", got)
	}
}

func TestMinHashEstimatesJaccard(t *testing.T) {
	// Sets {0..199} and {100..299}: Jaccard 100/300 = 1/3 exactly.
	a, b := NewMinHash(), NewMinHash()
	for i := 0; i < 200; i++ {
		a.AddHash(uint64(i))
		b.AddHash(uint64(i + 100))
	}
	if got := a.Jaccard(&b); math.Abs(got-1.0/3) > 0.2 {
		t.Errorf("MinHash Jaccard=%v want ≈0.333", got)
	}
	same := NewMinHash()
	for i := 199; i >= 0; i-- {
		same.AddHash(uint64(i))
	}
	if got := a.Jaccard(&same); got != 1 {
		t.Errorf("MinHash of equal sets=%v want 1", got)
	}
	empty := NewMinHash()
	if got := a.Jaccard(&empty); got != 0 {
		t.Errorf("MinHash vs empty=%v want 0", got)
	}
}

func TestProfileCosine(t *testing.T) {
	var a, b, c Profile
	a.Add("the quick brown fox jumps over the lazy dog")
	b.Add("The quick, brown fox -- jumps over the LAZY dog")
	c.Add("وقال المتحدث إن الاجتماع سيعقد غدا في العاصمة")
	if got := a.Cosine(&b); math.Abs(got-1) > 1e-9 {
		t.Errorf("same text after case/punctuation folding: cosine %v want 1", got)
	}
	if ab, ac := a.Cosine(&b), a.Cosine(&c); ac >= ab {
		t.Errorf("unrelated text should be less similar: %v >= %v", ac, ab)
	}
	var empty Profile
	if got := a.Cosine(&empty); got != 0 {
		t.Errorf("cosine with empty=%v want 0", got)
	}
}

func TestNGramCosine(t *testing.T) {
	// "abc" vs "abc": identical trigram vectors → 1.
	if got := NGramCosine("abc", "ABC"); math.Abs(got-1) > 1e-9 {
		t.Errorf("NGramCosine equal=%v", got)
	}
	// " ab","abc","bc " vs " ab","abd","bd ": one shared of three each → 1/3.
	if got := NGramCosine("abc", "abd"); math.Abs(got-1.0/3) > 1e-9 {
		t.Errorf("NGramCosine=%v want 1/3", got)
	}
}

func TestLCSRatio(t *testing.T) {
	// LCS("ABCBDAB","BDCABA") = 4 (the textbook CLRS example); shorter = 6.
	if got := LCSRatio("ABCBDAB", "BDCABA"); got != 4.0/6 {
		t.Errorf("LCSRatio=%v want 4/6", got)
	}
	if got := LCSRatio("thexbintrana", "bintrana"); got != 1 {
		t.Errorf("LCSRatio of a padded handle=%v want 1", got)
	}
	if got := LCSRatio("", "abc"); got != 0 {
		t.Errorf("LCSRatio empty=%v", got)
	}
}

func TestLongestCommonSubstring(t *testing.T) {
	cases := []struct {
		a, b string
		want int
	}{
		{"realkhadijahal", "khadijahalabi", 10}, // "khadijahal"
		{"abcdef", "zcdez", 3},                  // "cde"
		{"", "abc", 0},
		{"أبوعمر", "ابوعمر", 5},
	}
	for _, c := range cases {
		if got := LongestCommonSubstring(c.a, c.b); got != c.want {
			t.Errorf("LongestCommonSubstring(%q,%q)=%d want %d", c.a, c.b, got, c.want)
		}
	}
}
