package returns

import (
	"fmt"
	"time"
)

// Options tune the analysis. The zero value is not useful; start from
// DefaultOptions.
type Options struct {
	// MaxGap is how long after a suspension a successor may first appear.
	MaxGap time.Duration
	// Slack lets a successor appear this long before the old account's last
	// sign of life (accounts are often prepared just before a ban).
	Slack time.Duration
	// Threshold is the minimum score of a link.
	Threshold float64
	// MaxCandidates bounds the candidates scored per suspension (the best by
	// blocking hits are kept).
	MaxCandidates int
	// MaxKeyPostings skips blocking keys shared by more accounts than this in
	// one window: such keys (a common name, a hub everyone follows) cost time
	// and carry no identity.
	MaxKeyPostings int
	// MaxDegree skips followees/followers with more edges than this in
	// follow blocking (they are still used in the overlap features).
	MaxDegree int
	// LookAlikeOnly allows links whose only evidence is a similar handle,
	// name, style and timing. Off by default: an innocent namesake has all
	// of these, so a link also needs a similar bio or avatar, shared follows
	// or interaction partners, or a shout-out (see corroborated).
	LookAlikeOnly bool
	// Model is the scoring model; nil means the committed DefaultModel.
	Model *Model
}

// DefaultOptions returns the defaults documented in docs/ANALYSES-returns.md.
func DefaultOptions() Options {
	return Options{
		MaxGap:         30 * 24 * time.Hour,
		Slack:          24 * time.Hour,
		Threshold:      0.5,
		MaxCandidates:  60,
		MaxKeyPostings: 400,
		MaxDegree:      3000,
	}
}

func (o *Options) validate() error {
	switch {
	case o.MaxGap <= 0:
		return fmt.Errorf("returns: max gap must be positive, got %s", o.MaxGap)
	case o.Slack < 0:
		return fmt.Errorf("returns: slack must not be negative, got %s", o.Slack)
	case o.Threshold < 0 || o.Threshold > 1:
		return fmt.Errorf("returns: threshold must be in [0,1], got %v", o.Threshold)
	case o.MaxCandidates <= 0 || o.MaxKeyPostings <= 0 || o.MaxDegree <= 0:
		return fmt.Errorf("returns: candidate, key and degree bounds must be positive")
	}
	if o.Model == nil {
		o.Model = &DefaultModel
	}
	return nil
}
