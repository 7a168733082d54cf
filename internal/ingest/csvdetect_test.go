package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad/internal/testutil"
)

// csvHeaders are the headers each CSV format must recognise, and nothing else
// may: the real published column lists and the spellings of our fixtures.
var csvHeaders = []struct {
	format string
	header string
}{
	{"io-archive", "tweetid,userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,user_profile_url,follower_count,following_count,account_creation_date,account_language,tweet_language,tweet_text,tweet_time,tweet_client_name,in_reply_to_userid,in_reply_to_tweetid,quoted_tweet_tweetid,is_retweet,retweet_userid,retweet_tweetid,latitude,longitude,quote_count,reply_count,like_count,retweet_count,hashtags,urls,user_mentions,poll_choices"},
	{"io-archive", "userid,user_display_name,user_screen_name,user_reported_location,user_profile_description,user_profile_url,follower_count,following_count,account_creation_date,account_language"},
	{"io-archive", "\uFEFFTWEETID,USERID,TWEET_TEXT,TWEET_TIME"},
	{"crowdtangle", "Page Name,User Name,Facebook Id,Page Category,Page Admin Top Country,Page Description,Page Created,Likes at Posting,Followers at Posting,Post Created,Post Created Date,Post Created Time,Type,Total Interactions,Likes,Comments,Shares,Love,Wow,Haha,Sad,Angry,Care,Video Share Status,Is Video Owner?,Post Views,Total Views,Total Views For All Crossposts,Video Length,URL,Message,Link,Final Link,Image Text,Link Text,Description,Sponsor Id,Sponsor Name,Sponsor Category,Overperforming Score"},
	{"crowdtangle", "User Name,Facebook Id,Likes at Posting,Followers at Posting,Created,Type,Likes,Comments,Shares,Love,Wow,Haha,Sad,Angry,Care,Video Share Status,Post Views,Total Views,Total Views For All Crossposts,Video Length,URL,Message,Link,Final Link,Image Text,Link Text,Description,Sponsor Id,Sponsor Name,Total Interactions"},
	{"crowdtangle", "Account,User Name,Followers at Posting,Post Created,Type,Likes,Comments,Views,URL,Link,Photo,Title,Description"},
	{"kaggle-isis", "name,username,description,location,followers,numberstatuses,time,tweets"},
	{"cnt-csv", "message_id,user_id,username,repost_id,reply_id,message,timestamp,urls"},
	{"follows", "follower_id,followee_id"},
	{"follows", "follower_id,followee_id,observed_at"},
	{"status", "account_id,screen_name,status,suspended_at"},
	{"status", "screen_name,status"},
	{"watchlist", "account_id"},
	{"watchlist", "screen_name,photo"},
	{"watchlist", "account_id,screen_name,name,photo,photo_hash,note"},
	{"media-hashes", "media_url,hash"},
}

// TestCSVDetectNoOverlap feeds every header to every format's sniffer: only
// the owner may accept it, and the registry's Detect must pick the owner.
func TestCSVDetectNoOverlap(t *testing.T) {
	for _, h := range csvHeaders {
		head := []byte(h.header + "\n")
		for _, f := range Formats() {
			if f.Detect == nil {
				continue
			}
			if got := f.Detect(head); got != (f.Name == h.format) {
				t.Errorf("%s.Detect(%s header %.40q…) = %v", f.Name, h.format, h.header, got)
			}
		}
		if f := Detect(head); f == nil || f.Name != h.format {
			t.Errorf("Detect(%.40q…) = %v, want %s", h.header, f, h.format)
		}
	}
}

// TestCSVDetectRejects lists near misses that must not be taken for any CSV
// format: a posts CSV with an account_id or status column is no watchlist or
// status file (taking it for a watchlist would mark its authors as protected
// people), and binary or JSON data is no CSV at all.
func TestCSVDetectRejects(t *testing.T) {
	heads := []string{
		"id,account_id,text,time\n",
		"account_id,screen_name,status,text\n",
		"follower_id\n",
		"media_url,hash,extra\n",
		"tweet_id,user_id,text\n",
		"name,username,time,tweets\n",
		"message_id,user_id,username,message,timestamp\n",
		"",
		"\x00\x01\x02,\xff\xfe\n",
		`{"id": "1", "text": "account_id,status"}` + "\n",
		"[1,2,3]\n",
		strings.Repeat("a", DetectBytes),
	}
	for _, head := range heads {
		for _, f := range csvFormats() {
			if f.Detect != nil && f.Detect([]byte(head)) {
				t.Errorf("%s.Detect(%.40q) = true", f.Name, head)
			}
		}
	}
}

// TestCSVDetectSharedFixtures checks that no CSV sniffer claims a JSON
// fixture of the shared folder.
func TestCSVDetectSharedFixtures(t *testing.T) {
	for _, rel := range [][2]string{{"twarc2", "brexit.jsonl"}, {"twitter_v1", "get_home_timeline.json"},
		{"telegram_desktop", "sample_result.json"}, {"zeeschuimer", "twitter_search.ndjson"}} {
		path := testutil.SharedTestdata(t, rel[0], rel[1])
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > DetectBytes {
			b = b[:DetectBytes]
		}
		for _, f := range csvFormats() {
			if f.Detect != nil && f.Detect(b) {
				t.Errorf("%s claims %s", f.Name, filepath.Join(rel[0], rel[1]))
			}
		}
	}
}

// TestCSVDetectFixtures checks every hand-written fixture is detected as its
// format (the generic csv one excepted: it is never detected).
func TestCSVDetectFixtures(t *testing.T) {
	want := map[string]string{
		"csv_io_archive_tweets.csv": "io-archive", "csv_io_archive_tweets_v30.csv": "io-archive",
		"csv_io_archive_users.csv": "io-archive", "csv_crowdtangle.csv": "crowdtangle",
		"csv_kaggle_isis.csv": "kaggle-isis", "csv_cnt.csv": "cnt-csv", "csv_follows.csv": "follows",
		"csv_status.csv": "status", "csv_watchlist.csv": "watchlist", "csv_media_hashes.csv": "media-hashes",
		"csv_generic_ira.csv": "",
	}
	for name, format := range want {
		b, err := os.ReadFile(csvFixture(name))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if f := Detect(b); f != nil {
			got = f.Name
		}
		if got != format {
			t.Errorf("Detect(%s) = %q, want %q", name, got, format)
		}
	}
}

func csvFormats() []*Format {
	return []*Format{&IOArchive, &CrowdTangle, &KaggleISIS, &CNTCSV, &FollowsCSV, &StatusCSV,
		&WatchlistCSV, &MediaHashesCSV, &GenericCSV}
}
