package snapshot

import (
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/marsad-project/marsad"
)

// Kind is a post's kind as one byte (marsad.PostKind is a string).
type Kind uint8

// The post kinds, in the order of marsad.PostKinds.
const (
	KindPost Kind = iota
	KindRepost
	KindReply
	KindQuote
)

// PostKind returns the domain kind.
func (k Kind) PostKind() marsad.PostKind {
	if int(k) < len(marsad.PostKinds) {
		return marsad.PostKinds[k]
	}
	return marsad.PostOriginal
}

func kindOf(k marsad.PostKind) Kind {
	switch k {
	case marsad.PostRepost:
		return KindRepost
	case marsad.PostReply:
		return KindReply
	case marsad.PostQuote:
		return KindQuote
	}
	return KindPost
}

// StatusEvent is one status change of an account, with the time in unix
// milliseconds.
type StatusEvent struct {
	Account uint32
	Status  marsad.AccountStatus
	AtMS    int64
	Handle  string // handle at that time, if the data said
}

// Snapshot is the columnar view. Per-account columns have NumAccounts()
// entries, per-post columns NumPosts(), PostIDs/PostPlatform NumPostKeys().
// All times are unix milliseconds (0 = unknown for account creation).
type Snapshot struct {
	// Platforms names the platforms; AccountPlatform and PostPlatform index it.
	Platforms []string

	// Accounts.
	AccountIDs      []string
	AccountPlatform []uint8
	Known           []bool // a profile record was imported (not only referenced)
	Handles         []string
	DisplayNames    []string
	Bios            []string
	Locations       []string
	AvatarURLs      []string
	AvatarHashes    []string
	Verified        []bool
	CreatedMS       []int64 // account creation, 0 when unknown
	Followers       []int64 // -1 when unknown
	Following       []int64 // -1 when unknown
	PostCounts      []int64 // -1 when unknown

	// Posts, sorted by (TimeMS, platform, id).
	PostIDs        Strings // post keys: posts, then external referenced ids
	PostPlatform   []uint8 // per post key
	TimeMS         []int64
	Author         []uint32
	Kinds          []Kind
	Ref            []uint32 // repost or quote target (post key), None
	RefAccount     []uint32 // author of Ref when the data says, None
	ReplyTo        []uint32 // reply parent (post key), None
	ReplyAccount   []uint32 // account replied to, None
	Conversation   []uint32 // conversation root (post key), None
	Lang           []uint16 // index into Langs; 0 is ""
	Langs          []string
	Text           Strings  // original text, for evidence and text analyses
	HashtagSeq     []uint32 // key of the post's folded hashtag sequence (ByHashtagSeq), None without hashtags
	NumHashtagSeqs int

	PostHashtags  Index    // post → hashtag ids (Hashtags), in post order, deduplicated
	Hashtags      []string // folded (lower-case) hashtags without '#'
	PostMentions  Index    // post → mentioned accounts, deduplicated
	PostURLs      Index    // post → canonical URL ids (URLs), deduplicated
	PostGivenURLs Index    // post → URL ids as given in the data (for toolkit parity)
	URLs          Strings  // canonical and given URLs, interned together

	// Postings, values are post indices in time order.
	ByAuthor     Index // account → its posts
	RepostsOf    Index // post key → reposts of it
	QuotesOf     Index // post key → quotes of it
	RepliesTo    Index // post key → replies to it
	ByURL        Index // canonical URL id → posts linking it
	ByHashtag    Index // hashtag id → posts
	ByHashtagSeq Index // hashtag sequence key → posts
	ByMention    Index // account → posts mentioning it

	// Graph.
	Follows       Index         // follower → followees (increasing account index)
	FollowersOf   Index         // followee → followers
	Statuses      []StatusEvent // sorted by (AtMS, account)
	StatusesOfAcc Index         // account → indices into Statuses, in time order

	lookupOnce sync.Once
	acctByID   map[string]uint32
	acctByHdl  map[string][]uint32
	postOnce   sync.Once
	postByID   map[string]uint32
	textOnce   sync.Once
	texts      atomic.Pointer[TextIndex]
}

// NumAccounts returns the number of interned accounts.
func (s *Snapshot) NumAccounts() int { return len(s.AccountIDs) }

// NumPosts returns the number of posts in the snapshot.
func (s *Snapshot) NumPosts() int { return len(s.TimeMS) }

// NumPostKeys returns the number of post keys (posts plus external ids).
func (s *Snapshot) NumPostKeys() int { return s.PostIDs.Len() }

// PostID returns the platform id of post key k.
func (s *Snapshot) PostID(k uint32) string { return s.PostIDs.At(k) }

// Time returns post p's time.
func (s *Snapshot) Time(p uint32) time.Time { return time.UnixMilli(s.TimeMS[p]).UTC() }

// PostText returns post p's original text.
func (s *Snapshot) PostText(p uint32) string { return s.Text.At(p) }

// Account looks up an account by platform id (any platform; the first one
// interned wins when ids collide across platforms). The lookup maps are
// built on first use (O(accounts)).
func (s *Snapshot) Account(id string) (uint32, bool) {
	s.buildAccountLookup()
	a, ok := s.acctByID[id]
	return a, ok
}

// AccountsByHandle returns the accounts whose current handle equals h,
// ignoring case and a leading '@'.
func (s *Snapshot) AccountsByHandle(h string) []uint32 {
	s.buildAccountLookup()
	return s.acctByHdl[foldHandle(h)]
}

// Post looks up a post key by platform id (posts and external ids).
func (s *Snapshot) Post(id string) (uint32, bool) {
	s.postOnce.Do(func() {
		s.postByID = make(map[string]uint32, s.NumPostKeys())
		for k := s.NumPostKeys() - 1; k >= 0; k-- {
			s.postByID[s.PostIDs.At(uint32(k))] = uint32(k)
		}
	})
	k, ok := s.postByID[id]
	return k, ok
}

func (s *Snapshot) buildAccountLookup() {
	s.lookupOnce.Do(func() {
		s.acctByID = make(map[string]uint32, len(s.AccountIDs))
		s.acctByHdl = make(map[string][]uint32)
		for a := len(s.AccountIDs) - 1; a >= 0; a-- {
			s.acctByID[s.AccountIDs[a]] = uint32(a)
		}
		for a, h := range s.Handles {
			if h != "" {
				k := foldHandle(h)
				s.acctByHdl[k] = append(s.acctByHdl[k], uint32(a))
			}
		}
	})
}

func foldHandle(h string) string {
	return strings.ToLower(strings.TrimPrefix(strings.TrimSpace(h), "@"))
}

// Label returns a readable name for account a: "@handle" when known,
// otherwise its id.
func (s *Snapshot) Label(a uint32) string {
	if h := s.Handles[a]; h != "" {
		return "@" + h
	}
	return s.AccountIDs[a]
}

// IsPost reports whether post key k is a post in the snapshot (not an
// external referenced id).
func (s *Snapshot) IsPost(k uint32) bool { return int(k) < s.NumPosts() }

// Bytes estimates the memory held by the snapshot's columns (not the lazy
// lookup maps), for the bytes-per-post benchmark metric.
func (s *Snapshot) Bytes() int64 {
	n := int64(0)
	for _, ss := range [][]string{s.AccountIDs, s.Handles, s.DisplayNames, s.Bios, s.Locations, s.AvatarURLs, s.AvatarHashes, s.Hashtags} {
		for _, v := range ss {
			n += 16 + int64(len(v))
		}
	}
	n += int64(len(s.AccountIDs)) * (1 + 1 + 1 + 8*4)
	n += s.PostIDs.Bytes() + s.Text.Bytes() + s.URLs.Bytes()
	n += int64(cap(s.PostPlatform)) + 8*int64(cap(s.TimeMS)) + int64(cap(s.Kinds)) + 2*int64(cap(s.Lang))
	for _, c := range [][]uint32{s.Author, s.Ref, s.RefAccount, s.ReplyTo, s.ReplyAccount, s.Conversation, s.HashtagSeq} {
		n += 4 * int64(cap(c))
	}
	if t := s.texts.Load(); t != nil {
		n += 4*int64(cap(t.Key)) + 8*int64(cap(t.Hashes)) + t.Posts.Bytes() + t.Normalized.Bytes()
	}
	for _, x := range []*Index{&s.PostHashtags, &s.PostMentions, &s.PostURLs, &s.PostGivenURLs, &s.ByAuthor, &s.RepostsOf, &s.QuotesOf, &s.RepliesTo, &s.ByURL, &s.ByHashtag, &s.ByHashtagSeq, &s.ByMention, &s.Follows, &s.FollowersOf, &s.StatusesOfAcc} {
		n += x.Bytes()
	}
	n += int64(len(s.Statuses)) * 48
	return n
}
