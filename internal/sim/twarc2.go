package sim

import (
	"bufio"
	"encoding/json"
	"io"
	"net/url"
	"strings"
	"time"
)

// twarc2 output: Twitter API v2 response pages, one per line, as twarc2
// writes them (data, includes, errors, meta, __twarc).

const v2TimeLayout = "2006-01-02T15:04:05.000Z"

type v2Page struct {
	Data     any         `json:"data"`
	Includes *v2Includes `json:"includes,omitempty"`
	Errors   []v2Error   `json:"errors,omitempty"`
	Meta     *v2Meta     `json:"meta,omitempty"`
	Twarc    twarcMeta   `json:"__twarc"`
}

type v2Includes struct {
	Users  []v2User  `json:"users,omitempty"`
	Tweets []v2Tweet `json:"tweets,omitempty"`
	Media  []v2Media `json:"media,omitempty"`
}

type v2Meta struct {
	NewestID    string `json:"newest_id"`
	OldestID    string `json:"oldest_id"`
	ResultCount int    `json:"result_count"`
	NextToken   string `json:"next_token,omitempty"`
}

type twarcMeta struct {
	URL         string `json:"url"`
	Version     string `json:"version"`
	RetrievedAt string `json:"retrieved_at"`
}

type v2Error struct {
	Value        string `json:"value"`
	Detail       string `json:"detail"`
	Title        string `json:"title"`
	ResourceType string `json:"resource_type"`
	Parameter    string `json:"parameter"`
	ResourceID   string `json:"resource_id"`
	Type         string `json:"type"`
}

type v2Tweet struct {
	ID                  string         `json:"id"`
	Text                string         `json:"text"`
	AuthorID            string         `json:"author_id"`
	CreatedAt           string         `json:"created_at"`
	ConversationID      string         `json:"conversation_id"`
	Lang                string         `json:"lang"`
	InReplyToUserID     string         `json:"in_reply_to_user_id,omitempty"`
	ReferencedTweets    []v2Ref        `json:"referenced_tweets,omitempty"`
	Entities            *v2Entities    `json:"entities,omitempty"`
	Attachments         *v2Attachments `json:"attachments,omitempty"`
	PublicMetrics       v2TweetMetrics `json:"public_metrics"`
	PossiblySensitive   bool           `json:"possibly_sensitive"`
	ReplySettings       string         `json:"reply_settings"`
	Source              string         `json:"source"`
	EditHistoryTweetIDs []string       `json:"edit_history_tweet_ids"`
}

type v2Ref struct {
	Type string `json:"type"`
	ID   string `json:"id"`
}

type v2Entities struct {
	Hashtags []v2Tag     `json:"hashtags,omitempty"`
	Mentions []v2Mention `json:"mentions,omitempty"`
	URLs     []v2URL     `json:"urls,omitempty"`
}

type v2Tag struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Tag   string `json:"tag"`
}

type v2Mention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Username string `json:"username"`
	ID       string `json:"id"`
}

type v2URL struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	URL         string `json:"url"`
	ExpandedURL string `json:"expanded_url"`
	DisplayURL  string `json:"display_url"`
	MediaKey    string `json:"media_key,omitempty"`
}

type v2Attachments struct {
	MediaKeys []string `json:"media_keys"`
}

type v2TweetMetrics struct {
	RetweetCount int `json:"retweet_count"`
	ReplyCount   int `json:"reply_count"`
	LikeCount    int `json:"like_count"`
	QuoteCount   int `json:"quote_count"`
}

type v2User struct {
	ID              string        `json:"id"`
	Username        string        `json:"username"`
	Name            string        `json:"name"`
	Description     string        `json:"description"`
	CreatedAt       string        `json:"created_at"`
	Location        string        `json:"location,omitempty"`
	ProfileImageURL string        `json:"profile_image_url"`
	Protected       bool          `json:"protected"`
	Verified        bool          `json:"verified"`
	URL             string        `json:"url"`
	PublicMetrics   v2UserMetrics `json:"public_metrics"`
}

type v2UserMetrics struct {
	FollowersCount int `json:"followers_count"`
	FollowingCount int `json:"following_count"`
	TweetCount     int `json:"tweet_count"`
	ListedCount    int `json:"listed_count"`
}

type v2Media struct {
	MediaKey string `json:"media_key"`
	Type     string `json:"type"`
	URL      string `json:"url"`
	Width    int    `json:"width"`
	Height   int    `json:"height"`
}

const searchExpansions = "expansions=author_id%2Cin_reply_to_user_id%2Creferenced_tweets.id%2Creferenced_tweets.id.author_id%2Centities.mentions.username%2Cattachments.media_keys" +
	"&tweet.fields=attachments%2Cauthor_id%2Cconversation_id%2Ccreated_at%2Centities%2Cid%2Cin_reply_to_user_id%2Clang%2Cpublic_metrics%2Ctext%2Cpossibly_sensitive%2Creferenced_tweets%2Creply_settings%2Csource" +
	"&user.fields=created_at%2Cdescription%2Cid%2Clocation%2Cname%2Cprofile_image_url%2Cprotected%2Cpublic_metrics%2Curl%2Cusername%2Cverified" +
	"&media.fields=height%2Cmedia_key%2Ctype%2Curl%2Cwidth"

// twarcWriter writes v2 pages.
type twarcWriter struct {
	w   *bufio.Writer
	enc *json.Encoder
	n   int // tweets written in data arrays
}

func newTwarcWriter(w io.Writer) *twarcWriter {
	bw := bufio.NewWriterSize(w, 1<<18)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &twarcWriter{w: bw, enc: enc}
}

func (w *twarcWriter) flush() error { return w.w.Flush() }

func v2UserOf(a *account) v2User {
	return v2User{ID: a.idStr, Username: a.handle, Name: a.name, Description: a.bio,
		CreatedAt: a.created.UTC().Format(v2TimeLayout), Location: a.location,
		ProfileImageURL: a.avatarURL, Verified: a.verified,
		PublicMetrics: v2UserMetrics{FollowersCount: a.followers, FollowingCount: a.friends, TweetCount: a.statuses, ListedCount: a.followers / 97}}
}

func conversationOf(p *post) *post {
	for p.kind == kReply && p.ref != nil {
		p = p.ref
	}
	return p
}

func v2TweetOf(p *post) v2Tweet {
	r := render(p)
	t := v2Tweet{ID: idStr(p.id), Text: r.text, AuthorID: p.author.idStr, CreatedAt: p.at.UTC().Format(v2TimeLayout),
		ConversationID: idStr(conversationOf(p).id), Lang: p.lang, ReplySettings: "everyone",
		Source: clientNames[clientIndex(p.author)], EditHistoryTweetIDs: []string{idStr(p.id)},
		PublicMetrics: v2TweetMetrics{RetweetCount: p.retweets, ReplyCount: p.replies, LikeCount: p.retweets*2 + p.replies}}
	switch p.kind {
	case kRetweet:
		t.ReferencedTweets = []v2Ref{{"retweeted", idStr(p.ref.id)}}
		t.PublicMetrics.RetweetCount = p.ref.retweets
	case kQuote:
		t.ReferencedTweets = []v2Ref{{"quoted", idStr(p.ref.id)}}
	case kReply:
		t.ReferencedTweets = []v2Ref{{"replied_to", idStr(p.ref.id)}}
		t.InReplyToUserID = p.ref.author.idStr
	}
	e := &v2Entities{}
	for _, h := range r.hashtags {
		e.Hashtags = append(e.Hashtags, v2Tag{h.start, h.end, h.text})
	}
	for _, m := range r.mentions {
		e.Mentions = append(e.Mentions, v2Mention{m.start, m.end, m.acc.handle, m.acc.idStr})
	}
	for _, u := range r.urls {
		e.URLs = append(e.URLs, v2URL{Start: u.start, End: u.end, URL: u.tco, ExpandedURL: u.expanded, DisplayURL: displayURL(u.expanded)})
	}
	body := p
	if p.kind == kRetweet {
		body = p.ref
	}
	if len(r.media) > 0 {
		t.Attachments = &v2Attachments{}
		for i, m := range r.media {
			key := "3_" + idStr(m.media.id)
			t.Attachments.MediaKeys = append(t.Attachments.MediaKeys, key)
			if i == 0 {
				e.URLs = append(e.URLs, v2URL{Start: m.start, End: m.end, URL: m.tco,
					ExpandedURL: "https://twitter.com/" + body.author.handle + "/status/" + idStr(body.id) + "/photo/1",
					DisplayURL:  "pic.twitter.com/" + strings.TrimPrefix(m.tco, "https://t.co/"), MediaKey: key})
			}
		}
	}
	if len(e.Hashtags)+len(e.Mentions)+len(e.URLs) > 0 {
		t.Entities = e
	}
	return t
}

// searchPages writes posts (newest first) as recent-search pages of up to
// 100 tweets with their expansions, retrieved at retrieved.
func (w *twarcWriter) searchPages(query string, posts []*post, retrieved time.Time) error {
	const per = 100
	for i := 0; i < len(posts); i += per {
		chunk := posts[i:min(len(posts), i+per)]
		var data []v2Tweet
		inc := &v2Includes{}
		users := map[*account]bool{}
		tweets := map[uint64]bool{}
		addUser := func(a *account) {
			if !users[a] {
				users[a] = true
				inc.Users = append(inc.Users, v2UserOf(a))
			}
		}
		for _, p := range chunk {
			data = append(data, v2TweetOf(p))
			addUser(p.author)
			for _, m := range p.mentions {
				addUser(m)
			}
			if p.ref != nil && !tweets[p.ref.id] {
				tweets[p.ref.id] = true
				inc.Tweets = append(inc.Tweets, v2TweetOf(p.ref))
				addUser(p.ref.author)
			}
			body := p
			if p.kind == kRetweet {
				body = p.ref
			}
			for _, m := range body.media {
				inc.Media = append(inc.Media, v2Media{MediaKey: "3_" + idStr(m.id), Type: "photo", URL: m.url, Width: 1200, Height: 675})
			}
		}
		meta := &v2Meta{NewestID: idStr(chunk[0].id), OldestID: idStr(chunk[len(chunk)-1].id), ResultCount: len(chunk)}
		if i+per < len(posts) {
			meta.NextToken = tokenFor(chunk[len(chunk)-1].id)
		}
		page := v2Page{Data: data, Includes: inc, Meta: meta, Twarc: twarcMeta{
			URL:         "https://api.twitter.com/2/tweets/search/recent?" + searchExpansions + "&query=" + url.QueryEscape(query) + "&max_results=100",
			Version:     "2.14.0",
			RetrievedAt: retrieved.UTC().Format("2006-01-02T15:04:05+00:00"),
		}}
		w.n += len(chunk)
		if err := w.enc.Encode(page); err != nil {
			return err
		}
		retrieved = retrieved.Add(time.Duration(1+len(chunk)/40) * time.Second)
	}
	return nil
}

func tokenFor(id uint64) string {
	b := []byte("b26v89c19zqg8o3f")
	x := id
	for range 29 {
		x = x*6364136223846793005 + 1442695040888963407
		b = append(b, "0123456789abcdefghijklmnopqrstuvwxyz"[(x>>33)%36])
	}
	return string(b)
}

// lookupUsers writes a users lookup of army accounts and campaign targets,
// done at the end of the window: active accounts in data, suspended ones as
// "User has been suspended" errors (how twarc2 reports them).
func (w *twarcWriter) lookupUsers(g *gen) error {
	r := newRNG(g.cfg.Seed, "lookup")
	var ids []*account
	for _, a := range g.accs {
		if a.army() || a.susReason != "" || (a.lookalike && r.chance(0.5)) || (a.role == RoleActivist && r.chance(0.3)) {
			ids = append(ids, a)
		}
	}
	r.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	at := g.end.Add(3 * time.Hour)
	for i := 0; i < len(ids); i += 100 {
		chunk := ids[i:min(len(ids), i+100)]
		var data []v2User
		var errs []v2Error
		q := make([]string, len(chunk))
		for j, a := range chunk {
			q[j] = a.idStr
			if !a.suspended.IsZero() {
				errs = append(errs, v2Error{Value: a.idStr, Detail: "User has been suspended: [" + a.idStr + "].", Title: "Forbidden",
					ResourceType: "user", Parameter: "ids", ResourceID: a.idStr, Type: "https://api.twitter.com/2/problems/resource-not-found"})
				continue
			}
			data = append(data, v2UserOf(a))
		}
		page := v2Page{Data: data, Errors: errs, Twarc: twarcMeta{
			URL:         "https://api.twitter.com/2/users?user.fields=created_at%2Cdescription%2Cid%2Clocation%2Cname%2Cprofile_image_url%2Cprotected%2Cpublic_metrics%2Curl%2Cusername%2Cverified&ids=" + strings.Join(q, "%2C"),
			Version:     "2.14.0",
			RetrievedAt: at.UTC().Format("2006-01-02T15:04:05+00:00"),
		}}
		if data == nil {
			page.Data = []v2User{}
		}
		if err := w.enc.Encode(page); err != nil {
			return err
		}
		at = at.Add(2 * time.Second)
	}
	return nil
}
