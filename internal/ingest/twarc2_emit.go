package ingest

import (
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// tweet emits one v2 tweet. In pages an unreadable tweet is rejected here;
// a rejectErr is returned only so that flattened lines can reject the line.
func (d *twarc2Decoder) tweet(t *v2Tweet, ctx *v2Context, line int64) error {
	created, ok := parseTwitterTime(t.CreatedAt)
	switch {
	case t.ID == "":
		return rejectErr("tweet without id")
	case t.AuthorID == "":
		return rejectErr("tweet " + t.ID + " without author_id (request the author_id field)")
	case !ok:
		return rejectErr("tweet " + t.ID + ": created_at missing or not RFC 3339")
	}
	p := marsad.Post{Platform: d.platform, ID: t.ID, AccountID: t.AuthorID, CreatedAt: created,
		Text: t.Text, Lang: t.Lang, Kind: marsad.PostOriginal, ConversationID: t.ConversationID, SourceLine: line}
	if u := ctx.users[t.AuthorID]; u != nil {
		p.AccountHandle = u.Username
	} else if t.Author != nil {
		p.AccountHandle = t.Author.Username
	}
	if t.NoteTweet != nil && t.NoteTweet.Text != "" {
		p.Text = t.NoteTweet.Text
	}
	authorOf := func(r *v2Ref) string {
		if r.AuthorID != "" {
			return r.AuthorID
		}
		if rt := ctx.tweets[r.ID]; rt != nil {
			return rt.AuthorID
		}
		return ""
	}
	for i := range t.ReferencedTweets {
		r := &t.ReferencedTweets[i]
		switch r.Type {
		case "retweeted":
			p.Kind, p.RepostOfPostID, p.RepostOfAccountID = marsad.PostRepost, r.ID, authorOf(r)
		case "quoted":
			p.QuotedPostID, p.QuotedAccountID = r.ID, authorOf(r)
		case "replied_to":
			p.ReplyToPostID, p.ReplyToAccountID = r.ID, firstNonEmpty(t.InReplyToUserID, authorOf(r))
		}
	}
	if p.Kind == marsad.PostRepost {
		p.Text = "" // a repost has no text of its own; the original is a post of its own
		return d.sink.Post(&p)
	}
	switch {
	case p.QuotedPostID != "":
		p.Kind = marsad.PostQuote
	case p.ReplyToPostID != "":
		p.Kind = marsad.PostReply
	}
	for _, h := range t.Entities.Hashtags {
		p.Hashtags = append(p.Hashtags, h.Tag)
	}
	for _, m := range t.Entities.Mentions {
		id := m.ID
		if id == "" {
			id = ctx.handles[strings.ToLower(m.Username)]
		}
		if id == "" {
			id = marsad.HandleID(m.Username)
		}
		p.Mentions = append(p.Mentions, marsad.Mention{AccountID: id, Handle: m.Username})
	}
	for _, u := range t.Entities.URLs {
		if u.MediaKey != "" {
			continue // the link to attached media, not a shared URL
		}
		addURL(&p, firstNonEmpty(u.UnwoundURL, u.ExpandedURL, u.URL))
	}
	for _, m := range t.Attachments.Media {
		addMedia(&p, firstNonEmpty(m.URL, m.PreviewImageURL), m.Type)
	}
	for _, k := range t.Attachments.MediaKeys {
		if m := ctx.media[k]; m != nil {
			addMedia(&p, firstNonEmpty(m.URL, m.PreviewImageURL), m.Type)
		}
	}
	return d.sink.Post(&p)
}

// account emits a v2 user object.
func (d *twarc2Decoder) account(u *v2User, observed time.Time) error {
	if u.ID == "" {
		return nil
	}
	a := marsad.Account{Platform: d.platform, ID: u.ID, Handle: u.Username, DisplayName: u.Name,
		Bio: u.Description, Location: u.Location, URL: u.URL, AvatarURL: u.ProfileImageURL, Verified: u.Verified,
		Followers: count(u.PublicMetrics.Followers), Following: count(u.PublicMetrics.Following),
		PostCount: count(u.PublicMetrics.Tweets), ObservedAt: observed}
	a.CreatedAt, _ = parseTwitterTime(u.CreatedAt)
	return d.sink.Account(&a)
}

// errors turns v2 partial errors about users into status changes.
func (d *twarc2Decoder) errors(errs []v2Error, observed time.Time) error {
	for _, e := range errs {
		if e.ResourceType != "user" {
			if e.ResourceType == "tweet" {
				d.tweetErrors++
			} else {
				d.otherErrors++
			}
			continue
		}
		var st marsad.AccountStatus
		detail := strings.ToLower(e.Detail)
		switch {
		case strings.Contains(detail, "suspended"):
			st = marsad.StatusSuspended
		case strings.Contains(e.Title, "Not Found") || strings.Contains(e.Type, "resource-not-found") && !strings.Contains(detail, "authorized"):
			st = marsad.StatusDeleted
		case strings.Contains(detail, "not authorized") || strings.Contains(e.Type, "not-authorized"):
			st = marsad.StatusProtected
		default:
			d.otherErrors++
			continue
		}
		value := firstNonEmpty(e.Value, e.ResourceID)
		if value == "" {
			d.otherErrors++
			continue
		}
		c := marsad.StatusChange{Platform: d.platform, AccountID: value, Status: st, ObservedAt: observed}
		if strings.Contains(e.Parameter, "username") {
			c.AccountID, c.Handle = marsad.HandleID(value), value
		}
		if err := d.sink.StatusChange(&c); err != nil {
			return err
		}
	}
	return nil
}
