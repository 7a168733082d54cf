package campaigns

import (
	"regexp"
	"strings"

	"github.com/marsad-project/marsad/internal/arabic"
)

// Shape cues: calls that a word list cannot enumerate because the verb is
// open-ended. Two shapes are recognised, both only as a complement to the
// lexicon's cue categories, so a call still needs its weight and a target.
//
//   - An Arabic plural imperative of the أفعلوا pattern (ارفعوا عليه
//     بلاغات, اكتبوا, انشروا) counts as a collective address when the text
//     already has an action word: an order given to many about reports.
//   - An English "report" at the start of a clause and followed by an object
//     pronoun, "for"/"as", or the end of the clause ("— report for hateful
//     conduct", "You know what to do. Report.") is an instruction ("report
//     it" is not: in solidarity posts "it" is the threatening post). "Report:"
//     (a headline) and "the report says" are not clause-initial orders.

// clauseReport finds "report" opening a clause. Clause starts are the text
// start and sentence or dash punctuation.
var clauseReport = regexp.MustCompile(`(?i)(?:^|[.!?;:—–\n]|\s-)\s*(?:and\s+|then\s+|pls\s+|please\s+)?report(?:\s+(?:him|her|them|for|as|now|asap)\b|\s*[.!]|\s*$)`)

// shapeCues returns the extra weight and cues for the shapes above, given
// the labels the lexicon already matched (seen) and the spans it covered.
func shapeCues(text string, toks []string, ms []arabic.Match, seen map[string]bool) (float64, []string) {
	var sum float64
	var cues []string
	if !seen["act.strong"] && clauseReport.MatchString(text) {
		sum += cueWeight["act.strong"]
		cues = append(cues, cueName["act.strong"]+": report (clause start)")
	}
	if (seen["act"] || seen["act.strong"]) && !seen["coll"] {
		for i, tok := range toks {
			if covered(ms, i) || !pluralImperative(tok) {
				continue
			}
			sum += cueWeight["coll"]
			cues = append(cues, cueName["coll"]+": "+tok+" (plural imperative)")
			break
		}
	}
	return sum, cues
}

// pluralImperative reports a normalised Arabic token of the form ا…وا
// (ارفعوا, انشروا, اكتبوا), with an optional conjunction و/ف in front. Its
// stem must leave at least two letters between the alif and the suffix.
func pluralImperative(tok string) bool {
	if !arabic.IsArabic(tok) {
		return false
	}
	for _, c := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(tok, c); ok && strings.HasPrefix(rest, "ا") {
			tok = rest
			break
		}
	}
	if !strings.HasPrefix(tok, "ا") || !strings.HasSuffix(tok, "وا") {
		return false
	}
	return len([]rune(tok)) >= 6 // ا + at least three root letters + وا
}

// covered reports whether token i lies inside some lexicon match.
func covered(ms []arabic.Match, i int) bool {
	for _, m := range ms {
		if m.Start <= i && i < m.End {
			return true
		}
	}
	return false
}

// negators are the words that, right before an action, turn it into its
// opposite ("don't" is tokenised as "don" "t"). "ما" is left out: "ليش ما
// تبلغون عليه" (why don't you report him) is a call.
var negators = map[string]bool{"لا": true, "مش": true, "بلاش": true, "not": true, "t": true,
	"dont": true, "never": true}

// negated reports whether the token right before index i negates the
// action starting at i.
func negated(toks []string, i int) bool {
	return i > 0 && negators[toks[i-1]]
}
