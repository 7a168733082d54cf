package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// csvEntities are the mentions, hashtags and links found in a post's text,
// for CSV formats that carry only the text (Kaggle ISIS, cnt-csv, the
// generic csv without entity columns).
type csvEntities struct {
	Mentions []marsad.Mention
	Hashtags []string
	URLs     []string
}

// csvScanText extracts entities the way Twitter's text rules do in the main:
//   - a mention is '@' followed by 1–50 of [A-Za-z0-9_], not preceded by a
//     word character or '@' (so e-mail addresses are not mentions);
//   - a hashtag is '#' followed by letters (any script, with combining marks
//     such as Arabic harakat), digits and '_', with at least one letter, not
//     preceded by a word character or '&' (HTML entities);
//   - a link starts with http:// or https:// and runs to the next space, less
//     trailing punctuation that closes the sentence rather than the URL.
//
// Entities inside a link are not extracted again.
func csvScanText(text string) csvEntities {
	var e csvEntities
	seenM := map[string]bool{}
	prev := rune(' ')
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case (r == 'h' || r == 'H') && !csvWordRune(prev) && csvHasURLPrefix(text[i:]):
			n := csvURLLen(text[i:])
			e.URLs = append(e.URLs, text[i:i+n])
			i += n
			prev = 'x'
			continue
		case (r == '@' || r == '＠') && !csvWordRune(prev) && prev != '@':
			j := i + size
			for j < len(text) && j-i-size < 50 && csvHandleByte(text[j]) {
				j++
			}
			if j > i+size {
				h := text[i+size : j]
				if key := strings.ToLower(h); !seenM[key] {
					seenM[key] = true
					e.Mentions = append(e.Mentions, marsad.Mention{AccountID: marsad.HandleID(h), Handle: h})
				}
				i = j
				prev = 'x'
				continue
			}
		case (r == '#' || r == '＃') && !csvWordRune(prev) && prev != '&':
			j := i + size
			letter := false
			for j < len(text) {
				c, n := utf8.DecodeRuneInString(text[j:])
				if !(unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) || c == '_' || c == '\u200c') {
					break
				}
				letter = letter || unicode.IsLetter(c)
				j += n
			}
			if letter {
				e.Hashtags = append(e.Hashtags, text[i+size:j])
				i = j
				prev = 'x'
				continue
			}
		}
		prev = r
		i += size
	}
	return e
}

func csvWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_'
}

func csvHandleByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func csvHasURLPrefix(s string) bool {
	if len(s) < 8 {
		return false
	}
	l := strings.ToLower(s[:8])
	return strings.HasPrefix(l, "http://") || l == "https://"
}

// csvURLLen returns the length of the link at the start of s.
func csvURLLen(s string) int {
	n := 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == utf8.RuneError || r == '…' {
			break
		}
		n += size
	}
	for n > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:n])
		if !strings.ContainsRune(".,;:!?)]}'»،؛؟", r) {
			break
		}
		if r == ')' && strings.Count(s[:n], "(") >= strings.Count(s[:n], ")") {
			break // a balanced parenthesis belongs to the URL (Wikipedia links)
		}
		n -= size
	}
	return n
}

// csvURLs turns given links into marsad URLs.
func csvURLs(given []string) []marsad.URL {
	if len(given) == 0 {
		return nil
	}
	out := make([]marsad.URL, 0, len(given))
	for _, g := range given {
		if g = strings.TrimSpace(g); g != "" {
			out = append(out, csvURL(g))
		}
	}
	return out
}

// csvRetweetPrefix recognises the "RT @handle: " prefix of old-style
// retweets in text-only exports. It returns the handle and the retweeted
// text.
func csvRetweetPrefix(text string) (handle, rest string, ok bool) {
	t := strings.TrimLeft(text, " ")
	if !strings.HasPrefix(t, "RT @") {
		return "", "", false
	}
	t = t[4:]
	j := 0
	for j < len(t) && j < 50 && csvHandleByte(t[j]) {
		j++
	}
	if j == 0 {
		return "", "", false
	}
	handle, rest = t[:j], t[j:]
	rest = strings.TrimPrefix(rest, ":")
	return handle, strings.TrimLeft(rest, " "), true
}

// csvBareRepost empties what a repost carries of the original: its text and
// entities. The other importers do the same (the original, when present, is
// a post of its own), and analyses must not count one original's hashtags,
// links and mentions again for every repost (the coordination network
// toolkit likewise ignores the URLs of reposts).
func csvBareRepost(p *marsad.Post) {
	p.Text, p.Mentions, p.Hashtags, p.URLs = "", nil, nil, nil
}
