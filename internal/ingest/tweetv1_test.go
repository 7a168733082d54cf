package ingest

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/testutil"
)

// kinds counts posts per kind.
func kinds(posts []marsad.Post) map[marsad.PostKind]int {
	m := map[marsad.PostKind]int{}
	for _, p := range posts {
		m[p.Kind]++
	}
	return m
}

func findPost(posts []marsad.Post, id string) *marsad.Post {
	for i := range posts {
		if posts[i].ID == id {
			return &posts[i]
		}
	}
	return nil
}

func TestTweetV1Fixtures(t *testing.T) {
	// Expected values come from a Python walk of each fixture (json module:
	// top-level tweets plus embedded retweeted_status/quoted_status; kind =
	// repost if retweeted_status, else quote if quoted_status(_id_str), else
	// reply if in_reply_to_status_id_str), not from this package.
	tests := []struct {
		file                     string
		posts, reposts, quotes   int
		replies, distinctAuthors int
	}{
		{"get_home_timeline.json", 35, 14, 1, 0, 17},
		{"get_home_timeline.jsonl", 35, 14, 1, 0, 17},
		{"streaming_lines.jsonl", 80, 0, 8, 33, 79},
		{"streaming_extended_tweet.json", 1, 0, 0, 0, 1},
		{"extended_tweet_in_extended_mode.json", 1, 0, 0, 0, 1},
		{"extended_tweet_in_compat_mode.json", 1, 0, 0, 0, 1},
		{"get_search_geocode.json", 16, 1, 0, 0, 10},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := testutil.SharedTestdata(t, "twitter_v1", tt.file)
			if head := readHead(t, path); !detectTweetV1(head) || Detect(head) != &TweetV1 {
				t.Fatalf("not detected as tweet-v1")
			}
			s := decodeFile(t, &TweetV1, path, Options{})
			k := kinds(s.Posts)
			if len(s.Posts) != tt.posts || k[marsad.PostRepost] != tt.reposts || k[marsad.PostQuote] != tt.quotes || k[marsad.PostReply] != tt.replies {
				t.Errorf("posts=%d kinds=%v, want %d posts, %d reposts, %d quotes, %d replies", len(s.Posts), k, tt.posts, tt.reposts, tt.quotes, tt.replies)
			}
			authors := map[string]bool{}
			for _, a := range s.Accounts {
				authors[a.ID] = true
			}
			if len(authors) != tt.distinctAuthors {
				t.Errorf("distinct accounts = %d, want %d", len(authors), tt.distinctAuthors)
			}
			if len(s.Rejects) != 0 {
				t.Errorf("rejects: %v", s.Rejects)
			}
			for _, p := range s.Posts {
				if p.ID == "" || p.AccountID == "" || p.CreatedAt.IsZero() {
					t.Errorf("incomplete post %+v", p)
				}
			}
		})
	}
}

// TestTweetV1ExtendedTweet checks the extended_tweet mapping against values
// read by hand from streaming_extended_tweet.json.
func TestTweetV1ExtendedTweet(t *testing.T) {
	path := testutil.SharedTestdata(t, "twitter_v1", "streaming_extended_tweet.json")
	s := decodeFile(t, &TweetV1, path, Options{})
	p := findPost(s.Posts, "971726741583605760")
	if p == nil {
		t.Fatal("post 971726741583605760 missing")
	}
	if len([]rune(p.Text)) < 200 || p.Text[:20] != "HIV_AIDS_BiojQuery M" {
		t.Errorf("text should be extended_tweet.full_text (207 chars), got %d: %q", len(p.Text), p.Text)
	}
	if len(p.URLs) != 2 || p.URLs[1].Given != "http://hwswworld.com/index.php?route=product/category&path=13" {
		t.Errorf("urls = %+v", p.URLs)
	}
	if got := p.CreatedAt.Format("2006-01-02T15:04:05Z07:00"); got[:4] != "2018" {
		t.Errorf("created_at = %s", got)
	}
}

// TestTweetV1Retweet checks a hand-written retweet of a quote that replies.
func TestTweetV1Retweet(t *testing.T) {
	const in = `{"id_str":"3","created_at":"Wed Oct 10 20:19:24 +0000 2018","text":"RT @b: hi","user":{"id_str":"30","screen_name":"C"},` +
		`"retweeted_status":{"id_str":"2","created_at":"Wed Oct 10 20:00:00 +0000 2018","full_text":"hi @a #Tag https://t.co/x","user":{"id_str":"20","screen_name":"b","followers_count":7},` +
		`"in_reply_to_status_id_str":"1","in_reply_to_user_id_str":"10","quoted_status_id_str":"0",` +
		`"entities":{"hashtags":[{"text":"Tag"}],"user_mentions":[{"id_str":"10","screen_name":"a"}],"urls":[{"url":"https://t.co/x","expanded_url":"https://www.example.com/p?utm_source=x"}]}}}
`
	s := decodeString(t, &TweetV1, in)
	if len(s.Posts) != 2 || len(s.Accounts) != 2 {
		t.Fatalf("posts=%d accounts=%d, want 2 and 2", len(s.Posts), len(s.Accounts))
	}
	rt, orig := findPost(s.Posts, "3"), findPost(s.Posts, "2")
	if rt.Kind != marsad.PostRepost || rt.RepostOfPostID != "2" || rt.RepostOfAccountID != "20" || rt.Text != "" || rt.SourceLine != 1 {
		t.Errorf("retweet = %+v", rt)
	}
	if orig.Kind != marsad.PostQuote || orig.QuotedPostID != "0" || orig.ReplyToPostID != "1" || orig.ReplyToAccountID != "10" {
		t.Errorf("original = %+v", orig)
	}
	if len(orig.Mentions) != 1 || orig.Mentions[0].AccountID != "10" || len(orig.Hashtags) != 1 || orig.Hashtags[0] != "Tag" {
		t.Errorf("entities = %+v %+v", orig.Mentions, orig.Hashtags)
	}
	if len(orig.URLs) != 1 || orig.URLs[0].Canonical != "http://example.com/p" {
		t.Errorf("urls = %+v", orig.URLs)
	}
	if s.Accounts[1].Followers != 7 || s.Accounts[0].Followers != -1 {
		t.Errorf("followers: %+v", s.Accounts)
	}
}
