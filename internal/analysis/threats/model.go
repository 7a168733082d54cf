package threats

import "math"

// weights is the logistic-regression model over the features, in
// FeatureNames order. It is learned offline on a simulator scenario with a
// training seed (go test ./internal/analysis/threats -run TestTrainWeights
// -train writes the numbers to print) and committed here: the model never
// trains at run time and every score can be recomputed by hand from this
// table. See docs/ANALYSES-threats.md for the training data and the test
// scores on a different seed.
var weights = [numFeatures]float64{
	-5.0, // bias
	2.0,  // violent word
	0.8,  // harm word
	2.5,  // threat formula
	2.5,  // violence aimed at the addressee
	1.5,  // first-person or future violence
	2.0,  // order to do violence
	1.0,  // addresses an account
	1.0,  // dehumanising insult
	1.0,  // weapon emoji
	-2.5, // news wording
	-3.0, // condemnation wording
	-2.5, // religious quotation
	-2.5, // sport wording
	-2.0, // joke or hyperbole
	-1.5, // quotation marks
	1.0,  // intimidation
}

// ThreatThreshold is the score at or above which a post is reported as a
// threat. It is set for precision: a wrong accusation harms a real person.
const ThreatThreshold = 0.5

// ThreatScore returns the probability-like score σ(w·x) that text (from a
// post that addresses an account if hasTarget) threatens violence against a
// person, with the explanation of each feature that fired.
func ThreatScore(text string, hasTarget bool) (float64, []string) {
	x, cues := Features(text, hasTarget)
	return score(x, weights), explain(x, cues, weights)
}

func score(x, w [numFeatures]float64) float64 {
	z := 0.0
	for i := range x {
		z += w[i] * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}
