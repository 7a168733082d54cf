package campaigns

import (
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Options tune Detect. The zero value of a field means its default.
type Options struct {
	// Watchlist are the protected accounts (indices); they are always
	// examined and their campaigns flagged.
	Watchlist []uint32
	// AllTargets examines every account with enough inbound activity, not
	// only watchlisted accounts and accounts named by a call to action.
	AllTargets bool
	// Bin is the burst test's time bin (default 1h).
	Bin time.Duration
	// Lookback is how long before a burst a call to action may be posted and
	// still be linked to it (default 48h).
	Lookback time.Duration
	// Alpha is the per-window significance level of the Poisson burst test
	// (default 1e-6: with ~3,000 windows per target over three weeks this
	// keeps the chance of a false burst per target below 0.3%).
	Alpha float64
	// MinEvents is the fewest inbound posts a burst window needs (default 6).
	MinEvents int
	// MinParticipants is the fewest distinct accounts a campaign needs
	// (default 4).
	MinParticipants int
	// CoordinationGroups are the member account indices of coordination
	// groups (from the latest coordination run), if any.
	CoordinationGroups [][]uint32
	// Calls, when not nil, are the calls to action to use instead of running
	// FindCalls (lets callers share one scan).
	Calls []Call
}

func (o Options) withDefaults() Options {
	if o.Bin <= 0 {
		o.Bin = time.Hour
	}
	if o.Lookback <= 0 {
		o.Lookback = 48 * time.Hour
	}
	if o.Alpha <= 0 {
		o.Alpha = 1e-6
	}
	if o.MinEvents <= 0 {
		o.MinEvents = 6
	}
	if o.MinParticipants <= 0 {
		o.MinParticipants = 4
	}
	return o
}

// Campaign is one detected targeting campaign (DESIGN.md §6).
type Campaign struct {
	Target       string            `json:"target"`
	TargetHandle string            `json:"target_handle,omitempty"`
	Watchlisted  bool              `json:"watchlisted,omitempty"`
	CallPosts    []string          `json:"call_posts"`
	Participants []string          `json:"participants"`
	Posts        []string          `json:"posts,omitempty"`
	Start        time.Time         `json:"start"`
	End          time.Time         `json:"end"`
	Score        float64           `json:"score"`
	Evidence     []marsad.Evidence `json:"evidence"`
	// TargetSuspendedAt is when the target was first seen suspended after
	// the campaign started, if it was.
	TargetSuspendedAt *time.Time `json:"target_suspended_at,omitempty"`
	// Active is true when the pile-on was still going within ActiveWindow of
	// the newest post in the data, and the target is not suspended: the
	// campaigns a monitor should look at now.
	Active bool `json:"active,omitempty"`
}

// ActiveWindow is how recent a campaign's last pile-on post must be, relative
// to the newest post in the data, for the campaign to count as active.
const ActiveWindow = 48 * time.Hour

// Result is the campaigns analysis output.
type Result struct {
	Campaigns []Campaign `json:"campaigns"`
}

// Detect finds targeting campaigns in s. For each examined target it bins
// the replies, mentions and quotes aimed at it by other accounts, finds
// bursts with the Poisson test of findBursts against the target's own
// baseline, and keeps a burst as a campaign only if a call to action against
// the target precedes it (within Lookback) or at least 30% (and 3) of its
// participants belong to one coordination group. Campaigns are returned by
// score, highest first. Linear in the number of posts plus the bins of the
// examined targets.
func Detect(s *snapshot.Snapshot, opt Options) Result {
	opt = opt.withDefaults()
	res := Result{Campaigns: []Campaign{}}
	if s.NumPosts() == 0 {
		return res
	}
	calls := opt.Calls
	if calls == nil {
		calls = FindCalls(s)
	}
	callsOf := map[uint32][]int{}
	for i, c := range calls {
		for _, t := range c.Targets {
			callsOf[t] = append(callsOf[t], i)
		}
	}
	watch := map[uint32]bool{}
	for _, a := range opt.Watchlist {
		watch[a] = true
	}
	in := inboundIndex(s)
	group := groupOf(opt.CoordinationGroups)
	t0 := s.TimeMS[0]
	t1 := s.TimeMS[s.NumPosts()-1]
	binMS := opt.Bin.Milliseconds()
	nbins := int((t1-t0)/binMS) + 1
	bins := make([]int, nbins)
	for a := 0; a < s.NumAccounts(); a++ {
		ai := uint32(a)
		if !opt.AllTargets && !watch[ai] && len(callsOf[ai]) == 0 {
			continue
		}
		events := in.Of(ai)
		if len(events) < opt.MinEvents {
			continue
		}
		clear(bins)
		for _, p := range events {
			bins[(s.TimeMS[p]-t0)/binMS]++
		}
		bursts, rate := findBursts(bins, opt.MinEvents, opt.Alpha, 1.0/(7*24)*opt.Bin.Hours(), int(6*time.Hour/opt.Bin))
		for _, b := range bursts {
			from := t0 + int64(b.From)*binMS
			to := t0 + int64(b.To)*binMS
			c, ok := buildCampaign(s, ai, events, from, to, rate*float64(b.To-b.From), rate/float64(binMS), calls, callsOf[ai], group, opt)
			if ok {
				c.Watchlisted = watch[ai]
				c.Active = c.TargetSuspendedAt == nil && c.End.UnixMilli() >= t1-ActiveWindow.Milliseconds()
				res.Campaigns = append(res.Campaigns, c)
			}
		}
	}
	slices.SortStableFunc(res.Campaigns, func(a, b Campaign) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return a.Start.Compare(b.Start)
	})
	return res
}

// NewestFirst orders campaigns by end time, newest first (the alert view).
func NewestFirst(cs []Campaign) {
	slices.SortStableFunc(cs, func(a, b Campaign) int { return b.End.Compare(a.End) })
}

func groupOf(groups [][]uint32) map[uint32]int {
	g := map[uint32]int{}
	for i, members := range groups {
		for _, a := range members {
			if _, ok := g[a]; !ok {
				g[a] = i
			}
		}
	}
	return g
}

// buildCampaign examines one burst [from, to) of target a and decides
// whether it is a campaign.
func buildCampaign(s *snapshot.Snapshot, a uint32, events []uint32, from, to int64, expected, baseRate float64,
	calls []Call, callIdx []int, group map[uint32]int, opt Options) (Campaign, bool) {
	var linked []Call
	callPost := map[uint32]bool{}
	for _, i := range callIdx {
		ct := s.TimeMS[calls[i].Post]
		if ct >= from-opt.Lookback.Milliseconds() && ct < to {
			linked = append(linked, calls[i])
			callPost[calls[i].Post] = true
		}
	}
	// The pile-on follows the call: posts before the first linked call are
	// the target's ordinary traffic, not the campaign.
	if len(linked) > 0 {
		first := s.TimeMS[linked[0].Post]
		for _, l := range linked[1:] {
			first = min(first, s.TimeMS[l.Post])
		}
		from = max(from, first)
	}
	to = extendEnd(s, events, from, to, baseRate)
	var posts []uint32
	parts := map[uint32]bool{}
	var order []uint32
	for _, p := range events {
		t := s.TimeMS[p]
		if t < from || t >= to {
			continue
		}
		if callPost[p] {
			continue // the call itself is not part of the pile-on
		}
		au := s.Author[p]
		posts = append(posts, p)
		if !parts[au] {
			parts[au] = true
			order = append(order, au)
		}
	}
	if len(posts) < opt.MinEvents {
		return Campaign{}, false
	}
	if len(order) < opt.MinParticipants {
		return Campaign{}, false
	}
	// Coordination: the largest share of participants in one group.
	perGroup := map[int]int{}
	best := 0
	for _, au := range order {
		if g, ok := group[au]; ok {
			perGroup[g]++
			best = max(best, perGroup[g])
		}
	}
	coordFrac := float64(best) / float64(len(order))
	coordinated := best >= 3 && coordFrac >= 0.3
	if len(linked) == 0 && !coordinated {
		return Campaign{}, false
	}
	// Participants who engaged with a call (reposted, quoted or replied to it).
	engaged := map[uint32]bool{}
	for _, c := range linked {
		for _, x := range [][]uint32{s.RepostsOf.Of(c.Post), s.QuotesOf.Of(c.Post), s.RepliesTo.Of(c.Post)} {
			for _, p := range x {
				if parts[s.Author[p]] {
					engaged[s.Author[p]] = true
				}
			}
		}
	}
	c := Campaign{
		Target:       s.AccountIDs[a],
		TargetHandle: s.Handles[a],
		Start:        time.UnixMilli(s.TimeMS[posts[0]]).UTC(),
		End:          time.UnixMilli(s.TimeMS[posts[len(posts)-1]]).UTC(),
	}
	for _, au := range order {
		c.Participants = append(c.Participants, s.AccountIDs[au])
	}
	for _, p := range posts {
		c.Posts = append(c.Posts, s.PostID(p))
	}
	n := len(posts)
	c.Evidence = append(c.Evidence, marsad.Evidence{
		Reason: fmt.Sprintf("%d replies, mentions and quotes from %d accounts between %s and %s, against %.1f expected from the account's own baseline (Poisson tail p = %.1e)",
			n, len(order), c.Start.Format(time.RFC3339), c.End.Format(time.RFC3339), expected, PoissonTail(n, math.Max(expected, 1e-9))),
		Posts: firstN(c.Posts, 10),
	})
	callScore := 0.0
	for _, l := range linked {
		c.CallPosts = append(c.CallPosts, s.PostID(l.Post))
		callScore = math.Max(callScore, l.Score)
		ct := time.UnixMilli(s.TimeMS[l.Post]).UTC()
		if ct.Before(c.Start) {
			c.Start = ct
		}
		c.Evidence = append(c.Evidence, marsad.Evidence{
			Reason: fmt.Sprintf("call to action by %s at %s (%s)", s.Label(l.Author), ct.Format(time.RFC3339), joinCues(l.Cues)),
			Weight: l.Score,
			Posts:  []string{s.PostID(l.Post)},
		})
	}
	engagedFrac := float64(len(engaged)) / float64(len(order))
	if len(engaged) > 0 {
		c.Evidence = append(c.Evidence, marsad.Evidence{
			Reason: fmt.Sprintf("%d of %d participants reposted, quoted or replied to the call", len(engaged), len(order)),
			Weight: engagedFrac,
		})
	}
	if best > 0 {
		c.Evidence = append(c.Evidence, marsad.Evidence{
			Reason: fmt.Sprintf("%d of %d participants belong to one coordination group", best, len(order)),
			Weight: coordFrac,
		})
	}
	// Score: independent pieces of evidence, each closing part of the gap to 1.
	miss := (1 - 0.75*callScore) * (1 - 0.5*engagedFrac) * (1 - 0.6*coordFrac)
	if st, ok := suspendedAfter(s, a, s.TimeMS[posts[0]]); ok {
		c.TargetSuspendedAt = &st
		c.Evidence = append(c.Evidence, marsad.Evidence{
			Reason: fmt.Sprintf("outcome: the target was suspended at %s, %s after the pile-on began", st.Format(time.RFC3339), st.Sub(c.Start).Round(time.Minute)),
		})
		miss *= 0.8
	}
	c.Score = math.Round((1-miss)*1000) / 1000
	return c, true
}

// extendEnd follows the pile-on past the end of the burst window: while the
// next event aimed at the target comes within three times the burst's median
// gap (at least 90 minutes, at most 3 hours, and never longer than a quarter
// of the baseline's mean gap, so that a busy account's ordinary traffic does
// not extend it), it belongs to the same pile-on. Burst windows are cut at
// bin edges, and the tail of a campaign thins out below the significance
// level while still being part of it. baseRate is in events per millisecond.
func extendEnd(s *snapshot.Snapshot, events []uint32, from, to int64, baseRate float64) int64 {
	var inside []int64
	next := len(events)
	for i, p := range events {
		t := s.TimeMS[p]
		if t >= from && t < to {
			inside = append(inside, t)
		} else if t >= to {
			next = i
			break
		}
	}
	if len(inside) < 2 {
		return to
	}
	gaps := make([]int64, 0, len(inside)-1)
	for i := 1; i < len(inside); i++ {
		gaps = append(gaps, inside[i]-inside[i-1])
	}
	slices.Sort(gaps)
	maxGap := min(max(3*gaps[len(gaps)/2], (90*time.Minute).Milliseconds()), (3 * time.Hour).Milliseconds())
	if baseRate > 0 {
		maxGap = min(maxGap, int64(0.25/baseRate))
	}
	last := inside[len(inside)-1]
	for _, p := range events[next:] {
		t := s.TimeMS[p]
		if t-last > maxGap {
			break
		}
		last = t
	}
	return max(to, last+1)
}

// suspendedAfter returns the first time a was seen suspended at or after t.
func suspendedAfter(s *snapshot.Snapshot, a uint32, t int64) (time.Time, bool) {
	for _, i := range s.StatusesOfAcc.Of(a) {
		ev := s.Statuses[i]
		if ev.Status == marsad.StatusSuspended && ev.AtMS >= t {
			return time.UnixMilli(ev.AtMS).UTC(), true
		}
	}
	return time.Time{}, false
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func joinCues(cues []string) string {
	out := ""
	for i, c := range firstN(cues, 4) {
		if i > 0 {
			out += "; "
		}
		out += c
	}
	return out
}
