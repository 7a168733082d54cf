package threats

import (
	"math/rand/v2"
	"strings"
	"unicode"
)

// Spelling perturbations applied to true threat posts to measure recall per
// kind of variation. They are written independently of internal/arabic's
// normaliser (from the same list of variations writers use), so a variant
// the normaliser misses shows up as lost recall.
var perturbations = []struct {
	name string
	fn   func(r *rand.Rand, s string) string
}{
	{"diacritics", addDiacritics},
	{"tatweel", addTatweel},
	{"hamza forms", hamzaForms},
	{"elongation", elongate},
	{"zero-width", zeroWidth},
	{"leetspeak", leetspeak},
	{"all combined", func(r *rand.Rand, s string) string {
		return leetspeak(r, zeroWidth(r, elongate(r, hamzaForms(r, addTatweel(r, addDiacritics(r, s))))))
	}},
}

func isArabicLetter(c rune) bool { return c >= 0x0621 && c <= 0x064A }

func addDiacritics(r *rand.Rand, s string) string {
	var b strings.Builder
	for _, c := range s {
		b.WriteRune(c)
		if isArabicLetter(c) && r.IntN(2) == 0 {
			b.WriteRune(rune(0x064B + r.IntN(8))) // tanween, fatha, damma, kasra, shadda, sukun
		}
	}
	return b.String()
}

// addTatweel inserts kashida between two joined Arabic letters.
func addTatweel(r *rand.Rand, s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, c := range rs {
		b.WriteRune(c)
		if i+1 < len(rs) && isArabicLetter(c) && isArabicLetter(rs[i+1]) && !strings.ContainsRune("اأإآدذرزوؤءة", c) && r.IntN(3) == 0 {
			b.WriteString(strings.Repeat("\u0640", 1+r.IntN(3)))
		}
	}
	return b.String()
}

// hamzaForms writes initial alef with a random hamza form, final ي as ى and
// final ه as ة, the spellings people use interchangeably.
func hamzaForms(r *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		rs := []rune(w)
		if len(rs) == 0 {
			continue
		}
		if rs[0] == 'ا' || rs[0] == 'أ' || rs[0] == 'إ' {
			rs[0] = []rune("أإآا")[r.IntN(4)]
		}
		last := len(rs) - 1
		switch rs[last] {
		case 'ي':
			rs[last] = 'ى'
		case 'ى':
			rs[last] = 'ي'
		case 'ه':
			rs[last] = 'ة'
		case 'ة':
			rs[last] = 'ه'
		}
		words[i] = string(rs)
	}
	return strings.Join(words, " ")
}

// elongate stretches one letter of about half of the words.
func elongate(r *rand.Rand, s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		rs := []rune(w)
		if len(rs) < 3 || strings.HasPrefix(w, "@") || strings.HasPrefix(w, "http") || r.IntN(2) == 0 {
			continue
		}
		k := 1 + r.IntN(len(rs)-1)
		if !unicode.IsLetter(rs[k]) {
			continue
		}
		words[i] = string(rs[:k]) + strings.Repeat(string(rs[k]), 3+r.IntN(4)) + string(rs[k+1:])
	}
	return strings.Join(words, " ")
}

func zeroWidth(r *rand.Rand, s string) string {
	marks := []string{"\u200b", "\u200c", "\u200d", "\u200f", "\u2066"}
	rs := []rune(s)
	var b strings.Builder
	for i, c := range rs {
		b.WriteRune(c)
		if unicode.IsLetter(c) && i+1 < len(rs) && unicode.IsLetter(rs[i+1]) && r.IntN(6) == 0 {
			b.WriteString(marks[r.IntN(len(marks))])
		}
	}
	return b.String()
}

func leetspeak(r *rand.Rand, s string) string {
	sub := map[rune]string{'o': "0", 'i': "1", 'e': "3", 'a': "4", 's': "$", 't': "7"}
	words := strings.Split(s, " ")
	for i, w := range words {
		if strings.HasPrefix(w, "@") || strings.HasPrefix(w, "http") || len(w) < 4 || r.IntN(2) == 0 {
			continue
		}
		rs := []rune(w)
		for k := 1; k < len(rs)-1; k++ { // keep the first and last letters
			if v, ok := sub[unicode.ToLower(rs[k])]; ok && r.IntN(2) == 0 {
				words[i] = string(rs[:k]) + v + string(rs[k+1:])
				break
			}
		}
	}
	return strings.Join(words, " ")
}
