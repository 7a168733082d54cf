package threats

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/marsad-project/marsad/internal/arabic"
)

//go:embed threat_lexicon.txt
var threatLexiconText string

var threatLexicon = func() *arabic.Lexicon {
	es, err := arabic.ParseEntries(strings.NewReader(threatLexiconText))
	if err != nil {
		panic("threats: threat_lexicon.txt: " + err.Error())
	}
	return arabic.MustCompile(es)
}()

// patternKey caches the normalised form of each lexicon pattern, to locate
// the stem inside an inflected token.
var patternKey = func() map[string]string {
	es, _ := arabic.ParseEntries(strings.NewReader(threatLexiconText))
	m := make(map[string]string, len(es))
	for _, e := range es {
		m[e.Pattern] = arabic.Normalize(strings.TrimPrefix(e.Pattern, "="))
	}
	return m
}()

// The classifier's features. Each is 0 or 1; FeatureNames gives the order of
// the weight table.
const (
	fBias = iota
	fViolence
	fHarm
	fPhrase
	fSecondPerson // a violent word aimed at "you": سنقتلك, kill you
	fIntent       // first-person or future violent act: سنقتل, رح اذبح, we will kill
	fImperative   // an order to do violence: اقتلوه, kill him
	fTarget       // the post addresses an account (mention, reply, quote)
	fInsult
	fEmoji
	fNews
	fCondemn
	fReligion
	fSport
	fJoke
	fQuoted // the text quotes someone (quotation marks)
	fWarn   // intimidation without a violent act: ستندم, you will pay
	fCond   // a condition: لو, اذا, if
	numFeatures
)

// FeatureNames names the features in weight-table order.
var FeatureNames = [numFeatures]string{
	"bias", "violent word", "harm word", "threat formula", "violence aimed at the addressee",
	"first-person or future violence", "order to do violence", "addresses an account", "dehumanising insult",
	"weapon emoji", "news wording", "condemnation wording", "religious quotation", "sport wording",
	"joke or hyperbole", "quotation marks", "intimidation", "condition",
}

var labelFeature = map[string]int{
	"violence": fViolence, "harm": fHarm, "phrase": fPhrase, "insult": fInsult, "emoji": fEmoji,
	"news": fNews, "condemn": fCondemn, "religion": fReligion, "sport": fSport, "joke": fJoke, "warn": fWarn, "cond": fCond, "quoted": fQuoted,
}

// Features extracts the feature vector of a post's text. hasTarget says
// whether the post addresses an account. The returned cues explain each
// feature that fired with the words behind it.
func Features(text string, hasTarget bool) (x [numFeatures]float64, cues [numFeatures][]string) {
	return features(text, arabic.Tokens(text), hasTarget)
}

// features is Features over tokens already computed from text.
func features(text string, toks []string, hasTarget bool) (x [numFeatures]float64, cues [numFeatures][]string) {
	x[fBias] = 1
	// The @handles a reply starts with are addressing, not an object of the
	// words that follow (fTarget records the addressing).
	for len(toks) > 0 && toks[0] == arabic.MentionToken {
		toks = toks[1:]
	}
	ms := threatLexicon.Match(toks)
	var life, omen []string // veiled-threat cues, see below
	for _, m := range ms {
		switch m.Label {
		case "life":
			life = appendOnce(life, strings.Join(toks[m.Start:m.End], " "))
		case "omen":
			omen = appendOnce(omen, strings.Join(toks[m.Start:m.End], " "))
		}
		f, ok := labelFeature[m.Label]
		if !ok || (f == fViolence && m.End-m.Start == 1 && notViolent[toks[m.Start]]) {
			continue
		}
		x[f] = 1
		words := strings.Join(toks[m.Start:m.End], " ")
		cues[f] = appendOnce(cues[f], words)
		if f != fViolence && f != fHarm {
			continue
		}
		morph := morphology(toks, m, patternKey[m.Pattern])
		for _, g := range morph {
			x[g] = 1
			cues[g] = appendOnce(cues[g], words)
		}
		// A harm word aimed at "you" by "us/me" in the future (هنموتك, we
		// will bury you) is as violent as a violent word.
		if f == fHarm && slices.Contains(morph, fSecondPerson) && slices.Contains(morph, fIntent) {
			x[fViolence] = 1
			cues[fViolence] = appendOnce(cues[fViolence], words)
		}
	}
	// A veiled threat names no violent act: it addresses someone, points at
	// their family, home, car or routine, and adds an ominous remark ("nice
	// kids… hope they make it home", "سيارتك تقف كل ليلة… أليس كذلك؟").
	if hasTarget && x[fPhrase] == 0 && len(life) > 0 && (len(omen) > 0 || x[fWarn] == 1) {
		x[fPhrase] = 1
		cues[fPhrase] = appendOnce(cues[fPhrase], "veiled: "+strings.Join(append(life, omen...), ", "))
		if len(omen) > 0 {
			x[fWarn] = 1
			cues[fWarn] = appendOnce(cues[fWarn], omen...)
		}
	}
	if x[fPhrase] == 1 {
		x[fSecondPerson] = 1
		cues[fSecondPerson] = appendOnce(cues[fSecondPerson], cues[fPhrase]...)
	}
	if hasTarget {
		x[fTarget] = 1
	}
	if quoteMarks(text) {
		x[fQuoted] = 1
	}
	return x, cues
}

// morphology returns the person/mood features of a violent match.
func morphology(toks []string, m arabic.Match, key string) []int {
	var out []int
	tok := toks[m.Start]
	if m.End-m.Start == 1 && arabic.IsArabic(tok) {
		if i := strings.Index(tok, key); i >= 0 {
			pre, suf := tok[:i], tok[i+len(key):]
			pre = strings.TrimPrefix(strings.TrimPrefix(pre, "و"), "ف")
			// An exact entry written as a whole conjugated word (نشويك,
			// سنبيدك) carries its own person: read it as prefix + stem +
			// suffix.
			if pre == "" && suf == "" && len([]rune(tok)) >= 3 {
				for _, p := range wholeWordPrefixes {
					if len([]rune(tok)) >= 5 && strings.HasPrefix(tok, p) {
						pre = p
						break
					}
				}
				for _, sx := range secondSuffixes {
					if strings.HasSuffix(tok, sx) && len(sx) > len(suf) {
						suf = sx
					}
				}
			}
			stemAlef := strings.HasPrefix(key, "ا")
			switch {
			case hasAny(suf, secondSuffixes, true):
				out = append(out, fSecondPerson)
				if pre != "" || stemAlef {
					out = append(out, fIntent)
				}
			case (pre == "ا" || (pre == "" && stemAlef)) && hasAny(suf, imperativeSuffixes, false):
				out = append(out, fImperative)
			case hasAny(pre, futurePrefixes, false):
				out = append(out, fIntent)
				// A second-person future (ستذبح، هتموت، بتنقتل) in a post
				// that calls someone "يا …" is aimed at that person.
				if hasAny(pre, youFuturePrefixes, false) && slices.Contains(toks, "يا") {
					out = append(out, fSecondPerson)
				}
			}
		}
	}
	// Phrases (قطع راسك): the object pronoun sits on a later word.
	if m.End-m.Start > 1 {
		for _, t := range toks[m.Start+1 : m.End] {
			if arabic.IsArabic(t) && len([]rune(t)) >= 3 && hasAny(t, secondSuffixes, true) {
				out = append(out, fSecondPerson)
				break
			}
		}
	}
	// Future or intent words just before the violent word.
	for k := max(0, m.Start-3); k < m.Start; k++ {
		if futureWords[toks[k]] {
			out = append(out, fIntent)
			break
		}
	}
	// Arabic: a word with a second-person pronoun just after (رصاصه في
	// راسك), or a preposition with "you" just before (سيطلق عليك الرصاص).
	if arabic.IsArabic(tok) {
		for k := m.End; k < min(len(toks), m.End+3); k++ {
			if t := toks[k]; arabic.IsArabic(t) && (secondPreps[t] || len([]rune(t)) >= 4 && hasAny(t, []string{"ك", "كم"}, true)) {
				out = append(out, fSecondPerson)
				break
			}
		}
		for k := max(0, m.Start-2); k < m.Start; k++ {
			if secondPreps[toks[k]] {
				out = append(out, fSecondPerson)
				break
			}
		}
	}
	// English: the addressee just after the violent word (kill you, a
	// bullet is waiting for you, kill @x) or as the subject of a future
	// passive just before it (you will be slaughtered).
	if !arabic.IsArabic(tok) {
		aimed := false
		for k := m.End; k < min(len(toks), m.End+5); k++ {
			// An @handle is the object only right after the verb (kill
			// @x, kill this @x); further on it is usually addressing
			// (traffic is choking the city @x).
			aimed = aimed || (secondWords[toks[k]] && (toks[k] != arabic.MentionToken || k-m.End < 2))
		}
		for k := max(0, m.Start-3); k < m.Start && !aimed; k++ {
			aimed = toks[k] != arabic.MentionToken && secondWords[toks[k]] && k+1 < m.Start && futureWords[toks[k+1]]
		}
		if aimed {
			out = append(out, fSecondPerson)
		}
		if m.End < len(toks) && objectWords[toks[m.End]] && (m.Start == 0 || orderWords[toks[m.Start-1]]) {
			out = append(out, fImperative)
		}
	}
	return out
}

var (
	secondSuffixes     = []string{"ك", "كم", "كي", "كن", "كما", "كو"}
	imperativeSuffixes = []string{"وه", "وها", "وهم", "وا", "و", "ه", "ها", "هم", "يه", "يها"}
	// notViolent lists words whose stems collide with a violent stem but
	// which are read otherwise: نحرك is "we move" (ن + حرك) far more often
	// than "your throat"; "we will slaughter you" is ننحرك/سننحرك.
	notViolent        = set("نحرك", "سنحرك", "بنحرك", "هنحرك", "حنحرك", "ونحرك", "منحرك", "لنحرك", "نحركم", "سنحركم", "نحركها", "نحركه")
	secondPreps       = set("عليك", "عليكي", "عليكم", "فيك", "فيكي", "فيكم", "منك", "منكم") // not لك: ذبح لك is hospitality
	wholeWordPrefixes = []string{"سن", "هن", "حن", "بن", "ن", "ا", "ه", "ب", "لا", "لن"}
	youFuturePrefixes = []string{"ست", "هت", "حت", "بت"}
	futurePrefixes    = []string{"سن", "سا", "ست", "هن", "حن", "حا", "بن", "ن", "ا", "لن", "رح", "منن"}
	futureWords       = set("سوف", "رح", "راح", "ح", "بدي", "بدنا", "نبي", "ابي", "ناوي", "ناويين", "لازم", "انتظر", "استني", "wait", "will", "ll", "gonna", "shall", "wanna", "going", "gon", "must", "should")
	secondWords       = set("you", "your", "u", "ur", "ya", "yourself", "yall", arabic.MentionToken)
	objectWords       = set("him", "her", "them", "this", "that", "all", arabic.MentionToken)
	orderWords        = set("someone", "somebody", "go", "pls", "please", "just", "must", "should", "and", "lets", "s")
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// hasAny reports whether s equals (exact) or ends with (!exact... see use)
// one of the affixes: for suffixes it tests HasSuffix when suffix is true,
// equality otherwise.
func hasAny(s string, affixes []string, suffix bool) bool {
	for _, a := range affixes {
		if (suffix && strings.HasSuffix(s, a)) || (!suffix && s == a) {
			return true
		}
	}
	return false
}

// quoteMarks reports whether s quotes someone: two or more double quotes,
// guillemets, typographic or Quranic brackets, or ASCII single quotes at a
// word boundary ('…'), which apostrophes inside words (I'm) are not.
func quoteMarks(s string) bool {
	n := 0
	rs := []rune(s)
	for i, r := range rs {
		switch r {
		case '"', '«', '»', '“', '”', '‘', '’', '﴿', '﴾':
			n++
		case '\'':
			before := i == 0 || unicode.IsSpace(rs[i-1])
			after := i+1 == len(rs) || unicode.IsSpace(rs[i+1]) || unicode.IsPunct(rs[i+1])
			if before || after {
				n++
			}
		}
	}
	return n >= 2
}

func appendOnce(s []string, xs ...string) []string {
	for _, x := range xs {
		found := false
		for _, y := range s {
			if y == x {
				found = true
				break
			}
		}
		if !found {
			s = append(s, x)
		}
	}
	return s
}

// explain renders the fired features with their cues, for evidence.
func explain(x [numFeatures]float64, cues [numFeatures][]string, w [numFeatures]float64) []string {
	var out []string
	for f := 1; f < numFeatures; f++ {
		if x[f] == 0 {
			continue
		}
		s := fmt.Sprintf("%s (weight %+.1f)", FeatureNames[f], w[f])
		if len(cues[f]) > 0 {
			s += ": " + strings.Join(cues[f], ", ")
		}
		out = append(out, s)
	}
	return out
}
