package campaigns

import (
	_ "embed"
	"math"
	"regexp"
	"strings"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/arabic"
)

// CallToAction is a post instructing others to act against an account:
// report it, get it suspended, raid or defame it. Organisers of a media army
// issue these to start a targeting campaign.
type CallToAction struct {
	// Targets are the accounts the call names, the most likely first: the
	// accounts mentioned in the text, then handles written in the text, then
	// the author of the quoted (or replied-to) post.
	Targets []Target `json:"targets"`
	// Cues are the matched words and phrases with their category, e.g.
	// "instruction: بلغوا" or "campaign word: حمله"; the evidence for a human.
	Cues []string `json:"cues"`
	// Score in [0,1] grows with the number and strength of the cues.
	Score float64 `json:"score"`
}

// Target is one account a call to action names.
type Target struct {
	AccountID string `json:"account_id"` // platform id, or marsad.HandleID(handle)
	Handle    string `json:"handle,omitempty"`
	// Via says how it was found: "mention", "handle" (written in the text
	// without a mention entity), "quoted" or "replied".
	Via string `json:"via"`
}

//go:embed cta_lexicon.txt
var ctaLexiconText string

// ctaLexicon is compiled once; a broken embedded file is a build defect that
// every test catches.
var ctaLexicon = func() *arabic.Lexicon {
	es, err := arabic.ParseEntries(strings.NewReader(ctaLexiconText))
	if err != nil {
		panic("campaigns: cta_lexicon.txt: " + err.Error())
	}
	return arabic.MustCompile(es)
}()

// Cue weights. An instruction alone reaches the threshold; a word for
// reporting or banning needs a campaign word or a collective address too.
// News wording and solidarity wording push the score down, because "the
// report says…" and "stop the reporting campaign against @x" use the same
// words as a call.
var cueWeight = map[string]float64{
	"act.strong": 2.5,
	"act":        1.2,
	"camp":       1.0,
	"coll":       0.8,
	"neg.news":   -2.0,
	"neg.solid":  -2.5,
}

var cueName = map[string]string{
	"act.strong": "instruction",
	"act":        "action word",
	"camp":       "campaign word",
	"coll":       "collective address",
	"neg.news":   "news wording",
	"neg.solid":  "solidarity wording",
}

// ctaThreshold is the summed cue weight a call needs: an instruction alone
// (2.5), or an action word with a campaign word (2.2) or with a collective
// address (2.0); never a campaign word with an address but no action.
const ctaThreshold = 2.0

// handleRe finds @handles in text. Letters and digits of any script are
// accepted and folded afterwards (Arabic-Indic digits typed in a handle,
// @name٨٢ for @name82, are a common way to dodge exact-match filters).
var handleRe = regexp.MustCompile(`(?:^|[^\p{L}\p{N}_@])@([\p{L}\p{N}_]{1,30})`)

// DetectCallToAction decides whether text is a call to action against an
// account and extracts its targets from mentions (the post's mention
// entities; may be nil) and from @handles in the text. It returns ok=false
// when the cues do not reach the threshold or no target is named. Use
// DetectCallToActionPost to also take the quoted or replied-to author as the
// target. Safe for concurrent use; cost is linear in the text length.
func DetectCallToAction(text string, mentions []marsad.Mention) (CallToAction, bool) {
	cta, ok := scoreCues(text)
	if !ok {
		return CallToAction{}, false
	}
	cta.Targets = textTargets(text, mentions)
	if len(cta.Targets) == 0 {
		return CallToAction{}, false
	}
	return cta, true
}

// DetectCallToActionPost is DetectCallToAction for a whole post: when the
// text names nobody, the author of the quoted post (or else of the post
// replied to) is the target, since "report this account" is often written
// as a quote or reply. Reposts never are calls of their own.
func DetectCallToActionPost(p *marsad.Post) (CallToAction, bool) {
	if p.Kind == marsad.PostRepost {
		return CallToAction{}, false
	}
	cta, ok := scoreCues(p.Text)
	if !ok {
		return CallToAction{}, false
	}
	cta.Targets = textTargets(p.Text, p.Mentions)
	switch {
	case p.QuotedAccountID != "":
		cta.Targets = appendTarget(cta.Targets, Target{AccountID: p.QuotedAccountID, Via: "quoted"})
	case p.ReplyToAccountID != "" && len(cta.Targets) == 0:
		cta.Targets = appendTarget(cta.Targets, Target{AccountID: p.ReplyToAccountID, Via: "replied"})
	}
	// A call does not target its own author.
	out := cta.Targets[:0]
	for _, t := range cta.Targets {
		if t.AccountID != p.AccountID {
			out = append(out, t)
		}
	}
	cta.Targets = out
	if len(cta.Targets) == 0 {
		return CallToAction{}, false
	}
	return cta, true
}

// scoreCues matches the lexicon and sums the weights of the distinct cue
// categories (a category counts once however often it matches).
func scoreCues(text string) (CallToAction, bool) {
	if text == "" {
		return CallToAction{}, false
	}
	toks := arabic.Tokens(text)
	ms := ctaLexicon.Match(toks)
	seen := map[string]bool{}
	var cta CallToAction
	sum := 0.0
	for i, m := range ms {
		if m.Label == "mask" || insideLonger(ms, i) {
			continue // "انصار" inside "يا انصار": one cue, not two
		}
		if (m.Label == "act.strong" || m.Label == "act") && negated(toks, m.Start) {
			continue // "لا تبلغوا عنه", "don't report him": the opposite of a call
		}
		if m.Label == "act.strong" && m.Start > 0 && determiners[toks[m.Start-1]] {
			m.Label = "act" // "a mass report campaign": a noun phrase, not an order
		}
		cue := cueName[m.Label] + ": " + strings.Join(toks[m.Start:m.End], " ")
		if !seen[m.Label] {
			seen[m.Label] = true
			sum += cueWeight[m.Label]
		}
		if !seen[cue] {
			seen[cue] = true
			cta.Cues = append(cta.Cues, cue)
		}
	}
	extra, cues := shapeCues(text, toks, ms, seen)
	sum += extra
	cta.Cues = append(cta.Cues, cues...)
	if sum < ctaThreshold {
		return CallToAction{}, false
	}
	cta.Score = scoreOf(sum)
	return cta, true
}

// determiners before an English instruction make it a noun phrase.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "his": true,
	"her": true, "their": true, "its": true, "our": true, "my": true, "your": true}

// insideLonger reports whether match i lies within another, longer match of
// the same label or of the label "mask" (phrases such as "fake news" whose
// words must not count as cues of their own).
func insideLonger(ms []arabic.Match, i int) bool {
	m := ms[i]
	for j, o := range ms {
		if j != i && (o.Label == m.Label || o.Label == "mask") && o.Start <= m.Start && m.End <= o.End && o.End-o.Start > m.End-m.Start {
			return true
		}
	}
	return false
}

// scoreOf maps the summed weight to (0,1): 1 − 0.4·e^(−(sum−2)/2), so the
// threshold gives 0.6 and each further strong cue closes half the gap to 1.
func scoreOf(sum float64) float64 {
	return math.Min(0.99, 1-0.4*math.Exp(-(sum-ctaThreshold)/2))
}

// textTargets lists the mentioned accounts in text order, then @handles of
// the text that no mention entity covers.
func textTargets(text string, mentions []marsad.Mention) []Target {
	var out []Target
	for _, m := range mentions {
		id := m.AccountID
		if id == "" && m.Handle != "" {
			id = marsad.HandleID(m.Handle)
		}
		if id != "" {
			out = appendTarget(out, Target{AccountID: id, Handle: m.Handle, Via: "mention"})
		}
	}
	for _, sm := range handleRe.FindAllStringSubmatch(text, -1) {
		h := foldHandle(sm[1])
		if h == "" {
			continue
		}
		covered := false
		for _, m := range mentions {
			if strings.EqualFold(m.Handle, h) {
				covered = true
				break
			}
		}
		if !covered {
			out = appendTarget(out, Target{AccountID: marsad.HandleID(h), Handle: h, Via: "handle"})
		}
	}
	return out
}

func appendTarget(ts []Target, t Target) []Target {
	for _, x := range ts {
		if x.AccountID == t.AccountID {
			return ts
		}
	}
	return append(ts, t)
}

// foldHandle turns a handle written in text into the platform's form:
// Arabic-Indic and Persian digits to ASCII; it returns "" when what remains
// is not a valid handle (ASCII letters, digits, underscore).
func foldHandle(h string) string {
	var b strings.Builder
	for _, r := range h {
		switch {
		case r >= '٠' && r <= '٩':
			b.WriteRune('0' + r - '٠')
		case r >= '۰' && r <= '۹':
			b.WriteRune('0' + r - '۰')
		case r == '_' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z'):
			b.WriteRune(r)
		default:
			return ""
		}
	}
	return b.String()
}
