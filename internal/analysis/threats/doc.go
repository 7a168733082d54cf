// Package threats finds posts that threaten violence against a person and
// posts that dox a person (publish a protected person's photo or personal
// details with hostility).
//
// The threat classifier is local and explainable: a lexicon (Arabic MSA and
// dialects, English) matched through internal/arabic's normalisation and
// light stemming yields a handful of features — violent word, violence aimed
// at the addressee (سنقتلك, kill you), first-person or future intent, an
// order to do violence (اقتلوه), threat formulas (نعرف عنوانك, your days are
// numbered), insults, weapon emoji — and context features that use the same
// words without threatening: news wording, condemnation, religious
// quotation, sport, jokes, quotation marks. A logistic regression over those
// features, trained offline on a simulator seed and committed as a weight
// table (model.go), gives the score; the evidence lists every feature that
// fired with its weight and words. See docs/ANALYSES-threats.md.
package threats
