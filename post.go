package marsad

import "time"

// PostKind says how a post relates to others.
type PostKind string

// The post kinds. A post that both replies and quotes is a PostQuote with
// ReplyToPostID set; a repost never carries text of its own.
const (
	PostOriginal PostKind = "post"
	PostRepost   PostKind = "repost"
	PostReply    PostKind = "reply"
	PostQuote    PostKind = "quote"
)

// PostKinds lists every kind in a stable order, for counts and outputs.
var PostKinds = []PostKind{PostOriginal, PostRepost, PostReply, PostQuote}

// Post is one message on a platform: a tweet, retweet, reply, quote, a
// Telegram message or a Facebook post.
type Post struct {
	Platform  string
	ID        string
	AccountID string
	// AccountHandle is the author's handle as shown in this post's data; it
	// lets analyses resolve mentions by handle without a join.
	AccountHandle string
	CreatedAt     time.Time
	Text          string
	Lang          string
	Kind          PostKind

	ReplyToPostID     string
	ReplyToAccountID  string
	RepostOfPostID    string
	RepostOfAccountID string
	QuotedPostID      string
	QuotedAccountID   string
	ConversationID    string

	Mentions []Mention
	Hashtags []string // without '#', case as given (analyses fold case)
	URLs     []URL
	Media    []Media

	SourceID   int64 // set by the store
	SourceLine int64 // line (or record number) in the source file, for evidence
}

// Mention is an account named in a post. AccountID is the platform id when
// the data resolves it, otherwise HandleID(Handle).
type Mention struct {
	AccountID string
	Handle    string
}

// URL is a link in a post: as given (expanded when the data has the expanded
// form) and canonicalised for matching (see internal/urlcanon).
type URL struct {
	Given     string
	Canonical string
}

// Media is an image, video or file attached to a post.
type Media struct {
	URL       string // remote URL or, for local exports, the path inside the export
	Type      string // photo, video, animated_gif, file, sticker…
	LocalPath string // where a downloaded copy lives, if known
	PHash     string // 16 hex, if known
	PDQ       string // 64 hex, if known
}

// References returns the id of the post this one points at, whichever kind
// of reference it is (repost, quote, then reply), or "" for an original post.
func (p *Post) References() string {
	switch {
	case p.RepostOfPostID != "":
		return p.RepostOfPostID
	case p.QuotedPostID != "":
		return p.QuotedPostID
	default:
		return p.ReplyToPostID
	}
}
