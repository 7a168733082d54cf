package sim

import "time"

// Params are the scenario-wide behaviour parameters, drawn from the seed so
// that scenarios differ in tempo and proportions, not only in names and
// wording. They are written to truth.json for reference; detectors must not
// depend on them.
type Params struct {
	// Tempo multiplies the medians of human (organic) delays: retweets,
	// replies, pile-ons, viral spread. 0.6–1.6.
	Tempo float64 `json:"tempo"`
	// ReleaseRate is the mean number of releases per official per day.
	ReleaseRate float64 `json:"release_rate"`
	// EndorseLag is the median delay of the supervisor's endorsement.
	EndorseLag time.Duration `json:"endorse_lag_ns"`
	// EchoRate is the probability that an official retweets another
	// official's release (after the supervisor's endorsement).
	EchoRate float64 `json:"echo_rate"`
	// SquadTrigger is the median delay from a release to a squad's burst.
	SquadTrigger time.Duration `json:"squad_trigger_ns"`
	// SquadPace is the median (over squads) of a squad's in-burst delay.
	SquadPace time.Duration `json:"squad_pace_ns"`
	// SquadShare is the share of supporters placed in squads.
	SquadShare float64 `json:"squad_share"`
	// SuspendShare is the share of organisers and supporters suspended.
	SuspendShare float64 `json:"suspend_share"`
	// ReturnRate is the probability that a suspended army account returns.
	ReturnRate float64 `json:"return_rate"`
	// ReturnLag is the median delay from suspension to the successor.
	ReturnLag time.Duration `json:"return_lag_ns"`
	// UTCOffset shifts the daily activity curve (audience time zone − 3 h).
	UTCOffset int `json:"utc_offset_shift_hours"`
}

func drawParams(seed uint64) Params {
	r := newRNG(seed, "params")
	return Params{
		Tempo:        0.6 + r.Float64(),
		ReleaseRate:  0.8 + 1.2*r.Float64(),
		EndorseLag:   time.Duration(3+r.IntN(10)) * time.Minute,
		SquadTrigger: time.Duration(4+r.IntN(17)) * time.Minute,
		SquadPace:    time.Duration(10+r.IntN(31)) * time.Second,
		SquadShare:   0.12 + 0.13*r.Float64(),
		SuspendShare: 0.07 + 0.07*r.Float64(),
		ReturnRate:   0.65 + 0.25*r.Float64(),
		ReturnLag:    time.Duration(4+r.IntN(17)) * time.Hour,
		UTCOffset:    r.IntN(5) - 2,
		EchoRate:     0.1 + 0.2*r.Float64(),
	}
}

// human scales an organic delay median by the scenario's tempo.
func (g *gen) human(d time.Duration) time.Duration { return time.Duration(float64(d) * g.p.Tempo) }

// rng returns the random stream for a stage, with the scenario's daily
// activity curve.
func (g *gen) rng(stream string) *rng {
	r := newRNG(g.cfg.Seed, stream)
	r.shift = g.p.UTCOffset
	return r
}
