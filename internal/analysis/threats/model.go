package threats

import "math"

// weights is the logistic-regression model over the features, in
// FeatureNames order. It is fitted offline (MAP with a Gaussian prior
// centred on hand-set weights, see train_test.go) on the simulator scenario
// of the training seed together with the hand-labelled examples of
// testdata/train_extra.tsv (go test ./internal/analysis/threats -run
// TestTrainWeights -args -threats.train prints the table) and committed here: the model never
// trains at run time and every score can be recomputed by hand from this
// table. See docs/ANALYSES-threats.md for the training data and the test
// scores on a different seed.
var weights = [numFeatures]float64{
	-9.10, // bias
	5.71,  // violent word
	0.39,  // harm word
	5.35,  // threat formula
	3.17,  // violence aimed at the addressee
	2.15,  // first-person or future violence
	3.51,  // order to do violence
	1.57,  // addresses an account
	2.49,  // dehumanising insult
	0.52,  // weapon emoji
	-3.11, // news wording
	-3.72, // condemnation wording
	-2.56, // religious quotation
	-2.54, // sport wording
	-4.37, // joke or hyperbole
	-3.89, // quotation marks
	0.73,  // intimidation
	-1.23, // condition
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
