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
		"بعد تعليق", " سدو", "انسد", "اتسد",
		"بعد التعليق", "بعد الحظر", "بعد الحذف", "was taken", "got taken", "were taken",
	}
	returnPhrases = []string{
		"is back", "are back", "back again",
		"returned", "find me at", "find us at", "refollow",
		"re follow", "reincarnat", "resurrect", "formerly known", "previously known", "fka",
		"now at",
		"للمره الثانيه", "للمره الثالثه", "للمره الرابعه", "للمره الخامسه",
		"عدنا", "رجعنا", "عاد الحساب", "عوده الحساب", "رجع الحساب", "عودتنا",
	}
	// moveTerms announce a move or the author's own return, which is an
	// account's return only when it is about an account: "we moved to @new",
	// "I'm back @new" (the handle is gone from the normalised text, so little
	// follows the phrase) but not "we moved to a new office downtown" or
	// "رجعت لكم بعد السفر" (back from a trip).
	moveTerms = []string{
		"new home", "moved to", "moving to", "انتقلنا", "انتقل الى", "نقلنا",
		"im back", "i am back", "were back", "we are back",
		"رجعت لكم", "رجعتلكم", "رجعنا لكم", "عدت لكم", "عدت اليكم", "عدنا اليكم",
	}
	accountNouns = []string{
		"account", "acc ", "acct", "handle", "page", "profile", "username", "user name",
		"channel", "twitter", " id ",
		"حساب", "معرف", "يوزر", "صفحه", "قناه", "اكونت", "ايدي",
	}
	changeWords = []string{
		"new", "old", "backup", "back up", "alt ", "alternat", "spare", "second", "another",
		"reserve", "replace", "previous", "former", "instead", "first",
		"جديد", "قديم", "سابق", "بديل", "بدل", "احتياط", "ثاني", "اخر", "الاول",
	}
	// callTerms ask the audience to follow or spread; with the return
	// verbs they are the weak terms.
	callTerms = []string{
		"follow", "support", "spread", "share", "boost", "retweet",
		"تابع", "ادعم", "دعم", "انشر", "ساند",
	}
	weakTerms = append([]string{"عاد", "رجع", "عوده"}, callTerms...)
)

// Context for loss terms. newsTerms mark reporting about suspensions rather
// than an announcement; otherPlatforms mark an account elsewhere (a new
// Instagram is not a returned Twitter account); againTerms mark a repeat
// ("for the third time"); personWords make the author the subject.
var (
	newsTerms = []string{
		"confirmed", "report says", "reports say", "according to", "announced", "thousands of", "hundreds of",
		"researchers", "officials", "spokesman", "spokesperson",
		"حسب", "بحسب", "وفق", "اكدت", "اكد", "اعلنت", "اعلن", "الاف", "مئات", "تقرير", "مصادر", "متحدث",
	}
	otherPlatforms = []string{
		"instagram", "insta ", "facebook", "mastodon", "tiktok", "snapchat", "youtube", "linkedin", "bluesky",
		"انستغرام", "انستجرام", "انستا", "فيسبوك", "فيس بوك", "تيك توك", "سناب", "يوتيوب",
	}
	againTerms = []string{
		"again", "th time", "rd time", "nd time", "once more",
		"مجددا", "مره اخرى", "من جديد", "للمره",
	}
	ordinalWords = []string{
		"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
	}
	personWords = []string{
		"my", "our", "me", "im", "i", "we", "us", "ive", "weve",
		"حسابي", "حسابنا", "معرفي", "معرفنا", "انا", "اني", "احنا", "نحن", "رجعت", "عدت",
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
	news, platforms, again, moves  []string
	calls                          []string
	markers, person, ordinals      map[string]bool
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
		change: norm(changeWords), weak: norm(weakTerms), news: norm(newsTerms),
		platforms: norm(otherPlatforms), again: norm(againTerms), moves: norm(moveTerms), calls: norm(callTerms), markers: map[string]bool{}, person: map[string]bool{}, ordinals: map[string]bool{}}
	for _, w := range norm(ordinalWords) {
		l.ordinals[w] = true
	}
	for _, w := range norm(personWords) {
		l.person[strings.TrimSpace(w)] = true
	}
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

// strength returns 1 for strong return talk, 0.5 for weak talk, 0
// otherwise, with the words that matched.
//
// Strong: a return phrase ("we're back", رجعنا); an account noun with a
// change word next to it ("new account", "الحساب البديل"); or a loss term
// with something that makes it about an account coming back (an account
// noun, a change word, a follow/support call, first person, "again").
// Weak: a loss term alone ("suspended for 3 games"), a loss in news wording
// ("the ministry confirmed the account was suspended"), a return or new
// account on another platform ("my new account on Instagram"), or a call to
// follow or support.
func (l *lexicon) strength(normText string) (float64, string) {
	text := " " + normText + " "
	words := strings.Fields(normText)
	other := firstIn(text, l.platforms)
	personal := l.firstPerson(words)
	weak := firstIn(text, l.weak)
	pair := l.nounChange(words)
	ret := firstIn(text, l.ret)
	if t := firstIn(text, l.loss); t != "" {
		news := firstIn(text, l.news) != "" && personal == "" && weak == "" && pair == "" && ret == ""
		ctx := pair + ret + firstIn(text, l.moves) + weak + personal + firstIn(text, l.nouns) + firstIn(text, l.change) + firstIn(text, l.again)
		if ctx != "" && !news {
			return 1, t
		}
		return 0.5, t
	}
	if other != "" {
		if ret != "" || pair != "" || weak != "" {
			return 0.5, other
		}
		return 0, ""
	}
	if ret != "" {
		return 1, ret
	}
	if pair != "" {
		return 1, pair
	}
	if m := firstIn(text, l.moves); m != "" {
		after := strings.Fields(text[strings.Index(text, m)+len(m):])
		if len(after) <= 2 || firstIn(text, l.calls) != "" || firstIn(text, l.nouns) != "" {
			return 1, m
		}
		return 0.5, m
	}
	if weak != "" {
		return 0.5, weak
	}
	return 0, ""
}

// nounChange finds an account noun with a change word beside it: in Latin
// script the change word comes first ("my new account", "backup acc"), in
// Arabic usually after the noun ("الحساب الجديد") and sometimes before
// ("ثاني حساب"). "my cooking page, new recipe" is not a pair.
func (l *lexicon) nounChange(words []string) string {
	for i, w := range words {
		n := firstIn(" "+w+" ", l.nouns)
		if n == "" {
			continue
		}
		lo, hi := max(0, i-3), i+1
		if isArabicWord(w) {
			lo, hi = max(0, i-2), min(len(words), i+4)
		}
		if c := firstIn(" "+strings.Join(words[lo:hi], " ")+" ", l.change); c != "" {
			return n + " + " + c
		}
		// An ordinal names a new generation: "my 5th account", "الحساب الرابع".
		// (A bare number, "الحساب 3", stays a profile marker of 0.5.)
		for _, x := range words[lo:hi] {
			if isOrdinal(x) || l.ordinals[x] {
				return n + " + " + x
			}
		}
	}
	return ""
}

// firstPerson returns the first word that makes the author the subject
// ("my", "i'm", حسابي, رجعت), or "".
func (l *lexicon) firstPerson(words []string) string {
	for _, w := range words {
		if l.person[w] {
			return w
		}
	}
	return ""
}

// isOrdinal reports a digit ordinal: 2nd, 3rd, 5th.
func isOrdinal(w string) bool {
	n := len(w)
	if n < 3 || !isNumber(w[:n-2]) {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

func isArabicWord(w string) bool {
	for _, r := range w {
		return r >= 0x0600 && r <= 0x06FF
	}
	return false
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
