package ingest

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/testutil"
)

// distinctKinds counts distinct post ids per kind.
func distinctKinds(posts []marsad.Post) (int, map[marsad.PostKind]int) {
	seen := map[string]marsad.PostKind{}
	for _, p := range posts {
		if _, ok := seen[p.ID]; !ok {
			seen[p.ID] = p.Kind
		}
	}
	k := map[marsad.PostKind]int{}
	for _, v := range seen {
		k[v]++
	}
	return len(seen), k
}

func TestTwarc2Fixtures(t *testing.T) {
	// Expected values from a Python walk of each fixture (json module):
	// distinct ids of data + includes.tweets (flattened: the line and its
	// inline referenced tweets), kind from referenced_tweets types
	// (retweeted > quoted > replied_to), distinct user ids of data users +
	// includes.users (flattened: author + inline authors), user errors.
	tests := []struct {
		file                    string
		posts                   int
		post, repost, reply, qt int
		users, rejects          int
		status                  []string // AccountID:status
	}{
		{"two_tweets.jsonl", 2, 1, 1, 0, 0, 2, 0, nil},
		{"brexit.jsonl", 155, 47, 67, 17, 24, 177, 0, nil},
		{"noflat.jsonl", 164, 50, 47, 50, 17, 178, 0, []string{"@gatewaypundit:suspended"}},
		{"flat.jsonl", 164, 50, 47, 50, 17, 153, 0, nil},
		{"media_tweet.jsonl", 1, 1, 0, 0, 0, 1, 0, nil},
		{"geo_tweets.jsonl", 3, 2, 0, 1, 0, 4, 0, nil},
		{"edited.jsonl", 2, 2, 0, 0, 0, 1, 0, nil},
		{"quoted_edit.jsonl", 3, 2, 0, 0, 1, 2, 0, nil},
		{"streaming_output_with_error.jsonl", 11, 7, 0, 3, 1, 11, 1, nil},
		{"users.jsonl", 52, 45, 1, 0, 6, 91, 0, []string{"93071130:deleted"}},
		{"withheld.jsonl", 117, 38, 49, 22, 8, 522, 0, []string{"@rss4india:suspended", "@anoop455:suspended", "@2245:suspended"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := testutil.SharedTestdata(t, "twarc2", tt.file)
			if head := readHead(t, path); Detect(head) != &Twarc2 {
				t.Fatalf("not detected as twarc2")
			}
			s := decodeFile(t, &Twarc2, path, Options{})
			n, k := distinctKinds(s.Posts)
			if n != tt.posts || k[marsad.PostOriginal] != tt.post || k[marsad.PostRepost] != tt.repost ||
				k[marsad.PostReply] != tt.reply || k[marsad.PostQuote] != tt.qt {
				t.Errorf("posts=%d kinds=%v, want %d (post %d, repost %d, reply %d, quote %d)", n, k, tt.posts, tt.post, tt.repost, tt.reply, tt.qt)
			}
			users := map[string]bool{}
			for _, a := range s.Accounts {
				users[a.ID] = true
			}
			if len(users) != tt.users {
				t.Errorf("distinct accounts = %d, want %d", len(users), tt.users)
			}
			if len(s.Rejects) != tt.rejects {
				t.Errorf("rejects = %v, want %d", s.Rejects, tt.rejects)
			}
			var got []string
			for _, c := range s.StatusChanges {
				got = append(got, c.AccountID+":"+string(c.Status))
				if c.ObservedAt.IsZero() {
					t.Errorf("status change without time: %+v", c)
				}
			}
			if len(got) != len(tt.status) {
				t.Fatalf("status changes = %v, want %v", got, tt.status)
			}
			for i := range got {
				if got[i] != tt.status[i] {
					t.Errorf("status change %d = %s, want %s", i, got[i], tt.status[i])
				}
			}
		})
	}
}

// TestTwarc2Mapping checks one hand-written page field by field.
func TestTwarc2Mapping(t *testing.T) {
	const in = `{"data":[{"id":"2","text":"@a look https://t.co/m #x","author_id":"20","created_at":"2021-04-08T15:07:30.000Z","conversation_id":"1",` +
		`"referenced_tweets":[{"type":"replied_to","id":"1"},{"type":"quoted","id":"0"}],"in_reply_to_user_id":"10",` +
		`"entities":{"mentions":[{"username":"A"}],"hashtags":[{"tag":"x"}],"urls":[{"url":"https://t.co/m","expanded_url":"https://x.com/u/status/0/photo/1","media_key":"3_9"},{"url":"https://t.co/l","expanded_url":"https://Example.com/?utm_medium=t"}]},` +
		`"attachments":{"media_keys":["3_9"]}}],` +
		`"includes":{"users":[{"id":"10","username":"a"},{"id":"20","username":"B","public_metrics":{"followers_count":5}}],"tweets":[{"id":"0","text":"q","author_id":"10","created_at":"2021-04-08T15:00:00Z"}],` +
		`"media":[{"media_key":"3_9","type":"photo","url":"https://pbs.twimg.com/media/x.jpg"}]},` +
		`"errors":[{"value":"99","detail":"User has been suspended: [99].","title":"Forbidden","resource_type":"user","parameter":"ids","resource_id":"99","type":"https://api.twitter.com/2/problems/resource-not-found"},` +
		`{"value":"5","title":"Not Found Error","resource_type":"tweet"}],"__twarc":{"retrieved_at":"2021-04-08T19:34:32+00:00"}}
`
	s := decodeString(t, &Twarc2, in)
	p := findPost(s.Posts, "2")
	if p == nil || p.Kind != marsad.PostQuote || p.ReplyToPostID != "1" || p.ReplyToAccountID != "10" || p.QuotedPostID != "0" || p.QuotedAccountID != "10" {
		t.Fatalf("post = %+v", p)
	}
	if p.AccountHandle != "B" || len(p.Mentions) != 1 || p.Mentions[0].AccountID != "10" {
		t.Errorf("author/mentions: %q %+v", p.AccountHandle, p.Mentions)
	}
	if len(p.URLs) != 1 || p.URLs[0].Canonical != "http://example.com" || len(p.Media) != 1 || p.Media[0].Type != "photo" {
		t.Errorf("urls %+v media %+v", p.URLs, p.Media)
	}
	if len(s.StatusChanges) != 1 || s.StatusChanges[0].AccountID != "99" || s.StatusChanges[0].Status != marsad.StatusSuspended ||
		s.StatusChanges[0].ObservedAt.Format("15:04:05") != "19:34:32" {
		t.Errorf("status changes = %+v", s.StatusChanges)
	}
	if len(s.Notices) != 1 {
		t.Errorf("notices = %v, want one about the tweet error", s.Notices)
	}
}
