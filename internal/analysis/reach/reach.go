// Package reach measures a counter-campaign (a hashtag operation by
// activists): how many posts carried it, how many accounts took part, how
// often it was reposted, its potential impressions (the sum of the followers
// of every posting and reposting account — potential, not views), its
// activity over time, and how the adversary reacted: posts by army accounts
// (from the roles analysis) that answer the campaign's posts, hijack its
// hashtag, or go after its leaders. Reach is a pure function over a
// snapshot; it never touches the store.
package reach

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/marsad-project/marsad/internal/snapshot"
)

// Options choose the subject and tune the reaction search.
type Options struct {
	// Hashtag is the campaign's hashtag, with or without '#', any case.
	Hashtag string
	// Army says which accounts belong to the army (nil: no reactions are
	// reported).
	Army func(account uint32) bool
	// Leaders is how many of the most reposted campaign accounts count as
	// its leaders; default 5.
	Leaders int
	// Bucket is the timeline's bucket; default one hour.
	Bucket time.Duration
}

// Result is the DESIGN.md §6 reach output.
type Result struct {
	Hashtag              string    `json:"hashtag"`
	Posts                int       `json:"posts"`
	Accounts             int       `json:"accounts"`
	Reposts              int       `json:"reposts"`
	PotentialImpressions int64     `json:"potential_impressions"`
	Start                time.Time `json:"start,omitzero"`
	End                  time.Time `json:"end,omitzero"`
	Leaders              []string  `json:"leaders"`
	Timeline             []Bucket  `json:"timeline"`
	Reactions            Reactions `json:"reactions"`
	PostIDs              []string  `json:"post_ids"`
	Note                 string    `json:"note"`
}

// Bucket is one step of the timeline.
type Bucket struct {
	T       time.Time `json:"t"`
	Posts   int       `json:"posts"`
	Reposts int       `json:"reposts"`
}

// Reactions are the army's answers to the campaign.
type Reactions struct {
	Accounts []string `json:"accounts"`
	Posts    []string `json:"posts"`
}

// Measure computes the reach of the hashtag in s. Linear in the posts
// carrying the hashtag, their reposts and replies, and the posts mentioning
// its leaders.
func Measure(s *snapshot.Snapshot, o Options) *Result {
	tag := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(o.Hashtag), "#"))
	if o.Leaders <= 0 {
		o.Leaders = 5
	}
	if o.Bucket <= 0 {
		o.Bucket = time.Hour
	}
	res := &Result{Hashtag: tag, Leaders: []string{}, Timeline: []Bucket{}, PostIDs: []string{},
		Reactions: Reactions{Accounts: []string{}, Posts: []string{}},
		Note:      "potential impressions are the sum of the followers of every posting and reposting account, not views"}
	tid := slices.Index(s.Hashtags, tag)
	if tid < 0 {
		return res
	}
	tagged := s.ByHashtag.Of(uint32(tid))
	accounts := map[uint32]bool{}
	repostsOf := map[uint32]int{}
	buckets := map[int64]*Bucket{}
	bucket := func(ms int64) *Bucket {
		k := ms / o.Bucket.Milliseconds()
		b := buckets[k]
		if b == nil {
			b = &Bucket{T: time.UnixMilli(k * o.Bucket.Milliseconds()).UTC()}
			buckets[k] = b
		}
		return b
	}
	count := func(a uint32) {
		accounts[a] = true
		if f := s.Followers[a]; f > 0 {
			res.PotentialImpressions += f
		}
	}
	isTagged := map[uint32]bool{}
	for _, p := range tagged {
		if s.Kinds[p] == snapshot.KindRepost {
			continue // reposts carry no hashtags of their own; counted below
		}
		isTagged[p] = true
		res.Posts++
		res.PostIDs = append(res.PostIDs, s.PostID(p))
		count(s.Author[p])
		bucket(s.TimeMS[p]).Posts++
		for _, r := range s.RepostsOf.Of(p) {
			res.Reposts++
			repostsOf[s.Author[p]]++
			count(s.Author[r])
			bucket(s.TimeMS[r]).Reposts++
		}
	}
	res.Accounts = len(accounts)
	if res.Posts == 0 {
		return res
	}
	first, last := s.TimeMS[tagged[0]], s.TimeMS[tagged[len(tagged)-1]]
	res.Start, res.End = time.UnixMilli(first).UTC(), time.UnixMilli(last).UTC()
	for _, b := range buckets {
		res.Timeline = append(res.Timeline, *b)
	}
	sort.Slice(res.Timeline, func(i, j int) bool { return res.Timeline[i].T.Before(res.Timeline[j].T) })

	// Leaders: the campaign accounts whose posts were reposted most.
	var lead []uint32
	for a := range repostsOf {
		lead = append(lead, a)
	}
	sort.Slice(lead, func(i, j int) bool {
		if repostsOf[lead[i]] != repostsOf[lead[j]] {
			return repostsOf[lead[i]] > repostsOf[lead[j]]
		}
		return s.AccountIDs[lead[i]] < s.AccountIDs[lead[j]]
	})
	if len(lead) > o.Leaders {
		lead = lead[:o.Leaders]
	}
	isLeader := map[uint32]bool{}
	for _, a := range lead {
		isLeader[a] = true
		res.Leaders = append(res.Leaders, s.AccountIDs[a])
	}
	if o.Army == nil {
		return res
	}
	res.Reactions = reactions(s, o, first, isTagged, isLeader)
	return res
}

// reactions collects the army's posts since the campaign began that answer
// a campaign post (reply or quote), carry its hashtag, or reply to or
// mention one of its leaders.
func reactions(s *snapshot.Snapshot, o Options, since int64, isTagged, isLeader map[uint32]bool) Reactions {
	posts := map[uint32]bool{}
	consider := func(p uint32) {
		a := s.Author[p]
		if s.TimeMS[p] >= since && s.Kinds[p] != snapshot.KindRepost && o.Army(a) {
			posts[p] = true
		}
	}
	for p := range isTagged {
		consider(p)
		for _, r := range s.RepliesTo.Of(p) {
			consider(r)
		}
		for _, q := range s.QuotesOf.Of(p) {
			consider(q)
		}
	}
	for a := range isLeader {
		for _, p := range s.ByMention.Of(a) {
			consider(p)
		}
	}
	for p := 0; p < s.NumPosts(); p++ {
		if isLeader[s.ReplyAccount[p]] && s.ReplyAccount[p] != snapshot.None {
			consider(uint32(p))
		}
	}
	var r Reactions
	seen := map[uint32]bool{}
	ps := make([]uint32, 0, len(posts))
	for p := range posts {
		ps = append(ps, p)
	}
	slices.Sort(ps) // time order
	for _, p := range ps {
		r.Posts = append(r.Posts, s.PostID(p))
		if a := s.Author[p]; !seen[a] {
			seen[a] = true
			r.Accounts = append(r.Accounts, s.AccountIDs[a])
		}
	}
	if r.Posts == nil {
		r = Reactions{Accounts: []string{}, Posts: []string{}}
	}
	return r
}
