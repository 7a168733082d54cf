package marsad

import "time"

// Follow is a directed edge follower → followee. ObservedAt is when the
// collection saw it (zero when the data does not say).
type Follow struct {
	Platform   string
	FollowerID string
	FolloweeID string
	ObservedAt time.Time
	SourceID   int64
}
