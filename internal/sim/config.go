package sim

import (
	"math"
	"time"

	"github.com/marsad-project/marsad"
)

// Config chooses a scenario. The zero value of every field except Seed has a
// default; the same Config always gives byte-identical output.
type Config struct {
	// Seed selects the cast, the wording and the timings.
	Seed uint64
	// Scale multiplies the population: 1.0 ≈ 20,000 accounts and ≥ 300,000
	// posts; 0.1 ≈ 2,000 accounts. 0 means 1.0.
	Scale float64
	// Start is the first day of the observation window (UTC, truncated to the
	// day). Zero means DefaultStart.
	Start time.Time
	// Days is the length of the window in days. 0 means 21.
	Days int
	// Posts, when larger than what the scenario produces by itself, adds
	// ordinary chatter until about this many posts are written (for
	// benchmarks: Posts: 1_000_000 at Scale 1 gives 1M posts without growing
	// the cast). Without it there are still ≥ 300,000 posts per unit of
	// Scale, whatever the seed's rates.
	Posts int
	// Control writes the same kind of world without the media army: no
	// supervisor, officials, organisers, supporters, squads, army hubs,
	// campaigns, threats by the army or returns — only activists, news,
	// ordinary people, influencers and every hard negative. Whatever an
	// analysis flags in it is a false positive.
	Control bool
}

// DefaultStart is the first day of the window when Config.Start is zero.
var DefaultStart = time.Date(2025, time.March, 3, 0, 0, 0, 0, time.UTC)

func (c Config) withDefaults() (Config, error) {
	if c.Scale == 0 {
		c.Scale = 1
	}
	if c.Scale < 0 || math.IsNaN(c.Scale) || math.IsInf(c.Scale, 0) || c.Scale > 1000 {
		return c, marsad.Errorf(marsad.EINVALID, "scale %v: want a number in (0, 1000]", c.Scale)
	}
	if c.Start.IsZero() {
		c.Start = DefaultStart
	}
	c.Start = c.Start.UTC().Truncate(24 * time.Hour)
	if c.Days == 0 {
		c.Days = 21
	}
	if c.Days < 7 || c.Days > 366 {
		return c, marsad.Errorf(marsad.EINVALID, "days %d: want 7..366", c.Days)
	}
	if c.Posts < 0 {
		return c, marsad.Errorf(marsad.EINVALID, "posts %d: want ≥ 0", c.Posts)
	}
	return c, nil
}

// n scales a scale-1 count, keeping at least lo.
func (c Config) n(base float64, lo int) int {
	return max(lo, int(math.Round(base*c.Scale)))
}

// End is the end of the observation window.
func (c Config) end() time.Time { return c.Start.Add(time.Duration(c.Days) * 24 * time.Hour) }
