package sim

import (
	"bufio"
	"encoding/json"
	"io"
	"net/url"
	"strings"
	"time"
)

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

func v2UserOf(a *account, at time.Time) v2User {
	return v2User{ID: a.idStr, Username: a.handleAt(at), Name: a.nameAt(at), Description: a.bio,
		CreatedAt: a.created.UTC().Truncate(time.Second).Format(v2TimeLayout), Location: a.location,
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
	t := v2Tweet{ID: idStr(p.id), Text: r.text, AuthorID: p.author.idStr, CreatedAt: p.at.UTC().Truncate(time.Second).Format(v2TimeLayout),
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
		e.Mentions = append(e.Mentions, v2Mention{m.start, m.end, m.text, m.acc.idStr})
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
					ExpandedURL: "https://twitter.com/" + body.author.handleAt(body.at) + "/status/" + idStr(body.id) + "/photo/1",
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
				inc.Users = append(inc.Users, v2UserOf(a, retrieved))
			}
		}
		var errs []v2Error
		for _, p := range chunk {
			data = append(data, v2TweetOf(p))
			addUser(p.author)
			for _, m := range p.mentions {
				if !gone(m, retrieved) {
					addUser(m)
				}
			}
			if p.ref != nil && !tweets[p.ref.id] {
				tweets[p.ref.id] = true
				if gone(p.ref.author, retrieved) {
					// The referenced tweet went with its suspended author.
					id := idStr(p.ref.id)
					errs = append(errs, v2Error{Value: id, Detail: "Could not find tweet with referenced_tweets.id: [" + id + "].",
						Title: "Not Found Error", ResourceType: "tweet", Parameter: "referenced_tweets.id", ResourceID: id,
						Type: "https://api.twitter.com/2/problems/resource-not-found"})
					continue
				}
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
		page := v2Page{Data: data, Includes: inc, Errors: errs, Meta: meta, Twarc: twarcMeta{
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
	r := g.rng("lookup")
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
			data = append(data, v2UserOf(a, at))
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
