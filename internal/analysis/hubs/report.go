package hubs

import (
	"fmt"
	"math"
	"sort"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Report is the JSON output of `marsad analyze hubs` (DESIGN.md §6, with
// more detail than the contract's leader and members).
type Report struct {
	Hubs        []HubReport `json:"hubs"`
	Communities int         `json:"communities"`
	Nodes       int         `json:"nodes"`
	Edges       int         `json:"edges"`
}

// HubReport is one hub with its evidence.
type HubReport struct {
	ID           int      `json:"id"`
	Leader       string   `json:"leader"`
	LeaderHandle string   `json:"leader_handle,omitempty"`
	Leaders      []string `json:"leaders"`
	Members      []string `json:"members"`
	Size         int      `json:"size"`
	Score        float64  `json:"score"`
	Community    int      `json:"community"`
	// LeaderRole and MemberRoles come from the latest roles run, when one
	// exists (AnnotateRoles): they tell an army hub from a famous
	// non-army account's following.
	LeaderRole  string            `json:"leader_role,omitempty"`
	MemberRoles map[string]int    `json:"member_roles,omitempty"`
	Core        []string          `json:"core"`
	Ranking     []MemberReport    `json:"ranking"`
	TopPosts    []PostCount       `json:"top_posts"`
	TopHashtags []TagCount        `json:"top_hashtags"`
	Timeline    []DayCount        `json:"timeline"`
	First       time.Time         `json:"first,omitzero"`
	Last        time.Time         `json:"last,omitzero"`
	Evidence    []marsad.Evidence `json:"evidence"`
}

// MemberReport is a member's standing in its hub.
type MemberReport struct {
	ID         string  `json:"id"`
	Handle     string  `json:"handle,omitempty"`
	InStrength float64 `json:"in_strength"`
	PageRank   float64 `json:"pagerank"`
	Posts      int     `json:"posts"`
}

// PostCount is a leader's post and how often hub members amplified it.
type PostCount struct {
	ID    string `json:"id"`
	Count int    `json:"count"`
}

// TagCount is a hashtag and how many hub posts carry it.
type TagCount struct {
	Tag   string `json:"tag"`
	Count int    `json:"count"`
}

// DayCount is the hub's posts on one UTC day.
type DayCount struct {
	T     time.Time `json:"t"`
	Posts int       `json:"posts"`
}

// maxRanking bounds the per-hub member table in the report.
const maxRanking = 50

// NewReport turns a Result into its report, reading content from s.
func NewReport(s *snapshot.Snapshot, r *Result) *Report {
	rep := &Report{Communities: r.Communities, Nodes: r.Nodes, Edges: r.Edges, Hubs: []HubReport{}}
	for i, h := range r.Hubs {
		rep.Hubs = append(rep.Hubs, hubReport(s, i+1, h))
	}
	return rep
}

func hubReport(s *snapshot.Snapshot, id int, h Hub) HubReport {
	hr := HubReport{
		ID: id, Leader: s.AccountIDs[h.Leader], LeaderHandle: s.Handles[h.Leader],
		Size: len(h.Members), Score: round3(h.Share), Community: h.Community,
	}
	member := make(map[uint32]bool, len(h.Members))
	for _, m := range h.Members {
		member[m.Account] = true
		hr.Members = append(hr.Members, s.AccountIDs[m.Account])
	}
	for _, l := range h.Leaders {
		hr.Leaders = append(hr.Leaders, s.AccountIDs[l])
	}
	for _, c := range h.Core {
		hr.Core = append(hr.Core, s.AccountIDs[c])
	}
	for i, m := range h.Members {
		if i == maxRanking {
			break
		}
		hr.Ranking = append(hr.Ranking, MemberReport{
			ID: s.AccountIDs[m.Account], Handle: s.Handles[m.Account],
			InStrength: round3(m.InStrength), PageRank: round6(m.PageRank), Posts: s.ByAuthor.Len(m.Account),
		})
	}
	// Leader's posts amplified by members, hashtags and daily activity.
	amplified := map[uint32]int{}
	tags := map[uint32]int{}
	days := map[int64]int{}
	var first, last int64
	for _, m := range h.Members {
		for _, p := range s.ByAuthor.Of(m.Account) {
			t := s.TimeMS[p]
			if first == 0 || t < first {
				first = t
			}
			if t > last {
				last = t
			}
			days[t/86_400_000]++
			for _, tg := range s.PostHashtags.Of(p) {
				tags[tg]++
			}
			for _, ref := range []uint32{s.Ref[p], s.ReplyTo[p]} {
				if ref != snapshot.None && s.IsPost(ref) && s.Author[ref] == h.Leader && m.Account != h.Leader {
					amplified[ref]++
				}
			}
		}
	}
	hr.TopPosts = topPosts(s, amplified, 5)
	hr.TopHashtags = topTags(s, tags, 5)
	for d, n := range days {
		hr.Timeline = append(hr.Timeline, DayCount{T: time.UnixMilli(d * 86_400_000).UTC(), Posts: n})
	}
	sort.Slice(hr.Timeline, func(i, j int) bool { return hr.Timeline[i].T.Before(hr.Timeline[j].T) })
	if first != 0 {
		hr.First, hr.Last = time.UnixMilli(first).UTC(), time.UnixMilli(last).UTC()
	}
	var postIDs []string
	for _, p := range hr.TopPosts {
		postIDs = append(postIDs, p.ID)
	}
	c := h.LeaderCounts
	hr.Evidence = []marsad.Evidence{
		{
			Reason: fmt.Sprintf("%d disciples direct on average %.0f%% of their interactions at %s (community of %d accounts)",
				len(h.Core), 100*h.Share, s.Label(h.Leader), h.CommunitySize),
			Weight: round3(h.Share),
		},
		{
			Reason: fmt.Sprintf("their interactions with the leader: %d reposts, %d quotes, %d replies, %d mentions",
				c.Reposts, c.Quotes, c.Replies, c.Mentions),
			Posts: postIDs,
		},
	}
	return hr
}

func topPosts(s *snapshot.Snapshot, counts map[uint32]int, n int) []PostCount {
	out := make([]PostCount, 0, len(counts))
	for p, c := range counts {
		out = append(out, PostCount{ID: s.PostID(p), Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].ID < out[j].ID
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func topTags(s *snapshot.Snapshot, counts map[uint32]int, n int) []TagCount {
	out := make([]TagCount, 0, len(counts))
	for t, c := range counts {
		out = append(out, TagCount{Tag: s.Hashtags[t], Count: c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Tag < out[j].Tag
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func round3(x float64) float64 { return math.Round(x*1e3) / 1e3 }

// round6 keeps PageRank stable across runs: its summation order follows
// map iteration, so the last bits vary.
func round6(x float64) float64 { return math.Round(x*1e6) / 1e6 }

// AnnotateRoles adds each hub leader's role and the count of members per
// role from roles (account id → role; accounts missing are "other").
func (r *Report) AnnotateRoles(roles map[string]string) {
	for i := range r.Hubs {
		h := &r.Hubs[i]
		h.LeaderRole = roleOr(roles, h.Leader)
		h.MemberRoles = map[string]int{}
		for _, m := range h.Members[1:] {
			h.MemberRoles[roleOr(roles, m)]++
		}
	}
}

func roleOr(roles map[string]string, id string) string {
	if r := roles[id]; r != "" {
		return r
	}
	return "other"
}
