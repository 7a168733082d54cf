package sim

import (
	"slices"
	"strings"
)

// langOf guesses "ar" or "en" from the script of the text.
func langOf(s string) string {
	ar, lat := 0, 0
	for _, r := range s {
		switch {
		case r >= 0x0600 && r <= 0x06FF:
			ar++
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			lat++
		}
	}
	if ar >= lat/2 && ar > 0 {
		return "ar"
	}
	if lat == 0 {
		return "und"
	}
	return "en"
}

// hashtagsIn lists the #tags in s in order (letters, digits, underscore).
func hashtagsIn(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '#' {
			continue
		}
		j := i + 1
		for j < len(s) {
			r, n := rune(s[j]), 1
			if r >= 0x80 {
				rr := []rune(s[j:min(len(s), j+4)])
				r = rr[0]
				n = len(string(r))
			}
			if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
				r >= 0x0621 && r <= 0x064A || r >= 0x0660 && r <= 0x0669 || r == 0x0640 || r >= 0x064B && r <= 0x0652) {
				break
			}
			j += n
		}
		if j > i+1 {
			out = append(out, s[i+1:j])
		}
		i = j - 1
	}
	return out
}

// mentionsIn resolves the @handles in s to accounts.
func (g *gen) mentionsIn(s string) []*account {
	var out []*account
	for i := 0; i < len(s); i++ {
		if s[i] != '@' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '_' || s[j] >= '0' && s[j] <= '9' || s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
			j++
		}
		if a, ok := g.byHandle[strings.ToLower(s[i+1:j])]; ok && !slices.Contains(out, a) {
			out = append(out, a)
		}
		i = j - 1
	}
	return out
}
