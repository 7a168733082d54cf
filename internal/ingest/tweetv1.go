package ingest

import (
	"context"
	"encoding/json"
	"io"
	"strconv"
	"time"

	"github.com/marsad-project/marsad"
)

// TweetV1 is the tweet-v1 format: Twitter API v1.1 tweet objects as JSON
// Lines (streaming API, most collectors), a JSON array (REST timelines) or
// search responses ({"statuses":[…]}). Retweets and quotes also yield the
// embedded original post and its author.
var TweetV1 = Format{
	Name:        "tweet-v1",
	Description: "Twitter API v1.1 tweet objects (JSON array, JSONL, or search responses)",
	Detect:      detectTweetV1,
	Decode:      decodeTweetV1,
}

// detectTweetV1 accepts a first record shaped like a v1.1 tweet (id_str or
// id, user, created_at, text or full_text) or a search response, and refuses
// v2 (author_id, data) and Zeeschuimer envelopes.
func detectTweetV1(head []byte) bool {
	s, ok := sniffJSON(head)
	if !ok || s.any("data", "author_id", "source_platform", "__twarc") {
		return false
	}
	if s.has("statuses") && s.any("statuses.id_str", "search_metadata") {
		return true
	}
	if !s.complete && s.has("id_str", "created_at") && s.any("text", "full_text") {
		return true // a first record longer than the head: "user" comes after the text
	}
	return s.any("id_str", "id") && s.has("user", "created_at") && s.any("text", "full_text", "extended_tweet")
}

// v1Tweet is the part of a v1.1 tweet object marsad reads.
type v1Tweet struct {
	ID                   json.Number `json:"id"`
	IDStr                string      `json:"id_str"`
	CreatedAt            string      `json:"created_at"`
	TimestampMS          string      `json:"timestamp_ms"`
	Text                 string      `json:"text"`
	FullText             string      `json:"full_text"`
	Lang                 string      `json:"lang"`
	User                 *v1User     `json:"user"`
	Entities             v1Entities  `json:"entities"`
	ExtendedEntities     *v1Entities `json:"extended_entities"`
	ExtendedTweet        *v1Extended `json:"extended_tweet"`
	RetweetedStatus      *v1Tweet    `json:"retweeted_status"`
	QuotedStatus         *v1Tweet    `json:"quoted_status"`
	QuotedStatusIDStr    string      `json:"quoted_status_id_str"`
	InReplyToStatusIDStr string      `json:"in_reply_to_status_id_str"`
	InReplyToUserIDStr   string      `json:"in_reply_to_user_id_str"`
	InReplyToScreenName  string      `json:"in_reply_to_screen_name"`
	ConversationIDStr    string      `json:"conversation_id_str"` // GraphQL legacy objects
	UserIDStr            string      `json:"user_id_str"`         // GraphQL legacy objects
	// Statuses is set when the record is a search response, not a tweet.
	Statuses []json.RawMessage `json:"statuses"`
	// Stream control messages, which are not tweets.
	Delete json.RawMessage `json:"delete"`
	Limit  json.RawMessage `json:"limit"`
}

type v1Extended struct {
	FullText         string      `json:"full_text"`
	Entities         v1Entities  `json:"entities"`
	ExtendedEntities *v1Entities `json:"extended_entities"`
}

type v1Entities struct {
	Hashtags []struct {
		Text string `json:"text"`
	} `json:"hashtags"`
	UserMentions []struct {
		IDStr      string `json:"id_str"`
		ScreenName string `json:"screen_name"`
	} `json:"user_mentions"`
	URLs []struct {
		URL         string `json:"url"`
		ExpandedURL string `json:"expanded_url"`
	} `json:"urls"`
	Media []struct {
		MediaURLHTTPS string `json:"media_url_https"`
		MediaURL      string `json:"media_url"`
		Type          string `json:"type"`
	} `json:"media"`
}

type v1User struct {
	ID                   json.Number `json:"id"`
	IDStr                string      `json:"id_str"`
	ScreenName           string      `json:"screen_name"`
	Name                 string      `json:"name"`
	Description          string      `json:"description"`
	Location             string      `json:"location"`
	URL                  string      `json:"url"`
	ProfileImageURLHTTPS string      `json:"profile_image_url_https"`
	ProfileImageURL      string      `json:"profile_image_url"`
	Verified             bool        `json:"verified"`
	CreatedAt            string      `json:"created_at"`
	FollowersCount       *int64      `json:"followers_count"`
	FriendsCount         *int64      `json:"friends_count"`
	StatusesCount        *int64      `json:"statuses_count"`
}

func decodeTweetV1(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	platform := platformOr(opts, marsad.PlatformTwitter)
	control := false
	var handle func(line int64, raw []byte) (string, error)
	handle = func(line int64, raw []byte) (string, error) {
		var t v1Tweet
		if err := json.Unmarshal(raw, &t); err != nil {
			return "not a v1.1 tweet object: " + shortErr(err), nil
		}
		if t.Statuses != nil { // a search response
			for _, st := range t.Statuses {
				if reason, err := handle(line, st); err != nil {
					return "", err
				} else if reason != "" {
					if err := sink.Reject(line, reason, st); err != nil {
						return "", err
					}
				}
			}
			return "", nil
		}
		if t.Delete != nil || t.Limit != nil {
			if !control {
				control = true
				sink.Notice("stream control messages (delete, limit) skipped")
			}
			return "", nil
		}
		return emitV1(&t, platform, line, time.Time{}, sink)
	}
	return jsonRecords(ctx, r, opts, sink, handle)
}

// emitV1 emits t (and the posts and users it embeds) and returns a reject
// reason if t itself cannot be imported. observed, when set, is the
// collection time used for the profiles shown.
func emitV1(t *v1Tweet, platform string, line int64, observed time.Time, sink Sink) (string, error) {
	id := firstNonEmpty(t.IDStr, t.ID.String())
	if id == "" {
		return "tweet without id", nil
	}
	created, ok := parseTwitterTime(t.CreatedAt)
	if !ok {
		ms, err := strconv.ParseInt(t.TimestampMS, 10, 64)
		if err != nil {
			return "tweet " + id + ": created_at missing or not in Twitter's format", nil
		}
		created = time.UnixMilli(ms).UTC()
	}
	if observed.IsZero() {
		observed = created
	}
	p := marsad.Post{Platform: platform, ID: id, CreatedAt: created, Lang: t.Lang, Kind: marsad.PostOriginal,
		ConversationID: t.ConversationIDStr, SourceLine: line}
	if t.User != nil {
		a := v1Account(t.User, platform, observed)
		if a.ID != "" {
			p.AccountID, p.AccountHandle = a.ID, a.Handle
			if err := sink.Account(&a); err != nil {
				return "", err
			}
		}
	}
	if p.AccountID == "" {
		p.AccountID = t.UserIDStr
	}
	if p.AccountID == "" {
		return "tweet " + id + ": no author (user.id_str)", nil
	}
	if rt := t.RetweetedStatus; rt != nil {
		p.Kind = marsad.PostRepost
		p.RepostOfPostID = firstNonEmpty(rt.IDStr, rt.ID.String())
		if rt.User != nil {
			p.RepostOfAccountID = firstNonEmpty(rt.User.IDStr, rt.User.ID.String())
		}
		if p.RepostOfAccountID == "" {
			p.RepostOfAccountID = rt.UserIDStr
		}
		if reason, err := emitV1(rt, platform, line, observed, sink); err != nil {
			return "", err
		} else if reason != "" {
			sink.Notice("a retweet's embedded original could not be read: " + reason)
		}
		return "", sink.Post(&p)
	}
	text, ents, ext := t.Text, &t.Entities, t.ExtendedEntities
	if t.FullText != "" {
		text = t.FullText
	}
	if x := t.ExtendedTweet; x != nil && x.FullText != "" {
		text, ents, ext = x.FullText, &x.Entities, x.ExtendedEntities
	}
	p.Text = text
	v1Entities2Post(&p, ents, ext)
	if t.InReplyToStatusIDStr != "" {
		p.Kind = marsad.PostReply
		p.ReplyToPostID = t.InReplyToStatusIDStr
		p.ReplyToAccountID = t.InReplyToUserIDStr
		if p.ReplyToAccountID == "" && t.InReplyToScreenName != "" {
			p.ReplyToAccountID = marsad.HandleID(t.InReplyToScreenName)
		}
	}
	if q := t.QuotedStatus; q != nil || t.QuotedStatusIDStr != "" {
		p.Kind = marsad.PostQuote
		p.QuotedPostID = t.QuotedStatusIDStr
		if q != nil {
			p.QuotedPostID = firstNonEmpty(q.IDStr, q.ID.String(), p.QuotedPostID)
			if q.User != nil {
				p.QuotedAccountID = firstNonEmpty(q.User.IDStr, q.User.ID.String())
			}
			if reason, err := emitV1(q, platform, line, observed, sink); err != nil {
				return "", err
			} else if reason != "" {
				sink.Notice("a quote's embedded original could not be read: " + reason)
			}
		}
	}
	return "", sink.Post(&p)
}

// v1Entities2Post copies hashtags, mentions, URLs and media to p.
func v1Entities2Post(p *marsad.Post, e *v1Entities, ext *v1Entities) {
	for _, h := range e.Hashtags {
		p.Hashtags = append(p.Hashtags, h.Text)
	}
	for _, m := range e.UserMentions {
		if m.IDStr == "" && m.ScreenName == "" {
			continue
		}
		id := m.IDStr
		if id == "" {
			id = marsad.HandleID(m.ScreenName)
		}
		p.Mentions = append(p.Mentions, marsad.Mention{AccountID: id, Handle: m.ScreenName})
	}
	for _, u := range e.URLs {
		addURL(p, firstNonEmpty(u.ExpandedURL, u.URL))
	}
	media := e.Media
	if ext != nil && len(ext.Media) > 0 {
		media = ext.Media
	}
	for _, m := range media {
		addMedia(p, firstNonEmpty(m.MediaURLHTTPS, m.MediaURL), m.Type)
	}
}

// v1Account maps a v1.1 user object.
func v1Account(u *v1User, platform string, observed time.Time) marsad.Account {
	a := marsad.Account{
		Platform: platform, ID: firstNonEmpty(u.IDStr, u.ID.String()), Handle: u.ScreenName,
		DisplayName: u.Name, Bio: u.Description, Location: u.Location, URL: u.URL,
		AvatarURL: firstNonEmpty(u.ProfileImageURLHTTPS, u.ProfileImageURL), Verified: u.Verified,
		Followers: count(u.FollowersCount), Following: count(u.FriendsCount), PostCount: count(u.StatusesCount),
		ObservedAt: observed,
	}
	if a.ID == "" && a.Handle != "" {
		a.ID = marsad.HandleID(a.Handle)
	}
	a.CreatedAt, _ = parseTwitterTime(u.CreatedAt)
	return a
}
