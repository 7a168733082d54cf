package returns

import (
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Suspension kinds, as printed in evidence.
const (
	KindSuspended   = "suspended"
	KindDeleted     = "deleted"
	KindDisappeared = "disappeared"
)

// suspension is one account that stopped existing, with the window in
// which its successor may first appear.
type suspension struct {
	acct   uint32
	kind   string
	atMS   int64 // first observation of the status (or the naming post)
	lastMS int64 // last sign of life: last post, else atMS
	lo, hi int64 // successor first-seen window, inclusive
}

// timeline holds each account's first and last sign of life.
type timeline struct {
	first []int64 // creation, else first post, else the id's snowflake time; 0 = unknown
	last  []int64 // last post; 0 = none
}

// twitterEpochMS is the epoch of Twitter's snowflake ids (2010-11-04).
const twitterEpochMS = 1288834974657

// snowflakeMS returns the creation time encoded in a Twitter snowflake id
// ((id >> 22) + epoch, the documented id format), or 0 when id is not a
// snowflake: accounts created before 2013 have small sequential ids, which
// give times before the epoch's first year and are rejected.
func snowflakeMS(id string) int64 {
	if len(id) < 15 || len(id) > 20 {
		return 0
	}
	var v uint64
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0
		}
		v = v*10 + uint64(c-'0')
	}
	ms := int64(v>>22) + twitterEpochMS
	if ms < twitterEpochMS+365*24*3600*1000 {
		return 0
	}
	return ms
}

func newTimeline(s *snapshot.Snapshot) *timeline {
	n := s.NumAccounts()
	t := &timeline{first: make([]int64, n), last: make([]int64, n)}
	for a := 0; a < n; a++ {
		posts := s.ByAuthor.Of(uint32(a))
		var firstPost int64
		if len(posts) > 0 {
			firstPost = s.TimeMS[posts[0]]
			t.last[a] = s.TimeMS[posts[len(posts)-1]]
		}
		created := s.CreatedMS[a]
		switch {
		case created > 0 && (firstPost == 0 || created <= firstPost):
			t.first[a] = created
		case firstPost > 0:
			t.first[a] = firstPost
		case s.Platforms[s.AccountPlatform[a]] == marsad.PlatformTwitter:
			// Known only from a status row, a follow or a mention: the
			// id still says when the account was made.
			t.first[a] = snowflakeMS(s.AccountIDs[a])
		}
	}
	return t
}

// window sets the successor window of a suspension: from the old account's
// last sign of life minus slack, to the estimated suspension time plus
// MaxGap. When the status was observed long after the last post (a later
// collection), the suspension is assumed to have happened within MaxGap of
// the last post, so a stale observation does not widen the window for ever.
func (sp *suspension) window(o *Options) {
	gap := o.MaxGap.Milliseconds()
	est := sp.atMS
	if sp.lastMS > 0 && est-sp.lastMS > gap {
		est = sp.lastMS + gap
	}
	if est < sp.lastMS {
		est = sp.lastMS
	}
	sp.lo = sp.lastMS - o.Slack.Milliseconds()
	sp.hi = est + gap
}

// findSuspensions returns one suspension per account with a suspended or
// deleted status (the first such observation), in account order.
func findSuspensions(s *snapshot.Snapshot, t *timeline, o *Options) []suspension {
	seen := map[uint32]bool{}
	var out []suspension
	for _, e := range s.Statuses { // sorted by time: the first observation wins
		var kind string
		switch e.Status {
		case marsad.StatusSuspended:
			kind = KindSuspended
		case marsad.StatusDeleted:
			kind = KindDeleted
		default:
			continue
		}
		if seen[e.Account] {
			continue
		}
		seen[e.Account] = true
		out = append(out, newSuspension(e.Account, kind, e.AtMS, t, o))
	}
	return out
}

func newSuspension(a uint32, kind string, atMS int64, t *timeline, o *Options) suspension {
	sp := suspension{acct: a, kind: kind, atMS: atMS, lastMS: t.last[a]}
	if sp.lastMS > 0 {
		sp.window(o)
		return sp
	}
	// No post in the data: the suspension time is the only sign of life
	// (it also measures the gap), and the successor may have appeared up
	// to MaxGap before the observation, but not before the account itself.
	sp.lastMS = atMS
	gap := o.MaxGap.Milliseconds()
	sp.lo = max(t.first[a], atMS-gap) - o.Slack.Milliseconds()
	sp.hi = atMS + gap
	return sp
}
