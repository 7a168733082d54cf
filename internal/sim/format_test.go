package sim

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

var (
	reID     = regexp.MustCompile(`^[1-9][0-9]{17,18}$`) // post ids: snowflakes
	reUserID = regexp.MustCompile(`^[1-9][0-9]{6,18}$`)  // account ids: short before 2013, snowflakes after
	reHandle = regexp.MustCompile(`^[A-Za-z0-9_]{3,15}$`)
	reHex64  = regexp.MustCompile(`^[0-9a-f]{64}$`)
	reSlot   = regexp.MustCompile(`\{[a-z_0-9]+\}`)
)

// runeSlice returns the code points [a, b) of s.
func runeSlice(s string, a, b int) string {
	rs := []rune(s)
	if a < 0 || b > len(rs) || a > b {
		return "<out of range>"
	}
	return string(rs[a:b])
}

func checkTweet(t *testing.T, tw *tTweet, depth int) {
	t.Helper()
	if !reID.MatchString(tw.IDStr) || tw.ID.String() != tw.IDStr {
		t.Fatalf("tweet id %q / %q: want 18–19 digits, id == id_str", tw.ID, tw.IDStr)
	}
	tw.time(t)
	if (tw.Text == nil) == (tw.FullText == nil) {
		t.Fatalf("tweet %s: want exactly one of text and full_text", tw.IDStr)
	}
	u := tw.User
	if !reUserID.MatchString(u.IDStr) || !reHandle.MatchString(u.ScreenName) || u.Name == "" ||
		u.FollowersCount == nil || u.FriendsCount == nil || u.StatusesCount == nil ||
		!strings.HasPrefix(u.ProfileImage, "https://pbs.twimg.com/profile_images/") {
		t.Fatalf("tweet %s: incomplete user %+v", tw.IDStr, u)
	}
	if _, err := time.Parse(time.RubyDate, u.CreatedAt); err != nil {
		t.Fatalf("tweet %s: user created_at: %v", tw.IDStr, err)
	}
	text := tw.body()
	for _, h := range tw.Entities.Hashtags {
		if got := runeSlice(text, h.Indices[0], h.Indices[1]); got != "#"+h.Text {
			t.Fatalf("tweet %s: hashtag %q at %v is %q in %q", tw.IDStr, h.Text, h.Indices, got, text)
		}
	}
	for _, m := range tw.Entities.UserMentions {
		if got := runeSlice(text, m.Indices[0], m.Indices[1]); !strings.EqualFold(got, "@"+m.ScreenName) || !reUserID.MatchString(m.IDStr) {
			t.Fatalf("tweet %s: mention %q at %v is %q", tw.IDStr, m.ScreenName, m.Indices, got)
		}
	}
	for _, l := range tw.Entities.URLs {
		if got := runeSlice(text, l.Indices[0], l.Indices[1]); got != l.URL || !strings.HasPrefix(l.URL, "https://t.co/") || !strings.HasPrefix(l.ExpandedURL, "http") {
			t.Fatalf("tweet %s: url %q at %v is %q", tw.IDStr, l.URL, l.Indices, got)
		}
	}
	for _, m := range tw.Entities.Media {
		if m.Type != "photo" || !strings.HasPrefix(m.MediaURLHTTPS, "https://pbs.twimg.com/media/") {
			t.Fatalf("tweet %s: media %+v", tw.IDStr, m)
		}
	}
	if tw.Lang != "ar" && tw.Lang != "en" && tw.Lang != "und" {
		t.Fatalf("tweet %s: lang %q", tw.IDStr, tw.Lang)
	}
	switch {
	case tw.RetweetedStatus != nil:
		rt := tw.RetweetedStatus
		if depth > 0 || !strings.HasPrefix(text, "RT @"+rt.User.ScreenName+": ") {
			t.Fatalf("retweet %s: text %q does not start with RT @%s:", tw.IDStr, text, rt.User.ScreenName)
		}
		if rt.time(t).After(tw.time(t)) {
			t.Fatalf("retweet %s is older than its original %s", tw.IDStr, rt.IDStr)
		}
		checkTweet(t, rt, depth+1)
	case tw.IsQuoteStatus:
		if tw.QuotedStatus == nil || tw.QuotedStatus.IDStr != tw.QuotedStatusIDStr {
			t.Fatalf("quote %s: quoted_status missing or id mismatch", tw.IDStr)
		}
		checkTweet(t, tw.QuotedStatus, depth+1)
	case tw.InReplyToStatusID != nil:
		if tw.InReplyToUserID == nil || tw.InReplyToScreenName == nil || !reID.MatchString(*tw.InReplyToStatusID) {
			t.Fatalf("reply %s: incomplete reply fields", tw.IDStr)
		}
		if !strings.HasPrefix(text, "@"+*tw.InReplyToScreenName) {
			t.Fatalf("reply %s: text %q does not start with @%s", tw.IDStr, text, *tw.InReplyToScreenName)
		}
	}
	if reSlot.MatchString(text) || reSlot.MatchString(u.Name) || reSlot.MatchString(u.Description) {
		t.Fatalf("tweet %s: unfilled template slot in %q / %q / %q", tw.IDStr, text, u.Name, u.Description)
	}
	if !utf8.ValidString(text) {
		t.Fatalf("tweet %s: invalid UTF-8", tw.IDStr)
	}
}

func TestTweetV1Shape(t *testing.T) {
	s := smallScenario(t)
	if len(s.tweets) < 1000 {
		t.Fatalf("only %d tweets", len(s.tweets))
	}
	kinds := map[string]int{}
	ids := map[string]bool{}
	for _, tw := range s.tweets {
		checkTweet(t, tw, 0)
		if ids[tw.IDStr] {
			t.Fatalf("tweet %s written twice to %s", tw.IDStr, FileTweets)
		}
		ids[tw.IDStr] = true
		switch {
		case tw.RetweetedStatus != nil:
			kinds["retweet"]++
		case tw.IsQuoteStatus:
			kinds["quote"]++
		case tw.InReplyToStatusID != nil:
			kinds["reply"]++
		default:
			kinds["post"]++
		}
		if tw.Text != nil {
			kinds["compat"]++
		}
		if len(tw.Entities.Media) > 0 {
			kinds["media"]++
		}
	}
	for _, k := range []string{"retweet", "quote", "reply", "post", "compat", "media"} {
		if kinds[k] == 0 {
			t.Errorf("no %s tweets in %v", k, kinds)
		}
	}
}

func TestTwarc2Shape(t *testing.T) {
	s := smallScenario(t)
	search, lookups, suspendedErrs := 0, 0, 0
	for i, p := range s.pages {
		if _, err := time.Parse(time.RFC3339, p.Twarc.RetrievedAt); err != nil || !strings.HasPrefix(p.Twarc.URL, "https://api.twitter.com/2/") {
			t.Fatalf("page %d: __twarc %+v", i, p.Twarc)
		}
		if p.Meta != nil { // a search page: data is tweets
			search++
			var data []tV2Tweet
			if err := jsonUnmarshal(p.Data, &data); err != nil {
				t.Fatalf("page %d: data: %v", i, err)
			}
			if len(data) != p.Meta.ResultCount || data[0].ID != p.Meta.NewestID || data[len(data)-1].ID != p.Meta.OldestID {
				t.Fatalf("page %d: meta %+v does not match data", i, *p.Meta)
			}
			users, tweets := map[string]bool{}, map[string]bool{}
			for _, e := range p.Errors { // a referenced tweet may be gone, with an error saying so
				if e.ResourceType == "tweet" && e.Parameter == "referenced_tweets.id" && e.Title == "Not Found Error" {
					tweets[e.Value] = true
				}
			}
			for _, u := range p.Includes.Users {
				users[u.ID] = true
			}
			for _, x := range p.Includes.Tweets {
				tweets[x.ID] = true
			}
			for _, tw := range data {
				if _, err := time.Parse(time.RFC3339, tw.CreatedAt); err != nil || !reID.MatchString(tw.ID) || tw.ConversationID == "" {
					t.Fatalf("page %d: tweet %+v", i, tw)
				}
				if !users[tw.AuthorID] {
					t.Fatalf("page %d: author %s of %s not in includes.users", i, tw.AuthorID, tw.ID)
				}
				for _, ref := range tw.ReferencedTweets {
					if !tweets[ref.ID] || (ref.Type != "retweeted" && ref.Type != "quoted" && ref.Type != "replied_to") {
						t.Fatalf("page %d: reference %+v of %s not in includes.tweets", i, ref, tw.ID)
					}
				}
				if tw.Entities != nil {
					for _, h := range tw.Entities.Hashtags {
						if got := runeSlice(tw.Text, h.Start, h.End); got != "#"+h.Tag {
							t.Fatalf("page %d: hashtag %q at %d..%d is %q", i, h.Tag, h.Start, h.End, got)
						}
					}
				}
			}
			continue
		}
		lookups++
		for _, e := range p.Errors {
			if e.Title != "Forbidden" || e.ResourceType != "user" || e.Parameter != "ids" || e.Value != e.ResourceID ||
				e.Detail != "User has been suspended: ["+e.Value+"]." || e.Type != "https://api.twitter.com/2/problems/resource-not-found" {
				t.Fatalf("page %d: error %+v", i, e)
			}
			suspendedErrs++
		}
	}
	if search == 0 || lookups == 0 || suspendedErrs == 0 {
		t.Fatalf("want search pages, lookup pages and suspension errors; got %d, %d, %d", search, lookups, suspendedErrs)
	}
}

func TestCSVShapes(t *testing.T) {
	s := smallScenario(t)
	headers := map[string]string{
		FileFollows:     "follower_id,followee_id",
		FileStatus:      "account_id,screen_name,status,suspended_at",
		FileWatchlist:   "account_id,screen_name,name,photo_hash",
		FileMediaHashes: "media_url,hash",
	}
	for name, want := range headers {
		rows := s.csv[name]
		if len(rows) < 2 {
			t.Fatalf("%s: %d rows", name, len(rows))
		}
		if got := strings.Join(rows[0], ","); got != want {
			t.Fatalf("%s: header %q, want %q", name, got, want)
		}
		for i, row := range rows[1:] {
			bad := false
			switch name {
			case FileFollows:
				bad = !reUserID.MatchString(row[0]) || !reUserID.MatchString(row[1]) || row[0] == row[1]
			case FileStatus:
				_, err := time.Parse(time.RFC3339, row[3])
				bad = !reUserID.MatchString(row[0]) || !reHandle.MatchString(row[1]) || (row[2] != "suspended" && row[2] != "renamed") || err != nil
			case FileWatchlist:
				bad = !reUserID.MatchString(row[0]) || !reHandle.MatchString(row[1]) || row[2] == "" || !reHex64.MatchString(row[3])
			case FileMediaHashes:
				bad = !strings.HasPrefix(row[0], "https://pbs.twimg.com/") || !reHex64.MatchString(row[1])
			}
			if bad {
				t.Fatalf("%s line %d: %q", name, i+2, row)
			}
		}
	}
}
