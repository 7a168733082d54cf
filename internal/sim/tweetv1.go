package sim

import (
	"bufio"
	"encoding/json"
	"io"
	"time"
)

// v1TimeLayout is the created_at layout of Twitter API v1.1.
const v1TimeLayout = "Mon Jan 02 15:04:05 +0000 2006"

// The v1.1 tweet object, limited to the fields marsad's importer reads plus
// the usual neighbours, in Twitter's field order.
type v1Tweet struct {
	CreatedAt            string      `json:"created_at"`
	ID                   uint64      `json:"id"`
	IDStr                string      `json:"id_str"`
	FullText             string      `json:"full_text,omitempty"`
	Text                 string      `json:"text,omitempty"`
	Truncated            bool        `json:"truncated"`
	DisplayTextRange     [2]int      `json:"display_text_range"`
	Entities             v1Entities  `json:"entities"`
	ExtendedEntities     *v1ExtMedia `json:"extended_entities,omitempty"`
	Source               string      `json:"source"`
	InReplyToStatusID    *uint64     `json:"in_reply_to_status_id"`
	InReplyToStatusIDStr *string     `json:"in_reply_to_status_id_str"`
	InReplyToUserID      *uint64     `json:"in_reply_to_user_id"`
	InReplyToUserIDStr   *string     `json:"in_reply_to_user_id_str"`
	InReplyToScreenName  *string     `json:"in_reply_to_screen_name"`
	User                 v1User      `json:"user"`
	IsQuoteStatus        bool        `json:"is_quote_status"`
	QuotedStatusID       uint64      `json:"quoted_status_id,omitempty"`
	QuotedStatusIDStr    string      `json:"quoted_status_id_str,omitempty"`
	QuotedStatus         *v1Tweet    `json:"quoted_status,omitempty"`
	RetweetedStatus      *v1Tweet    `json:"retweeted_status,omitempty"`
	RetweetCount         int         `json:"retweet_count"`
	FavoriteCount        int         `json:"favorite_count"`
	PossiblySensitive    *bool       `json:"possibly_sensitive,omitempty"`
	Lang                 string      `json:"lang"`
}

type v1Entities struct {
	Hashtags     []v1Hashtag `json:"hashtags"`
	UserMentions []v1Mention `json:"user_mentions"`
	URLs         []v1URL     `json:"urls"`
	Media        []v1Media   `json:"media,omitempty"`
}

type v1ExtMedia struct {
	Media []v1Media `json:"media"`
}

type v1Hashtag struct {
	Text    string `json:"text"`
	Indices [2]int `json:"indices"`
}

type v1Mention struct {
	ScreenName string `json:"screen_name"`
	Name       string `json:"name"`
	ID         uint64 `json:"id"`
	IDStr      string `json:"id_str"`
	Indices    [2]int `json:"indices"`
}

type v1URL struct {
	URL         string `json:"url"`
	ExpandedURL string `json:"expanded_url"`
	DisplayURL  string `json:"display_url"`
	Indices     [2]int `json:"indices"`
}

type v1Media struct {
	ID            uint64 `json:"id"`
	IDStr         string `json:"id_str"`
	Indices       [2]int `json:"indices"`
	MediaURLHTTPS string `json:"media_url_https"`
	URL           string `json:"url"`
	DisplayURL    string `json:"display_url"`
	ExpandedURL   string `json:"expanded_url"`
	Type          string `json:"type"`
}

type v1User struct {
	ID                   uint64  `json:"id"`
	IDStr                string  `json:"id_str"`
	Name                 string  `json:"name"`
	ScreenName           string  `json:"screen_name"`
	Location             string  `json:"location"`
	Description          string  `json:"description"`
	URL                  *string `json:"url"`
	Protected            bool    `json:"protected"`
	FollowersCount       int     `json:"followers_count"`
	FriendsCount         int     `json:"friends_count"`
	CreatedAt            string  `json:"created_at"`
	Verified             bool    `json:"verified"`
	StatusesCount        int     `json:"statuses_count"`
	ProfileImageURLHTTPS string  `json:"profile_image_url_https"`
}

// v1Writer writes one v1.1 tweet object per line.
type v1Writer struct {
	w   *bufio.Writer
	enc *json.Encoder
	n   int
}

func newV1Writer(w io.Writer) *v1Writer {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &v1Writer{w: bw, enc: enc}
}

func (w *v1Writer) write(p *post) error {
	w.n++
	return w.enc.Encode(v1Object(p, p.at))
}

func (w *v1Writer) flush() error { return w.w.Flush() }

func v1Time(t time.Time) string { return t.UTC().Format(v1TimeLayout) }

func v1UserOf(a *account, at time.Time) v1User {
	return v1User{
		ID: a.id, IDStr: a.idStr, Name: a.nameAt(at), ScreenName: a.handleAt(at),
		Location: a.location, Description: a.bio,
		FollowersCount: a.followers, FriendsCount: a.friends,
		CreatedAt: v1Time(a.created), Verified: a.verified,
		StatusesCount:        a.statuses,
		ProfileImageURLHTTPS: a.avatarURL,
	}
}

// v1Object renders p as a v1.1 object seen at time view: user objects show
// the profile at that time (embedded originals show their author as of the
// retweet or quote).
func v1Object(p *post, view time.Time) *v1Tweet {
	r := render(p)
	n := len([]rune(r.text))
	t := &v1Tweet{
		CreatedAt: v1Time(p.at), ID: p.id, IDStr: idStr(p.id),
		DisplayTextRange: [2]int{0, n},
		Source:           clientOf(p.author),
		User:             v1UserOf(p.author, view),
		Lang:             p.lang,
		RetweetCount:     p.retweets,
		FavoriteCount:    p.retweets*2 + p.replies,
	}
	if p.compat {
		t.Text = r.text
	} else {
		t.FullText = r.text
	}
	t.Entities.Hashtags = []v1Hashtag{}
	t.Entities.UserMentions = []v1Mention{}
	t.Entities.URLs = []v1URL{}
	for _, h := range r.hashtags {
		t.Entities.Hashtags = append(t.Entities.Hashtags, v1Hashtag{Text: h.text, Indices: [2]int{h.start, h.end}})
	}
	for _, m := range r.mentions {
		t.Entities.UserMentions = append(t.Entities.UserMentions, v1Mention{
			ScreenName: m.text, Name: m.acc.nameAt(p.at), ID: m.acc.id, IDStr: m.acc.idStr, Indices: [2]int{m.start, m.end}})
	}
	for _, u := range r.urls {
		t.Entities.URLs = append(t.Entities.URLs, v1URL{URL: u.tco, ExpandedURL: u.expanded, DisplayURL: displayURL(u.expanded), Indices: [2]int{u.start, u.end}})
	}
	if len(r.media) > 0 {
		body := p
		if p.kind == kRetweet {
			body = p.ref
		}
		for i, m := range r.media {
			vm := v1Media{
				ID: m.media.id, IDStr: idStr(m.media.id), Indices: [2]int{m.start, m.end},
				MediaURLHTTPS: m.media.url,
				URL:           m.tco, DisplayURL: "pic.twitter.com/" + m.tco[len("https://t.co/"):],
				ExpandedURL: "https://twitter.com/" + body.author.handleAt(body.at) + "/status/" + idStr(body.id) + "/photo/" + itoa(i+1),
				Type:        "photo",
			}
			if i == 0 {
				t.Entities.Media = append(t.Entities.Media, vm)
			}
			if t.ExtendedEntities == nil {
				t.ExtendedEntities = &v1ExtMedia{}
			}
			t.ExtendedEntities.Media = append(t.ExtendedEntities.Media, vm)
		}
		f := false
		t.PossiblySensitive = &f
		t.DisplayTextRange[1] = r.media[0].start - 1
	}
	switch p.kind {
	case kRetweet:
		t.RetweetedStatus = v1Object(p.ref, view)
		t.RetweetCount = p.ref.retweets
	case kQuote:
		t.IsQuoteStatus = true
		t.QuotedStatusID = p.ref.id
		t.QuotedStatusIDStr = idStr(p.ref.id)
		t.QuotedStatus = v1Object(p.ref, view)
		t.QuotedStatus.QuotedStatus = nil
	case kReply:
		id, uid := p.ref.id, p.ref.author.id
		ids, uids, h := idStr(id), p.ref.author.idStr, p.ref.author.handleAt(p.at)
		t.InReplyToStatusID, t.InReplyToStatusIDStr = &id, &ids
		t.InReplyToUserID, t.InReplyToUserIDStr, t.InReplyToScreenName = &uid, &uids, &h
	}
	return t
}

var clients = []string{
	`<a href="http://twitter.com/download/android" rel="nofollow">Twitter for Android</a>`,
	`<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>`,
	`<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>`,
	`<a href="https://about.twitter.com/products/tweetdeck" rel="nofollow">TweetDeck</a>`,
	`<a href="http://twitter.com/#!/download/ipad" rel="nofollow">Twitter for iPad</a>`,
}

var clientNames = []string{"Twitter for Android", "Twitter for iPhone", "Twitter Web App", "TweetDeck", "Twitter for iPad"}

// clientOf gives each account a stable client (Android most common).
func clientOf(a *account) string { return clients[clientIndex(a)] }

func clientIndex(a *account) int {
	x := (a.id >> 7) % 20
	switch {
	case x < 11:
		return 0
	case x < 16:
		return 1
	case x < 18:
		return 2
	case x < 19:
		return 3
	}
	return 4
}

func itoa(i int) string { return idStr(uint64(i)) }
