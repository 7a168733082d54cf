package ingest

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/marsad-project/marsad"
)

// IOArchive is the io-archive format: the CSV files of Twitter's Information
// Operations (election integrity) archive. It reads both files of a release:
// the tweets CSV (31 columns since poll_choices was added, 30 before; matched
// by name in any order) gives posts and their authors' profiles, and the
// users CSV gives accounts. Hashed user ids of small accounts are kept as ids.
var IOArchive = Format{
	Name:        "io-archive",
	Description: "Twitter Information Operations archive CSV (tweets or users file)",
	Detect:      detectIOArchive,
	Decode:      decodeIOArchive,
}

// The columns of the two files. Columns outside these sets draw one notice.
var (
	ioTweetColumns = csvSet("tweetid", "userid", "user_display_name", "user_screen_name",
		"user_reported_location", "user_profile_description", "user_profile_url", "follower_count",
		"following_count", "account_creation_date", "account_language", "tweet_language", "tweet_text",
		"tweet_time", "tweet_client_name", "in_reply_to_userid", "in_reply_to_tweetid",
		"quoted_tweet_tweetid", "is_retweet", "retweet_userid", "retweet_tweetid", "latitude",
		"longitude", "quote_count", "reply_count", "like_count", "retweet_count", "hashtags", "urls",
		"user_mentions", "poll_choices")
	ioUserColumns = csvSet("userid", "user_display_name", "user_screen_name", "user_reported_location",
		"user_profile_description", "user_profile_url", "follower_count", "following_count",
		"account_creation_date", "account_language")
)

// detectIOArchive accepts the tweets header (tweetid, userid, tweet_text,
// tweet_time) or the users header (userid, user_screen_name,
// account_creation_date, follower_count, no tweet columns).
func detectIOArchive(head []byte) bool {
	h := csvHeaderSet(head)
	if csvHasAll(h, "tweetid", "userid", "tweet_text", "tweet_time") {
		return true
	}
	return csvHasAll(h, "userid", "user_screen_name", "account_creation_date", "follower_count") &&
		!h["tweetid"] && !h["tweet_text"]
}

func decodeIOArchive(ctx context.Context, r io.Reader, opts Options, sink Sink) error {
	t, err := openCSVTable(r, "io-archive", opts, sink)
	if err != nil {
		return err
	}
	d := &ioDecoder{t: t, sink: sink, platform: csvPlatform(opts, marsad.PlatformTwitter),
		times: newCSVTime(opts.TimeLayout), dates: newCSVTime(""), accounts: newCSVAccounts()}
	if !t.Has("tweetid") {
		if m := t.Missing("userid", "user_screen_name"); len(m) > 0 {
			return marsad.Errorf(marsad.EINVALID, "io-archive: missing required columns: %s (neither a tweets nor a users file)", strings.Join(m, ", "))
		}
		t.NoticeUnknown(ioUserColumns)
		for t.Next(ctx) {
			d.user()
		}
		return t.Err()
	}
	if m := t.Missing("tweetid", "userid", "tweet_time"); len(m) > 0 {
		return marsad.Errorf(marsad.EINVALID, "io-archive: missing required columns: %s", strings.Join(m, ", "))
	}
	t.NoticeUnknown(ioTweetColumns)
	for t.Next(ctx) {
		d.tweet()
	}
	return t.Err()
}

type ioDecoder struct {
	t        *csvTable
	sink     Sink
	platform string
	times    *csvTime
	dates    *csvTime
	accounts *csvAccounts
}

// account builds the author's profile from the user columns of either file.
// It reports false (after a reject) when the user id is unusable.
func (d *ioDecoder) account(a *marsad.Account) bool {
	t := d.t
	id, ok := csvID(t.Get("userid"))
	if !ok || id == "" {
		t.Reject(csvIDReason("userid", t.Get("userid")))
		return false
	}
	*a = marsad.Account{
		Platform: d.platform, ID: id,
		Handle:      strings.TrimPrefix(t.Get("user_screen_name"), "@"),
		DisplayName: t.Get("user_display_name"),
		Bio:         t.GetRaw("user_profile_description"),
		Location:    t.Get("user_reported_location"),
		Followers:   csvCount(t.Get("follower_count")),
		Following:   csvCount(t.Get("following_count")),
		PostCount:   -1,
	}
	// Releases hash the user id, name and screen name of small accounts
	// with the same value; a hash is no handle (handle analyses would
	// compare random strings), so only the id keeps it.
	if !csvDigits(id) {
		if a.Handle == id {
			a.Handle = ""
		}
		if a.DisplayName == id {
			a.DisplayName = ""
		}
	}
	if u := t.Get("user_profile_url"); !csvNull(u) {
		a.URL = u
	}
	if c := t.Get("account_creation_date"); !csvNull(c) {
		if ts, err := d.dates.Parse(c); err == nil {
			a.CreatedAt = ts
		}
	}
	return true
}

func (d *ioDecoder) user() {
	var a marsad.Account
	if d.account(&a) {
		d.t.Fail(d.accounts.Emit(d.sink, &a))
	}
}

func (d *ioDecoder) tweet() {
	t := d.t
	id, ok := csvID(t.Get("tweetid"))
	if !ok || id == "" {
		t.Reject(csvIDReason("tweetid", t.Get("tweetid")))
		return
	}
	var a marsad.Account
	if !d.account(&a) {
		return
	}
	at, err := d.times.Parse(t.Get("tweet_time"))
	if err != nil {
		t.Reject("tweet_time: " + err.Error())
		return
	}
	a.ObservedAt = at
	p := marsad.Post{
		Platform: d.platform, ID: id, AccountID: a.ID, AccountHandle: a.Handle,
		CreatedAt: at, Text: t.GetRaw("tweet_text"), Kind: marsad.PostOriginal,
		SourceLine: t.Line(),
	}
	if l := t.Get("tweet_language"); !csvNull(l) {
		p.Lang = l
	}
	refs := [...]struct {
		col string
		dst *string
	}{
		{"in_reply_to_tweetid", &p.ReplyToPostID}, {"in_reply_to_userid", &p.ReplyToAccountID},
		{"quoted_tweet_tweetid", &p.QuotedPostID},
		{"retweet_tweetid", &p.RepostOfPostID}, {"retweet_userid", &p.RepostOfAccountID},
	}
	for _, ref := range refs {
		v, ok := csvID(t.Get(ref.col))
		if !ok {
			t.Reject(csvIDReason(ref.col, t.Get(ref.col)))
			return
		}
		*ref.dst = v
	}
	isRT, ok := csvBool(t.Get("is_retweet"))
	if !ok {
		t.Reject(fmt.Sprintf("is_retweet: not True/False: %q", csvShort(t.Get("is_retweet"))))
		return
	}
	switch {
	case isRT || p.RepostOfPostID != "":
		p.Kind = marsad.PostRepost
	case p.QuotedPostID != "":
		p.Kind = marsad.PostQuote
	case p.ReplyToPostID != "" || p.ReplyToAccountID != "":
		p.Kind = marsad.PostReply
	}
	for _, h := range csvPyList(t.Get("hashtags")) {
		p.Hashtags = append(p.Hashtags, strings.TrimPrefix(h, "#"))
	}
	p.URLs = csvURLs(csvPyList(t.Get("urls")))
	for _, m := range csvPyList(t.Get("user_mentions")) {
		if m, ok := csvID(m); ok && m != "" {
			p.Mentions = append(p.Mentions, marsad.Mention{AccountID: m})
		}
	}
	if p.Kind == marsad.PostRepost {
		if h, _, ok := csvRetweetPrefix(p.Text); ok && p.RepostOfAccountID == "" {
			p.RepostOfAccountID = marsad.HandleID(h)
		}
		csvBareRepost(&p) // the "RT @x: …" copy and the original's entities
	}
	if err := d.accounts.Emit(d.sink, &a); t.Fail(err) != nil {
		return
	}
	t.Fail(d.sink.Post(&p))
}
