package coordination

import (
	"fmt"
	"time"
)

// Options tune Detect. The zero value of a field means its default.
type Options struct {
	// Behaviours to run; empty means AllBehaviours.
	Behaviours []Behaviour
	// Window is the largest time between two actions that count as one
	// co-action (inclusive). Default 60 s.
	Window time.Duration
	// MinWeight is the least number of distinct co-actions for a pair to be
	// kept. Default 3.
	MinWeight int
	// MinSync is the least share of the keys both accounts acted on that they
	// acted on within Window of each other. Default 0.5.
	MinSync float64
	// Alpha is the family-wise false-alarm rate of the choice test over all
	// candidate pairs of a behaviour (Bonferroni). Default 0.01.
	Alpha float64
	// CrowdSize bounds the work per action: an action is compared with at
	// most this many actions before it in the window. Default 100.
	CrowdSize int
	// NearDupSimilarity is the estimated Jaccard similarity of character
	// 4-gram sets above which two texts are near-duplicates. Default 0.7.
	NearDupSimilarity float64
	// MinNearDupRunes is the least length of a normalised text to take part
	// in near-duplicate matching (short texts are alike by chance). Default 24.
	MinNearDupRunes int
	// MaxEvidence bounds the co-actions kept per edge and per group. Default 20.
	MaxEvidence int
}

// withDefaults fills zero fields and validates the rest.
func (o Options) withDefaults() (Options, error) {
	if len(o.Behaviours) == 0 {
		o.Behaviours = AllBehaviours
	}
	if o.Window == 0 {
		o.Window = 60 * time.Second
	}
	if o.MinWeight == 0 {
		o.MinWeight = 3
	}
	if o.MinSync == 0 {
		o.MinSync = 0.5
	}
	if o.Alpha == 0 {
		o.Alpha = 0.01
	}
	if o.CrowdSize == 0 {
		o.CrowdSize = 100
	}
	if o.NearDupSimilarity == 0 {
		o.NearDupSimilarity = 0.7
	}
	if o.MinNearDupRunes == 0 {
		o.MinNearDupRunes = 24
	}
	if o.MaxEvidence == 0 {
		o.MaxEvidence = 20
	}
	switch {
	case o.Window < 0:
		return o, fmt.Errorf("window %v: want ≥ 0", o.Window)
	case o.MinWeight < 1:
		return o, fmt.Errorf("min weight %d: want ≥ 1", o.MinWeight)
	case o.MinSync < 0 || o.MinSync > 1:
		return o, fmt.Errorf("min sync %v: want 0..1", o.MinSync)
	case o.Alpha <= 0 || o.Alpha > 1:
		return o, fmt.Errorf("alpha %v: want (0, 1]", o.Alpha)
	case o.CrowdSize < 1:
		return o, fmt.Errorf("crowd size %d: want ≥ 1", o.CrowdSize)
	case o.NearDupSimilarity <= 0 || o.NearDupSimilarity > 1:
		return o, fmt.Errorf("near-duplicate similarity %v: want (0, 1]", o.NearDupSimilarity)
	}
	return o, nil
}
