package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/testutil"
)

// TestIOArchiveTweets checks the hand-written 31-column fixture row by row;
// the expected values are read off the fixture by hand.
func TestIOArchiveTweets(t *testing.T) {
	s := decodeFile(t, &IOArchive, csvFixture("csv_io_archive_tweets.csv"), Options{})
	if len(s.Posts) != 4 {
		t.Fatalf("posts = %d, want 4; rejects %+v", len(s.Posts), s.Rejects)
	}
	if got, want := rejectLines(s), []int64{7, 8, 9}; !reflect.DeepEqual(got, want) {
		t.Errorf("reject lines = %v, want %v (%+v)", got, want, s.Rejects)
	}
	if len(s.Accounts) != 2 {
		t.Errorf("accounts = %d, want 2 (repeated profiles deduplicated)", len(s.Accounts))
	}
	p := s.Posts[0]
	if p.ID != "1182745936238514177" || p.AccountID != "1067430261893390336" || p.AccountHandle != "jundi_1" {
		t.Errorf("ids: %+v", p)
	}
	if p.Text != "بيان جديد من #ولاية_نينوى\nالسطر الثاني https://t.co/xyz" {
		t.Errorf("text with quoted newline = %q", p.Text)
	}
	if !p.CreatedAt.Equal(mustTime(t, "2019-10-11T18:43:00Z")) || p.Kind != marsad.PostOriginal || p.Lang != "ar" || p.SourceLine != 2 {
		t.Errorf("post 0: %+v", p)
	}
	if !reflect.DeepEqual(p.Hashtags, []string{"ولاية_نينوى"}) || len(p.URLs) != 1 || p.URLs[0].Given != "https://t.co/xyz" {
		t.Errorf("entities: %v %v", p.Hashtags, p.URLs)
	}
	a := s.Accounts[0]
	if a.ID != "1067430261893390336" || a.DisplayName != "جندي الخلافة" || a.Bio != "حساب رسمي, مع فاصلة" ||
		a.Followers != 1523 || a.Following != 310 || a.PostCount != -1 || a.URL != "https://t.co/abc" ||
		!a.CreatedAt.Equal(mustTime(t, "2018-11-27T00:00:00Z")) || !a.ObservedAt.Equal(p.CreatedAt) {
		t.Errorf("account 0: %+v", a)
	}

	rt := s.Posts[1]
	hashed := "hbQ1y8YzYtSqKj1Ne5+Gg3L3Pq0N5wYpV9jL+q8mB2E="
	if rt.Kind != marsad.PostRepost || rt.AccountID != hashed || rt.RepostOfPostID != "1182745936238514177" ||
		rt.RepostOfAccountID != "1067430261893390336" || rt.Text != "" || rt.SourceLine != 4 || rt.AccountHandle != "" {
		t.Errorf("retweet: %+v", rt)
	}
	if len(rt.Mentions)+len(rt.Hashtags)+len(rt.URLs) != 0 {
		t.Errorf("a retweet carries no entities of its own: %+v", rt)
	}

	re := s.Posts[2]
	if re.Kind != marsad.PostReply || re.ReplyToPostID != "1182740000000000000" || re.ReplyToAccountID != "987654321" {
		t.Errorf("reply: %+v", re)
	}
	if re.Text != `<script>alert("x")</script>'; DROP TABLE posts;-- @activist_one` {
		t.Errorf("hostile text altered: %q", re.Text)
	}
	if len(re.Mentions) != 1 || re.Mentions[0].AccountID != "987654321" {
		t.Errorf("reply mentions (quoted list item): %+v", re.Mentions)
	}

	q := s.Posts[3]
	if q.Kind != marsad.PostQuote || q.QuotedPostID != "1182745936238514177" {
		t.Errorf("quote: %+v", q)
	}
	if !reflect.DeepEqual(q.Hashtags, []string{"نينوى", "Mosul"}) {
		t.Errorf("quote hashtags: %q", q.Hashtags)
	}
	if len(q.URLs) != 2 || q.URLs[0].Given != "https://example.com/a?b=1, c" || q.URLs[1].Given != "http://x.y/z" ||
		q.URLs[1].Canonical != "http://x.y/z" || q.URLs[0].Canonical == "" {
		t.Errorf("quote urls (comma inside a quoted item): %+v", q.URLs)
	}
	for i, want := range []string{"3 fields", "tweet_time", "in_reply_to_tweetid"} {
		if !strings.Contains(s.Rejects[i].Reason, want) {
			t.Errorf("reject %d reason %q should mention %q", i, s.Rejects[i].Reason, want)
		}
	}
}

// TestIOArchiveOldRelease reads a 30-column file (no poll_choices) with a BOM,
// upper-case reordered header and CRLF line ends.
func TestIOArchiveOldRelease(t *testing.T) {
	path := csvFixture("csv_io_archive_tweets_v30.csv")
	head, _ := os.ReadFile(path)
	if !IOArchive.Detect(head) {
		t.Fatal("Detect rejects the 30-column header with BOM")
	}
	s := decodeFile(t, &IOArchive, path, Options{})
	if len(s.Posts) != 1 || len(s.Rejects) != 0 || len(s.Notices) != 0 {
		t.Fatalf("posts %d rejects %+v notices %v", len(s.Posts), s.Rejects, s.Notices)
	}
	p := s.Posts[0]
	if p.ID != "481000000000000001" || p.AccountHandle != "amaq_en" || p.Text != "Breaking: \"statement\"\nsecond line #IS" ||
		!p.CreatedAt.Equal(mustTime(t, "2014-06-29T10:00:00Z")) || !reflect.DeepEqual(p.Hashtags, []string{"IS"}) {
		t.Errorf("post: %+v", p)
	}
}

func TestIOArchiveUsers(t *testing.T) {
	s := decodeFile(t, &IOArchive, csvFixture("csv_io_archive_users.csv"), Options{})
	if len(s.Accounts) != 2 || len(s.Posts) != 0 {
		t.Fatalf("accounts %d posts %d", len(s.Accounts), len(s.Posts))
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{5}) {
		t.Errorf("reject lines = %v, want [5] (empty userid)", got)
	}
	if a := s.Accounts[0]; a.Bio != "حساب رسمي\nسطر ثان" || a.Handle != "jundi_1" || !a.ObservedAt.IsZero() {
		t.Errorf("account: %+v", a)
	}
	if a := s.Accounts[1]; a.ID != "hbQ1y8YzYtSqKj1Ne5+Gg3L3Pq0N5wYpV9jL+q8mB2E=" || a.Handle != "" || a.DisplayName != "" || a.Followers != 12 {
		t.Errorf("hashed account keeps its hash as id only: %+v", a)
	}
}

// TestIOArchiveSharedHeaders checks that the headers of the shared fixture
// folder (the published column lists) are detected and decode to nothing
// without error.
func TestIOArchiveSharedHeaders(t *testing.T) {
	for _, name := range []string{"io_archive_tweets_header.csv", "io_archive_users_header.csv"} {
		path := testutil.SharedTestdata(t, "twitter_io_archive", name)
		head, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !IOArchive.Detect(head) {
			t.Errorf("%s not detected", name)
		}
		s := decodeFile(t, &IOArchive, path, Options{})
		if len(s.Posts)+len(s.Accounts)+len(s.Rejects)+len(s.Notices) != 0 {
			t.Errorf("%s: header only, got %+v", name, s)
		}
	}
}

func TestIOArchiveMissingColumns(t *testing.T) {
	_, err := decodeCSVString(t, &IOArchive, "tweetid,userid,tweet_text\n1,2,x\n", Options{})
	if err == nil || !strings.Contains(err.Error(), "tweet_time") || marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("err = %v, want EINVALID naming tweet_time", err)
	}
	s, err := decodeCSVString(t, &IOArchive, "tweetid,userid,tweet_time,colour\n1,2,2020-01-01 00:00,red\n", Options{})
	if err != nil || len(s.Posts) != 1 || len(s.Notices) != 1 || !strings.Contains(s.Notices[0], "colour") {
		t.Errorf("extra column: err %v notices %v", err, s.Notices)
	}
	if _, err := decodeCSVString(t, &IOArchive, "", Options{}); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("empty file: %v", err)
	}
}

func FuzzIOArchive(f *testing.F) {
	for _, name := range []string{"csv_io_archive_tweets.csv", "csv_io_archive_tweets_v30.csv", "csv_io_archive_users.csv"} {
		b, err := os.ReadFile(csvFixture(name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("tweetid,userid,tweet_time\n\"1,2,3\n"))
	f.Fuzz(func(t *testing.T, data []byte) { csvFuzzDecode(t, &IOArchive, data, Options{}) })
}

// TestIOArchiveRetweetWithoutUser falls back to the "RT @x:" prefix when the
// release left retweet_userid empty.
func TestIOArchiveRetweetWithoutUser(t *testing.T) {
	in := "tweetid,userid,tweet_text,tweet_time,is_retweet,retweet_userid,retweet_tweetid\n" +
		"5,6,RT @Amaq_1: نص,2019-10-11 18:43,True,,\n"
	s, err := decodeCSVString(t, &IOArchive, in, Options{})
	if err != nil || len(s.Posts) != 1 {
		t.Fatalf("%v %+v", err, s)
	}
	if p := s.Posts[0]; p.Kind != marsad.PostRepost || p.RepostOfAccountID != "@amaq_1" || p.RepostOfPostID != "" {
		t.Errorf("retweet: %+v", p)
	}
}
