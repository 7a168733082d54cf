package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens normalises s (see Normalize) and splits it into words: maximal runs
// of letters and digits, URLToken and MentionToken as single tokens, and each
// emoji or other pictographic symbol as a token of its own (🔪 and 🔫 carry
// meaning in threats). Punctuation, hashtag signs and underscores separate
// tokens, so #حملة_تبليغ yields حمله and تبليغ.
func Tokens(s string) []string {
	return SplitNormalized(Normalize(s))
}

// SplitNormalized splits text that is already the output of Normalize into
// tokens, exactly as Tokens does; use it to avoid normalising twice.
func SplitNormalized(ns string) []string {
	toks := make([]string, 0, len(ns)/5+1)
	for i := 0; i < len(ns); {
		switch {
		case strings.HasPrefix(ns[i:], URLToken):
			toks = append(toks, URLToken)
			i += len(URLToken)
			continue
		case strings.HasPrefix(ns[i:], MentionToken) && !wordRuneAt(ns, i+len(MentionToken)):
			toks = append(toks, MentionToken)
			i += len(MentionToken)
			continue
		}
		r, size := utf8.DecodeRuneInString(ns[i:])
		switch {
		case isWordRune(r):
			j := i + size
			for j < len(ns) {
				r2, s2 := utf8.DecodeRuneInString(ns[j:])
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			toks = append(toks, ns[i:j])
			i = j
		case unicode.Is(unicode.So, r):
			toks = append(toks, ns[i:i+size])
			i += size
		default:
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func wordRuneAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r) || r == '_'
}

// IsArabic reports whether tok contains an Arabic letter.
func IsArabic(tok string) bool {
	for _, r := range tok {
		if unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}
