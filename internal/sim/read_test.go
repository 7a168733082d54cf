package sim

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"
)

// The tests read the files back with encoding/json and encoding/csv into
// structs written from the public format descriptions, not from the
// simulator's own types.

type tUser struct {
	IDStr          string `json:"id_str"`
	ScreenName     string `json:"screen_name"`
	Name           string `json:"name"`
	Description    string `json:"description"`
	FollowersCount *int   `json:"followers_count"`
	FriendsCount   *int   `json:"friends_count"`
	StatusesCount  *int   `json:"statuses_count"`
	CreatedAt      string `json:"created_at"`
	ProfileImage   string `json:"profile_image_url_https"`
}

type tTweet struct {
	ID        json.Number `json:"id"`
	IDStr     string      `json:"id_str"`
	CreatedAt string      `json:"created_at"`
	Text      *string     `json:"text"`
	FullText  *string     `json:"full_text"`
	User      tUser       `json:"user"`
	Entities  struct {
		Hashtags []struct {
			Text    string `json:"text"`
			Indices [2]int `json:"indices"`
		} `json:"hashtags"`
		UserMentions []struct {
			IDStr      string `json:"id_str"`
			ScreenName string `json:"screen_name"`
			Indices    [2]int `json:"indices"`
		} `json:"user_mentions"`
		URLs []struct {
			URL         string `json:"url"`
			ExpandedURL string `json:"expanded_url"`
			Indices     [2]int `json:"indices"`
		} `json:"urls"`
		Media []struct {
			MediaURLHTTPS string `json:"media_url_https"`
			Type          string `json:"type"`
			Indices       [2]int `json:"indices"`
		} `json:"media"`
	} `json:"entities"`
	RetweetedStatus     *tTweet `json:"retweeted_status"`
	QuotedStatus        *tTweet `json:"quoted_status"`
	QuotedStatusIDStr   string  `json:"quoted_status_id_str"`
	IsQuoteStatus       bool    `json:"is_quote_status"`
	InReplyToStatusID   *string `json:"in_reply_to_status_id_str"`
	InReplyToUserID     *string `json:"in_reply_to_user_id_str"`
	InReplyToScreenName *string `json:"in_reply_to_screen_name"`
	Lang                string  `json:"lang"`
}

func (t *tTweet) body() string {
	if t.FullText != nil {
		return *t.FullText
	}
	if t.Text != nil {
		return *t.Text
	}
	return ""
}

func (t *tTweet) time(tb testing.TB) time.Time {
	at, err := time.Parse(time.RubyDate, t.CreatedAt)
	if err != nil {
		tb.Fatalf("tweet %s: created_at %q: %v", t.IDStr, t.CreatedAt, err)
	}
	return at
}

type tPage struct {
	Data     json.RawMessage `json:"data"`
	Includes struct {
		Users []struct {
			ID       string `json:"id"`
			Username string `json:"username"`
		} `json:"users"`
		Tweets []struct {
			ID string `json:"id"`
		} `json:"tweets"`
		Media []struct {
			MediaKey string `json:"media_key"`
			URL      string `json:"url"`
		} `json:"media"`
	} `json:"includes"`
	Errors []struct {
		Value        string `json:"value"`
		Detail       string `json:"detail"`
		Title        string `json:"title"`
		ResourceType string `json:"resource_type"`
		Parameter    string `json:"parameter"`
		ResourceID   string `json:"resource_id"`
		Type         string `json:"type"`
	} `json:"errors"`
	Meta *struct {
		ResultCount int    `json:"result_count"`
		NewestID    string `json:"newest_id"`
		OldestID    string `json:"oldest_id"`
	} `json:"meta"`
	Twarc struct {
		URL         string `json:"url"`
		RetrievedAt string `json:"retrieved_at"`
	} `json:"__twarc"`
}

type tV2Tweet struct {
	ID               string `json:"id"`
	Text             string `json:"text"`
	AuthorID         string `json:"author_id"`
	CreatedAt        string `json:"created_at"`
	ConversationID   string `json:"conversation_id"`
	ReferencedTweets []struct {
		Type string `json:"type"`
		ID   string `json:"id"`
	} `json:"referenced_tweets"`
	Entities *struct {
		Hashtags []struct {
			Start, End int
			Tag        string `json:"tag"`
		} `json:"hashtags"`
	} `json:"entities"`
}

// scenario is one generated scenario read back from disk.
type scenario struct {
	dir    string
	truth  *Truth
	tweets []*tTweet
	pages  []*tPage
	csv    map[string][][]string
}

var (
	smallOnce sync.Once
	small     *scenario
	smallErr  error
)

// smallScenario generates (once per test binary) a scale-0.05 scenario and
// reads every file back.
func smallScenario(t *testing.T) *scenario {
	t.Helper()
	smallOnce.Do(func() {
		dir, err := os.MkdirTemp("", "marsad-sim-test")
		if err != nil {
			smallErr = err
			return
		}
		// MARSAD_SIM_SEED runs the same checks on another scenario.
		seed := uint64(42)
		if v := os.Getenv("MARSAD_SIM_SEED"); v != "" {
			if seed, smallErr = strconv.ParseUint(v, 10, 64); smallErr != nil {
				return
			}
		}
		small, smallErr = generateAndRead(t, dir, Config{Seed: seed, Scale: 0.05})
	})
	if smallErr != nil {
		t.Fatal(smallErr)
	}
	return small
}

func generateAndRead(t *testing.T, dir string, cfg Config) (*scenario, error) {
	if _, err := Generate(context.Background(), cfg, dir, nil); err != nil {
		return nil, err
	}
	s := &scenario{dir: dir, csv: map[string][][]string{}}
	var err error
	if s.truth, err = LoadTruth(filepath.Join(dir, FileTruth)); err != nil {
		return nil, err
	}
	f, err := os.Open(filepath.Join(dir, FileTweets))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var tw tTweet
		dec := json.NewDecoder(bytesReader(sc.Bytes()))
		dec.UseNumber()
		if err := dec.Decode(&tw); err != nil {
			t.Fatalf("%s line %d: %v", FileTweets, line, err)
		}
		s.tweets = append(s.tweets, &tw)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(filepath.Join(dir, FileTwarc2))
	if err != nil {
		return nil, err
	}
	for i, l := range splitLines(b) {
		var p tPage
		if err := json.Unmarshal(l, &p); err != nil {
			t.Fatalf("%s line %d: %v", FileTwarc2, i+1, err)
		}
		s.pages = append(s.pages, &p)
	}
	for _, name := range []string{FileFollows, FileStatus, FileWatchlist, FileMediaHashes} {
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		s.csv[name] = rows
	}
	return s, nil
}
