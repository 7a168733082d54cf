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
type idGen struct{ seq uint64 }

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
