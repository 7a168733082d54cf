package returns

import (
	"strings"
	"sync"
	"unicode"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// The return vocabulary, in English and Arabic (MSA and common dialect
// spellings), matched as substrings of snapshot.NormalizeText so that
// Arabic stems match their inflections (حساب matches الحساب, حسابي, بحسابه)
// and English stems theirs (suspend matches suspended, suspension).
//
// A post is "strong" return talk when it has a loss term (the account was
// suspended, banned, closed, deleted), a return phrase (we're back), or an
// account noun together with a change word (new/old/backup account, الحساب
// الجديد, المعرف البديل). Calls to follow or support count as "weak". The
// lists are deliberately broad: a match alone links nothing; it only
// strengthens a pair that a post names together, and the other features
// must agree.
var (
	lossTerms = []string{
		"suspend", "banned", "got ban", "ban hammer", "shut down", "shadowban",
		"taken down", "got closed", "was closed", "been closed", "closed my", "closed our",
		"was deleted", "been deleted", "deleted my", "deleted our", "removed my", "lost my account",
		"rip account", "account is gone", "got nuked", "nuked",
		"تم تعليق", "تعليق الحساب", "تعليق حساب", "علقو", "علقت", "انعلق", "اتعلق", "معلق",
		"حظر", "انحظر", "محظور", "اتحظر", "باند", "اغلق", "اغلاق", "مغلق", "انغلق", "سكرو",
		"تم حذف", "انحذف", "اتحذف", "محذوف", "حذفو", "انحرق", "حرقو", "طار الحساب", "راح الحساب",
	}
	returnPhrases = []string{
		"im back", "i am back", "were back", "we are back", "is back", "are back", "back again",
		"returned", "new home", "moved to", "moving to", "find me at", "find us at", "refollow",
		"re follow", "reincarnat", "resurrect",
		"عدنا", "رجعنا", "عاد الحساب", "عوده الحساب", "رجع الحساب", "عودتنا", "رجعتلكم", "عدت لكم",
		"انتقلنا", "انتقل الى", "نقلنا",
	}
	accountNouns = []string{
		"account", "acc ", "acct", "handle", "page", "profile", "username", "user name",
		"channel", "twitter", " id ",
		"حساب", "معرف", "يوزر", "صفحه", "قناه", "اكونت", "ايدي",
	}
	changeWords = []string{
		"new", "old", "backup", "back up", "alt ", "alternat", "spare", "second", "another",
		"reserve", "replace", "previous", "former", "instead",
		"جديد", "قديم", "سابق", "بديل", "بدل", "احتياط", "ثاني", "اخر", "الاول",
	}
	weakTerms = []string{
		"follow", "support", "spread", "share", "boost", "retweet",
		"تابع", "ادعم", "دعم", "انشر", "ساند", "عاد", "رجع", "عوده",
	}
)

// profileMarkers are single words that, added to a display name or bio,
// mark a returned account ("Abu X | back", "أبو فلان (عودة)", "الحساب ٢").
var profileMarkers = []string{
	"back", "new", "returned", "again", "v2", "ii", "reborn", "restored",
	"عاد", "عدنا", "رجع", "رجعنا", "عوده", "العوده", "جديد", "الجديد", "مجددا", "بديل", "البديل", "احتياط", "الاحتياطي",
}

// sharedLexicon is built once: the terms are normalised at first use.
var sharedLexicon = sync.OnceValue(newLexicon)

// lexicon is the return vocabulary in normalised form.
type lexicon struct {
	loss, ret, nouns, change, weak []string
	markers                        map[string]bool
}

func newLexicon() *lexicon {
	norm := func(terms []string) []string {
		out := make([]string, 0, len(terms))
		for _, t := range terms {
			n := snapshot.NormalizeText(t)
			// NormalizeText trims; keep the spaces that mark a word edge.
			if strings.HasPrefix(t, " ") {
				n = " " + n
			}
			if strings.HasSuffix(t, " ") {
				n += " "
			}
			if strings.TrimSpace(n) != "" {
				out = append(out, n)
			}
		}
		return out
	}
	l := &lexicon{loss: norm(lossTerms), ret: norm(returnPhrases), nouns: norm(accountNouns),
		change: norm(changeWords), weak: norm(weakTerms), markers: map[string]bool{}}
	for _, m := range norm(profileMarkers) {
		l.markers[m] = true
	}
	return l
}

func firstIn(text string, terms []string) string {
	for _, t := range terms {
		if strings.Contains(text, t) {
			return strings.TrimSpace(t)
		}
	}
	return ""
}

// strength returns 1 for strong return talk, 0.5 for a weak call only, 0
// otherwise, with the words that matched.
func (l *lexicon) strength(normText string) (float64, string) {
	text := " " + normText + " "
	if t := firstIn(text, l.loss); t != "" {
		return 1, t
	}
	if t := firstIn(text, l.ret); t != "" {
		return 1, t
	}
	if n := firstIn(text, l.nouns); n != "" {
		if c := firstIn(text, l.change); c != "" {
			return 1, n + " + " + c
		}
	}
	if t := firstIn(text, l.weak); t != "" {
		return 0.5, t
	}
	return 0, ""
}

// profileReturn scores a display name plus bio as announcing a return: 1
// for strong return talk, 0.5 for a marker word or a number after an
// account noun ("الحساب 3", "acc 2"), 0 otherwise.
func (l *lexicon) profileReturn(name, bio string) float64 {
	text := snapshot.NormalizeText(name + " " + bio)
	if s, _ := l.strength(text); s == 1 {
		return 1
	}
	words := strings.Fields(text)
	for i, w := range words {
		if l.markers[w] {
			return 0.5
		}
		if i > 0 && isNumber(w) && firstIn(" "+words[i-1]+" ", l.nouns) != "" {
			return 0.5
		}
	}
	return 0
}

func isNumber(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}
