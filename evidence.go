package marsad

// Evidence is one human-readable reason behind an analysis result, with the
// posts that show it. Every score marsad prints carries its evidence, because
// a wrong accusation harms a real person.
type Evidence struct {
	Reason string   `json:"reason"`
	Weight float64  `json:"weight,omitempty"`
	Posts  []string `json:"posts,omitempty"`
}
