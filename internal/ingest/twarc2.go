package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
)

// Twarc2 is the twarc2 format: Twitter API v2 responses as twarc2 writes
// them, one JSON object per line. Accepted line shapes: a response page
// (data, includes, errors, meta, __twarc), a filtered-stream line (data is
// one tweet), a user-lookup page (data are users), and the flattened form of
// `twarc2 flatten` (one tweet per line with author and referenced tweets
// inline). Errors about users become status changes ("User has been
// suspended" → suspended, "Not Found" → deleted, "not authorized" →
// protected); errors about tweets are counted in a notice.
var Twarc2 = Format{
	Name:        "twarc2",
	Description: "Twitter API v2 responses as written by twarc2 (JSONL pages with data/includes/errors, or flattened)",
	Detect:      detectTwarc2,
	Decode:      decodeTwarc2,
}

// detectTwarc2 accepts a first record with twarc's "__twarc" stamp, a v2
// page (data holding tweets or users, or errors with v2 problem fields), or
// a bare/flattened v2 tweet (id, text, author_id).
func detectTwarc2(head []byte) bool {
	s, ok := sniffJSON(head)
	if !ok || s.any("source_platform", "id_str", "user") {
		return false
	}
	if s.has("__twarc") {
		return true
	}
	if s.has("data") && (s.any("data.author_id", "data.edit_history_tweet_ids", "data.username", "data.conversation_id") ||
		s.any("includes", "meta", "matching_rules")) {
		return true
	}
	if s.any("includes.users", "includes.tweets", "includes.media") { // includes written before data
		return true
	}
	if s.has("errors", "errors.resource_type") {
		return true
	}
	return s.has("id", "text", "author_id")
}

// twarc2Decoder holds per-file state.
type twarc2Decoder struct {
	sink        Sink
	platform    string
	tweetErrors int
	otherErrors int
}

func decodeTwarc2(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	d := &twarc2Decoder{sink: sink, platform: platformOr(opts, marsad.PlatformTwitter)}
	err := jsonRecords(ctx, r, opts, sink, d.record)
	if d.tweetErrors > 0 {
		sink.Notice(fmt.Sprintf("%d API errors about tweets (deleted, withheld or protected tweets) ignored", d.tweetErrors))
	}
	if d.otherErrors > 0 {
		sink.Notice(fmt.Sprintf("%d API errors of unknown kind ignored", d.otherErrors))
	}
	return err
}

// record handles one line: a page or a flattened tweet.
func (d *twarc2Decoder) record(line int64, raw []byte) (string, error) {
	var pg v2Page
	if err := json.Unmarshal(raw, &pg); err != nil {
		return "not a Twitter v2 response: " + shortErr(err), nil
	}
	var observed time.Time
	if pg.Twarc != nil {
		observed, _ = parseTwitterTime(pg.Twarc.RetrievedAt)
	}
	if pg.Data == nil && len(pg.Errors) == 0 {
		var t v2Tweet
		if err := json.Unmarshal(raw, &t); err != nil || t.ID == "" {
			return "neither a v2 page (data/errors) nor a v2 tweet (id)", nil
		}
		return d.flatTweet(&t, line, observed)
	}
	return "", d.page(&pg, line, observed)
}

// page emits a response page: included users and tweets, the data (tweets
// or users), and status changes from errors.
func (d *twarc2Decoder) page(pg *v2Page, line int64, observed time.Time) error {
	var items []json.RawMessage
	if data := bytes.TrimSpace(pg.Data); len(data) > 0 && data[0] == '{' {
		items = []json.RawMessage{data}
	} else if len(data) > 0 && !bytes.Equal(data, []byte("null")) {
		if err := json.Unmarshal(data, &items); err != nil {
			return d.sink.Reject(line, "data is neither an object nor an array: "+shortErr(err), nil)
		}
	}
	tweets := make([]v2Tweet, 0, len(items))
	for _, it := range items {
		var t v2Tweet
		if err := json.Unmarshal(it, &t); err != nil {
			if err := d.sink.Reject(line, "data item is not a v2 tweet or user: "+shortErr(err), it); err != nil {
				return err
			}
			continue
		}
		if t.Username != "" && t.Text == "" && t.AuthorID == "" { // a user object
			var u v2User
			if err := json.Unmarshal(it, &u); err == nil {
				if err := d.account(&u, observed); err != nil {
					return err
				}
			}
			continue
		}
		tweets = append(tweets, t)
	}
	if observed.IsZero() { // no __twarc: profiles are at least as recent as the newest tweet
		for i := range tweets {
			if c, ok := parseTwitterTime(tweets[i].CreatedAt); ok && c.After(observed) {
				observed = c
			}
		}
	}
	ctx := v2Context{users: map[string]*v2User{}, handles: map[string]string{}, tweets: map[string]*v2Tweet{}, media: map[string]*v2Media{}}
	for i := range pg.Includes.Users {
		u := &pg.Includes.Users[i]
		ctx.users[u.ID] = u
		ctx.handles[strings.ToLower(u.Username)] = u.ID
		if err := d.account(u, observed); err != nil {
			return err
		}
	}
	for i := range pg.Includes.Tweets {
		ctx.tweets[pg.Includes.Tweets[i].ID] = &pg.Includes.Tweets[i]
	}
	for i := range pg.Includes.Media {
		ctx.media[pg.Includes.Media[i].MediaKey] = &pg.Includes.Media[i]
	}
	for i := range pg.Includes.Tweets {
		if err := d.pageTweet(&pg.Includes.Tweets[i], &ctx, line); err != nil {
			return err
		}
	}
	for i := range tweets {
		if err := d.pageTweet(&tweets[i], &ctx, line); err != nil {
			return err
		}
	}
	return d.errors(pg.Errors, observed)
}

// pageTweet emits a tweet of a page and rejects it when it is unreadable;
// the rest of the page goes on.
func (d *twarc2Decoder) pageTweet(t *v2Tweet, ctx *v2Context, line int64) error {
	err := d.tweet(t, ctx, line)
	if r, isReject := err.(rejectErr); isReject {
		return d.sink.Reject(line, string(r), nil)
	}
	return err
}

// v2Context is the expansions of one page, by id.
type v2Context struct {
	users   map[string]*v2User
	handles map[string]string // lower-case username → id
	tweets  map[string]*v2Tweet
	media   map[string]*v2Media
}

// flatTweet emits a flattened tweet with its inline author and references.
func (d *twarc2Decoder) flatTweet(t *v2Tweet, line int64, observed time.Time) (string, error) {
	if t.Twarc != nil && observed.IsZero() {
		observed, _ = parseTwitterTime(t.Twarc.RetrievedAt)
	}
	if observed.IsZero() {
		observed, _ = parseTwitterTime(t.CreatedAt)
	}
	ctx := v2Context{users: map[string]*v2User{}, handles: map[string]string{}, tweets: map[string]*v2Tweet{}, media: map[string]*v2Media{}}
	if t.Author != nil {
		ctx.users[t.Author.ID] = t.Author
		if err := d.account(t.Author, observed); err != nil {
			return "", err
		}
	}
	for i := range t.ReferencedTweets {
		ref := &t.ReferencedTweets[i].v2Tweet
		if ref.AuthorID == "" && ref.Text == "" {
			continue // only type and id: nothing inline
		}
		ctx.tweets[ref.ID] = ref
		if ref.Author != nil {
			ctx.users[ref.Author.ID] = ref.Author
			if err := d.account(ref.Author, observed); err != nil {
				return "", err
			}
		}
		if err := d.tweet(ref, &ctx, line); err != nil {
			if _, isReject := err.(rejectErr); isReject {
				continue
			}
			return "", err
		}
	}
	if err := d.tweet(t, &ctx, line); err != nil {
		if r, isReject := err.(rejectErr); isReject {
			return string(r), nil
		}
		return "", err
	}
	return "", nil
}

// rejectErr carries a reject reason out of tweet for flattened lines.
type rejectErr string

func (e rejectErr) Error() string { return string(e) }
