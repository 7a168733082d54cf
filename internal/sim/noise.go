package sim

import (
	"strings"
	"unicode"
)

// Orthographic variation: the ways Arabic writers (and evasive ones) spell
// the same words differently. Detectors must normalise these away.
const (
	tatweel = 'ـ'
)

var harakat = []rune{'\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652'}

// nonJoining are letters that do not connect to the next letter; tatweel
// after them would look wrong.
const nonJoining = "اأإآدذرزوةىء"

var arabicIndic = []rune("٠١٢٣٤٥٦٧٨٩")

func isArabicLetter(r rune) bool { return r >= 0x0621 && r <= 0x064A }

// noise applies level (0..1) of random orthographic variation to s.
func noise(r *rng, s string, level float64) string {
	if level <= 0 {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs)+8)
	diac := r.chance(level * 0.6)
	tat := r.chance(level * 0.5)
	hamza := r.chance(level * 0.6)
	yaa := r.chance(level * 0.5)
	taa := r.chance(level * 0.4)
	elong := r.chance(level * 0.4)
	indic := r.chance(level * 0.5)
	protect := false // inside @mention, #hashtag or URL: leave untouched
	for i, c := range rs {
		if i == 0 || unicode.IsSpace(rs[i-1]) {
			protect = c == '@' || c == '#' || strings.HasPrefix(string(rs[i:min(len(rs), i+4)]), "http")
		}
		if protect {
			out = append(out, c)
			continue
		}
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		wordEnd := next == 0 || unicode.IsSpace(next) || unicode.IsPunct(next)
		switch {
		case hamza && (c == 'أ' || c == 'إ' || c == 'آ') && r.chance(0.7):
			c = 'ا'
		case hamza && c == 'ا' && i > 0 && !isArabicLetter(rs[i-1]) && r.chance(0.2):
			c = 'أ'
		case yaa && c == 'ى' && wordEnd && r.chance(0.7):
			c = 'ي'
		case yaa && c == 'ي' && wordEnd && r.chance(0.4):
			c = 'ى'
		case taa && c == 'ة' && wordEnd && r.chance(0.7):
			c = 'ه'
		case indic && c >= '0' && c <= '9':
			c = arabicIndic[c-'0']
		}
		out = append(out, c)
		if !isArabicLetter(c) {
			continue
		}
		if diac && r.chance(0.25) {
			out = append(out, pick(r, harakat))
		}
		if tat && isArabicLetter(next) && !strings.ContainsRune(nonJoining, c) && r.chance(0.12) {
			out = append(out, []rune(strings.Repeat(string(tatweel), r.between(1, 4)))...)
		}
		if elong && wordEnd && r.chance(0.15) {
			out = append(out, []rune(strings.Repeat(string(c), r.between(2, 5)))...)
		}
	}
	return string(out)
}

// Latin-script variation for English threats: elongation, case, leet.
func noiseLatin(r *rng, s string, level float64) string {
	if level <= 0 || !r.chance(level) {
		return s
	}
	mode := r.IntN(4)
	if mode == 3 {
		return s + pick(r, []string{"!!", "!!!", " .", "..."})
	}
	leet := strings.NewReplacer("kill", "k1ll", "dead", "d3ad", "die", "d!e", "find", "f1nd")
	words := strings.Split(s, " ")
	stretched := false
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		if w == "" || w[0] == '@' || w[0] == '#' || strings.HasPrefix(w, "http") {
			continue // mentions, hashtags and links stay as typed
		}
		switch mode {
		case 0:
			words[i] = strings.ToUpper(w)
		case 1:
			if stretched {
				continue
			}
			for j := len(w) - 1; j > 0; j-- {
				if strings.IndexByte("aeiou", w[j]) >= 0 && r.chance(0.5) {
					words[i] = w[:j+1] + strings.Repeat(w[j:j+1], r.between(1, 3)) + w[j+1:]
					stretched = true
					break
				}
			}
		case 2:
			words[i] = leet.Replace(w)
		}
	}
	return strings.Join(words, " ")
}

// nearCopy makes the small edits coordinated accounts make to a shared text
// so it does not look identical: diacritics, tatweel, emoji, swapped
// neighbouring words, a dropped or added hashtag.
func nearCopy(r *rng, s string, emoji []string) string {
	words := strings.Fields(s)
	if len(words) > 3 && r.chance(0.35) {
		i := r.IntN(len(words) - 1)
		words[i], words[i+1] = words[i+1], words[i]
	}
	if len(words) > 4 && r.chance(0.15) {
		i := r.IntN(len(words))
		if !strings.HasPrefix(words[i], "#") && !strings.HasPrefix(words[i], "@") {
			words = append(words[:i], words[i+1:]...)
		}
	}
	s = strings.Join(words, " ")
	s = noise(r, s, 0.6)
	if r.chance(0.5) && len(emoji) > 0 {
		e := pick(r, emoji)
		if r.chance(0.5) {
			s = e + " " + s
		} else {
			s = s + " " + strings.Repeat(e, r.between(1, 3))
		}
	}
	if r.chance(0.2) {
		s += pick(r, []string{" .", "!", " ..", "؛", " ✅", " 👇"})
	}
	return s
}
