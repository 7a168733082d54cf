package sim

import (
	"strconv"
	"time"
)

// twitterEpochMS is the Twitter snowflake epoch (2010-11-04T01:42:54.657Z).
const twitterEpochMS = 1288834974657

// idGen issues snowflake-like ids: milliseconds since the Twitter epoch in the
// high bits and a running sequence in the low 22 bits, so that ids are 18–19
// digits, sort by creation time and are unique within a scenario.
type idGen struct {
	seq    uint64
	legacy map[uint64]bool
}

// snowflakeStart is when Twitter started giving accounts snowflake ids;
// older accounts have the short sequential ids of the time.
var snowflakeStart = time.Date(2013, time.November, 1, 0, 0, 0, 0, time.UTC)

// account returns an id for an account created at t: a sequential 7–10
// digit id before snowflakeStart (about eight accounts a second since 2006),
// a snowflake after.
func (g *idGen) account(t time.Time) uint64 {
	if !t.Before(snowflakeStart) {
		return g.at(t)
	}
	if g.legacy == nil {
		g.legacy = map[uint64]bool{}
	}
	secs := max(t.Unix()-time.Date(2006, time.March, 21, 0, 0, 0, 0, time.UTC).Unix(), 1)
	id := uint64(secs)*8 + 1_000_000
	for g.legacy[id] {
		id++
	}
	g.legacy[id] = true
	return id
}

func (g *idGen) at(t time.Time) uint64 {
	ms := max(t.UnixMilli()-twitterEpochMS, 1)
	g.seq++
	return uint64(ms)<<22 | (g.seq*2654435761)&(1<<22-1)
}

func idStr(id uint64) string { return strconv.FormatUint(id, 10) }

// snowflakeTime returns the creation time encoded in a snowflake id.
func snowflakeTime(id uint64) time.Time {
	return time.UnixMilli(int64(id>>22) + twitterEpochMS).UTC()
}
