package urlcanon

import "testing"

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"  https://Example.COM/Path/  ", "http://example.com/Path"},
		{"https://www.example.com/", "http://example.com"},
		{"http://example.com:80/a", "http://example.com/a"},
		{"https://example.com:443/a", "http://example.com/a"},
		{"https://example.com:8443/a", "http://example.com:8443/a"},
		{"https://example.com/a#section-2", "http://example.com/a"},
		{"https://example.com/a?utm_source=tw&utm_Medium=x&id=7", "http://example.com/a?id=7"},
		{"https://x.com/user/status/123?s=20&t=AbC", "http://x.com/user/status/123"},
		{"https://example.com/a?fbclid=IwAR0&gclid=1&igshid=2&ref_src=twsrc", "http://example.com/a"},
		{"https://example.com/a?b=2&a=1&a=0", "http://example.com/a?a=0&a=1&b=2"},
		{"example.com/news?id=1", "http://example.com/news?id=1"},
		{"www.example.org", "http://example.org"},
		{"https://user:pw@example.com/x", "http://example.com/x"},
		{"mailto:someone@example.com", "mailto:someone@example.com"},
		{"not a url", "not a url"},
		{"https://example.com/%D8%B3%D9%84%D8%A7%D9%85/", "http://example.com/%D8%B3%D9%84%D8%A7%D9%85"},
		{"https://example.com/سلام", "http://example.com/%D8%B3%D9%84%D8%A7%D9%85"},
		{"https://example.com/search?q=a+b", "http://example.com/search?q=a+b"},
	}
	for _, tt := range tests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCanonicalSameLink checks that spellings of one link meet and that
// different links stay apart.
func TestCanonicalSameLink(t *testing.T) {
	same := []string{
		"https://www.news.example/story/42?utm_campaign=x",
		"http://news.example/story/42/",
		"HTTPS://NEWS.EXAMPLE:443/story/42#comments",
		"https://news.example/story/42?fbclid=abc",
	}
	for _, s := range same[1:] {
		if Canonical(s) != Canonical(same[0]) {
			t.Errorf("%q and %q should be the same link: %q vs %q", s, same[0], Canonical(s), Canonical(same[0]))
		}
	}
	if Canonical("https://news.example/story/42") == Canonical("https://news.example/story/43") {
		t.Error("different stories must not be merged")
	}
	if Canonical("https://news.example/story?id=1") == Canonical("https://news.example/story?id=2") {
		t.Error("content parameters must be kept")
	}
}

func FuzzCanonical(f *testing.F) {
	for _, s := range []string{"https://www.x.com/a?utm_source=1#f", "example.com", "::", "http://[::1]:80/", "%zz", "http://a.b/?a=%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := Canonical(s)
		if c2 := Canonical(c); c2 != c {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, c, c2)
		}
	})
}
