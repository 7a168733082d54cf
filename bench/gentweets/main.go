// Command gentweets writes synthetic Twitter v1.1 tweets as JSON Lines, for
// the ingest benchmark (bench/ingest.sh). The output is deterministic for a
// seed and streams (constant memory whatever -n is).
//
// Shape, chosen to resemble a real collection: -accounts authors with full
// user objects; about 60% original posts, 25% retweets (each embedding the
// original and its author), 10% replies, 5% quotes (embedding the quoted
// post); Arabic and English text with mentions, hashtags and a link in most
// posts; about 1.5 KB per line.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"time"
)

type user struct {
	ID          string `json:"id_str"`
	ScreenName  string `json:"screen_name"`
	Name        string `json:"name"`
	Description string `json:"description"`
	Location    string `json:"location"`
	Followers   int    `json:"followers_count"`
	Friends     int    `json:"friends_count"`
	Statuses    int    `json:"statuses_count"`
	CreatedAt   string `json:"created_at"`
	Image       string `json:"profile_image_url_https"`
}

type entities struct {
	Hashtags []map[string]string `json:"hashtags"`
	Mentions []map[string]string `json:"user_mentions"`
	URLs     []map[string]string `json:"urls"`
}

type tweet struct {
	CreatedAt       string   `json:"created_at"`
	ID              string   `json:"id_str"`
	Text            string   `json:"text"`
	Lang            string   `json:"lang"`
	User            *user    `json:"user"`
	Entities        entities `json:"entities"`
	InReplyToStatus string   `json:"in_reply_to_status_id_str,omitempty"`
	InReplyToUser   string   `json:"in_reply_to_user_id_str,omitempty"`
	Retweeted       *tweet   `json:"retweeted_status,omitempty"`
	Quoted          *tweet   `json:"quoted_status,omitempty"`
	QuotedID        string   `json:"quoted_status_id_str,omitempty"`
	RetweetCount    int      `json:"retweet_count"`
	FavoriteCount   int      `json:"favorite_count"`
	Source          string   `json:"source"`
}

const layout = "Mon Jan 02 15:04:05 -0700 2006"

var words = []string{"الدولة", "إصدار", "جديد", "نصرة", "المجاهدين", "الإعلام", "بيان", "عاجل", "news", "breaking",
	"video", "release", "province", "statement", "the", "of", "وكالة", "ولاية", "شاهد", "انشر"}

func main() {
	n := flag.Int("n", 1_000_000, "number of tweets (lines)")
	accounts := flag.Int("accounts", 50_000, "number of authors")
	seed := flag.Uint64("seed", 1, "random seed")
	flag.Parse()
	rng := rand.New(rand.NewPCG(*seed, 0x6d61727361640a))
	w := bufio.NewWriterSize(os.Stdout, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	mkUser := func(i int) *user {
		return &user{ID: fmt.Sprint(100000 + i), ScreenName: fmt.Sprintf("acct_%d", i), Name: fmt.Sprintf("حساب %d", i),
			Description: "وصف الحساب " + words[i%len(words)] + " bio " + fmt.Sprint(i), Location: "somewhere",
			Followers: i % 9973, Friends: i % 503, Statuses: i % 40000, CreatedAt: start.AddDate(-3, 0, -i%900).Format(layout),
			Image: fmt.Sprintf("https://pbs.example/profile_images/%d/a_normal.jpg", i)}
	}
	mkTweet := func(i int) *tweet {
		u := rng.IntN(*accounts)
		m := rng.IntN(*accounts)
		t := &tweet{CreatedAt: start.Add(time.Duration(i) * 2 * time.Second).Format(layout), ID: fmt.Sprint(1_700_000_000_000_000_000 + i),
			Lang: "ar", User: mkUser(u), Source: `<a href="https://example.com" rel="nofollow">client</a>`}
		text := fmt.Sprintf("@acct_%d ", m)
		for range 8 + rng.IntN(12) {
			text += words[rng.IntN(len(words))] + " "
		}
		tag := words[rng.IntN(8)]
		text += "#" + tag
		t.Entities.Mentions = []map[string]string{{"id_str": fmt.Sprint(100000 + m), "screen_name": fmt.Sprintf("acct_%d", m)}}
		t.Entities.Hashtags = []map[string]string{{"text": tag}}
		if rng.IntN(10) < 7 {
			link := fmt.Sprintf("https://www.news.example/story/%d?utm_source=twitter", rng.IntN(20000))
			text += " https://t.co/" + fmt.Sprint(i)
			t.Entities.URLs = []map[string]string{{"url": "https://t.co/" + fmt.Sprint(i), "expanded_url": link}}
		}
		t.Text = text
		return t
	}
	for i := range *n {
		t := mkTweet(i)
		switch r := rng.IntN(100); {
		case r < 25 && i > 0:
			orig := mkTweet(rng.IntN(i))
			t.Retweeted = orig
			t.Text = "RT @" + orig.User.ScreenName + ": " + orig.Text
			t.Entities = entities{}
		case r < 35 && i > 0:
			t.InReplyToStatus = fmt.Sprint(1_700_000_000_000_000_000 + rng.IntN(i))
			t.InReplyToUser = fmt.Sprint(100000 + rng.IntN(*accounts))
		case r < 40 && i > 0:
			q := mkTweet(rng.IntN(i))
			t.Quoted, t.QuotedID = q, q.ID
		}
		if err := enc.Encode(t); err != nil {
			fmt.Fprintln(os.Stderr, "gentweets:", err)
			os.Exit(1)
		}
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "gentweets:", err)
		os.Exit(1)
	}
}
