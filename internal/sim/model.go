package sim

import "time"

// account is one simulated account. Accounts live for the whole run (they
// are small); posts do not.
type account struct {
	idx       int
	id        uint64
	idStr     string
	handle    string
	name      string
	bio       string
	location  string
	created   time.Time
	role      string
	arabic    float64 // probability that a post is in Arabic
	followers int
	friends   int
	statuses  int
	verified  bool
	avatarURL string
	avatar    pdq
	emoji     []string // the emoji this person habitually uses
	tag       string   // a hashtag this person habitually adds ("" none)
	squad     int      // index into gen.squads, -1 if none
	hub       int      // index into gen.hubs this account follows as disciple, -1 if none
	watch     bool     // on the watchlist
	photo     pdq      // watchlist photo hash
	suspended time.Time
	susReason string
	successor *account
	pred      *account
	lookalike bool
	followees []int32
	prov      int // province index of an official, -1 otherwise
	// A renamed account used oldHandle/oldName before renamedAt and
	// handle/name from then on (same id).
	renamedAt time.Time
	oldHandle string
	oldName   string
}

// handleAt is the account's handle at time t.
func (a *account) handleAt(t time.Time) string {
	if !a.renamedAt.IsZero() && t.Before(a.renamedAt) {
		return a.oldHandle
	}
	return a.handle
}

// nameAt is the account's display name at time t.
func (a *account) nameAt(t time.Time) string {
	if !a.renamedAt.IsZero() && t.Before(a.renamedAt) {
		return a.oldName
	}
	return a.name
}

// army reports whether the account belongs to the media army.
func (a *account) army() bool { return IsArmy(a.role) }

// kind of a post.
const (
	kOriginal = iota
	kRetweet
	kReply
	kQuote
)

// post is one simulated post, alive only while it is written and amplified.
type post struct {
	id       uint64
	at       time.Time
	author   *account
	kind     int
	text     string
	lang     string
	ref      *post // retweeted, quoted or replied-to post
	hashtags []string
	mentions []*account
	links    []string // expanded URLs
	media    []media
	retweets int // known retweet count when written (originals)
	replies  int
	compat   bool // write v1 "text" instead of "full_text"
}

// media is an attached photo with its invented perceptual hash.
type media struct {
	id   uint64
	url  string
	hash pdq
}
