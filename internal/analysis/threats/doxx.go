package threats

import (
	_ "embed"
	"math/bits"
	"regexp"
	"strconv"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/arabic"
	"github.com/marsad-project/marsad/internal/media/pdq"
)

//go:embed doxx_lexicon.txt
var doxxLexiconText string

var doxxLexicon = func() *arabic.Lexicon {
	es, err := arabic.ParseEntries(strings.NewReader(doxxLexiconText))
	if err != nil {
		panic("threats: doxx_lexicon.txt: " + err.Error())
	}
	return arabic.MustCompile(es)
}()

// PHashMatchThreshold is the largest Hamming distance (of 64 bits) at which
// two pHashes are taken to show the same photo: re-encoding and resizing
// typically move a pHash by under 6 bits, unrelated photos sit near 32.
const PHashMatchThreshold = 8

var (
	// Phone numbers: 8-15 digits with optional +, spaces, dots or dashes,
	// after Normalize turned Arabic-Indic and Persian digits into ASCII.
	phoneRe = regexp.MustCompile(`(?:^|[^\d])(\+?\d(?:[\s.\-]?\d){7,14})(?:[^\d]|$)`)
	emailRe = regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.]+`)
	// A street address in English: a house number, a name and a street word.
	streetRe = regexp.MustCompile(`\b\d{1,5}\s+(?:[A-Z][\w'-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Close|Court|Place)\b`)
)

// photoHash is a watchlist photo hash, parsed.
type photoHash struct {
	entry int
	pdq   pdq.Hash
	phash uint64
	isPDQ bool
}

func parsePhotoHash(h string, entry int) (photoHash, bool) {
	h = strings.ToLower(strings.TrimSpace(h))
	switch len(h) {
	case pdq.HexLen:
		if v, err := pdq.ParseHash(h); err == nil {
			return photoHash{entry: entry, pdq: v, isPDQ: true}, true
		}
	case 16:
		if v, err := strconv.ParseUint(h, 16, 64); err == nil {
			return photoHash{entry: entry, phash: v}, true
		}
	}
	return photoHash{}, false
}

// matchPhoto returns the watchlist entry whose photo a media hash shows, and
// the distance, or -1.
func matchPhoto(photos []photoHash, m marsad.Media) (entry, dist int) {
	entry, dist = -1, 1<<30
	if q, ok := parsePhotoHash(m.PDQ, 0); ok && q.isPDQ {
		for _, ph := range photos {
			if ph.isPDQ {
				if d := pdq.Distance(q.pdq, ph.pdq); d <= pdq.MatchThreshold && d < dist {
					entry, dist = ph.entry, d
				}
			}
		}
	}
	if q, ok := parsePhotoHash(m.PHash, 0); ok && !q.isPDQ {
		for _, ph := range photos {
			if !ph.isPDQ {
				if d := bits.OnesCount64(q.phash ^ ph.phash); d <= PHashMatchThreshold && d < dist {
					entry, dist = ph.entry, d
				}
			}
		}
	}
	if entry < 0 {
		dist = -1
	}
	return entry, dist
}

// personalDetails lists the kinds of personal detail in text: "phone",
// "email", and the doxx lexicon's labels (addr, work, ident, expose) with
// the words found.
func personalDetails(text, ns string, toks []string) map[string][]string {
	out := map[string][]string{}
	digits := 0
	for i := 0; i < len(ns); i++ {
		if ns[i] >= '0' && ns[i] <= '9' {
			digits++
		}
	}
	if digits < 8 { // the regular expressions only run when they can match
		goto lexicon
	}
	for _, m := range phoneRe.FindAllStringSubmatch(ns, -1) {
		digits := 0
		for _, r := range m[1] {
			if r >= '0' && r <= '9' {
				digits++
			}
		}
		if digits >= 8 && !looksLikeDate(m[1]) {
			out["phone"] = append(out["phone"], m[1])
		}
	}
lexicon:
	if digits > 0 {
		out["addr"] = append(out["addr"], streetRe.FindAllString(text, -1)...)
	}
	if strings.Contains(text, "@") && strings.Contains(text, ".") {
		out["email"] = append(out["email"], emailRe.FindAllString(text, -1)...)
	}
	for _, m := range doxxLexicon.Match(toks) {
		out[m.Label] = appendOnce(out[m.Label], strings.Join(toks[m.Start:m.End], " "))
	}
	return out
}

// looksLikeDate rejects 2024-03-05 and 20240305-like digit runs.
func looksLikeDate(s string) bool {
	s = strings.NewReplacer("-", "", ".", "", " ", "").Replace(s)
	return len(s) == 8 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20"))
}
