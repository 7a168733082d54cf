package coordination

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// TestCNTHandWorked checks the toolkit-compatible networks on a case worked
// by hand from the toolkit's SQL (compute_networks.py): for each message e1
// of user_1 and each user_2 with a message e2 on the same key and
// e2.timestamp BETWEEN e1.timestamp-w AND e1.timestamp+w, count distinct
// e1.message_id; self-join rows (user_1 = user_2) are loops.
func TestCNTHandWorked(t *testing.T) {
	sc := newScenario()
	// co_retweet, window 10 s. Original "o1" retweeted by u1@0, u2@10, u3@21, u1@25.
	sc.original("src", -100, "release")
	sc.post(marsad.Post{ID: "o1", AccountID: "src", CreatedAt: at(-50), Text: "o1"})
	sc.retweet("u1", 0, "o1")
	sc.retweet("u2", 10, "o1") // exactly w after u1: inclusive
	sc.retweet("u3", 21, "o1") // 11 s after u2: out; 4 s before u1's second
	sc.retweet("u1", 25, "o1")
	// Another original "o2": u2@100, u3@100.
	sc.retweet("u2", 100, "o2")
	sc.retweet("u3", 100, "o2")
	// co_tweet: same text after the preprocessor (case, mentions, spaces); reposts never count.
	sc.original("u1", 200, "Hello  @x World")
	sc.original("u2", 205, "hello world @yy")
	sc.original("u3", 230, "hello world") // 25 s after u2: out of window
	sc.post(marsad.Post{AccountID: "u3", CreatedAt: at(206), Kind: marsad.PostRepost, RepostOfPostID: "zz", Text: "hello world"})
	// co_link: u1's message with two URLs both shared by u2 counts once; no-URL messages never link.
	sc.link("u1", 300, "a", "http://a.example/1", "http://b.example/2")
	sc.link("u2", 303, "b", "http://a.example/1", "http://b.example/2")
	sc.link("u2", 309, "c", "http://b.example/2")
	sc.link("u3", 300, "no links")
	sc.link("u4", 301, "no links either")
	s := sc.build(t)

	got := func(o CNTOptions) []string {
		es, err := CNT(s, o)
		if err != nil {
			t.Fatal(err)
		}
		SortDirected(s, es)
		var out []string
		for _, e := range es {
			out = append(out, fmt.Sprintf("%s %s>%s %d", e.Behaviour, s.AccountIDs[e.User1], s.AccountIDs[e.User2], e.Weight))
		}
		return out
	}
	w10 := CNTOptions{Window: 10 * time.Second, MinWeight: 1}
	// co_retweet, by hand: u1@0 sees u2@10 → (u1,u2); u1@25 sees u3@21 → (u1,u3);
	// u2@10 sees u1@0 → (u2,u1); u3@21 sees u1@25 → (u3,u1); o2: (u2,u3), (u3,u2).
	want := []string{
		"co-retweet u1>u2 1", "co-retweet u1>u3 1", "co-retweet u2>u1 1", "co-retweet u2>u3 1",
		"co-retweet u3>u1 1", "co-retweet u3>u2 1",
		"co-tweet u1>u2 1", "co-tweet u2>u1 1",
		"co-link u1>u2 1", "co-link u2>u1 2",
	}
	sortByBehaviourOrder(want)
	if g := got(w10); !slices.Equal(g, want) {
		t.Errorf("window 10 s:\n got %q\nwant %q", g, want)
	}
	// With loops: every message matches itself, so a loop's weight is the
	// user's number of messages that have a key. co_retweet: u1 2, u2 2, u3 3
	// (o1, o2 and the repost of zz); co_tweet counts every non-repost message:
	// src 2, u1 2, u2 3, u3 2, u4 1; co_link: u1 1, u2 2.
	loops := got(CNTOptions{Window: 10 * time.Second, MinWeight: 2, IncludeSelfLoops: true})
	wantLoops := []string{"co-retweet u1>u1 2", "co-retweet u2>u2 2", "co-retweet u3>u3 3",
		"co-tweet src>src 2", "co-tweet u1>u1 2", "co-tweet u2>u2 3", "co-tweet u3>u3 2",
		"co-link u2>u1 2", "co-link u2>u2 2"}
	sortByBehaviourOrder(wantLoops)
	if !slices.Equal(loops, wantLoops) {
		t.Errorf("loops, min weight 2:\n got %q\nwant %q", loops, wantLoops)
	}
	// Window 0: only simultaneous actions: o2 retweets at 100 s and the two 300 s link posts (u3, u4 have none).
	w0 := got(CNTOptions{Window: 0, MinWeight: 1})
	wantW0 := []string{"co-retweet u2>u3 1", "co-retweet u3>u2 1"}
	if !slices.Equal(w0, wantW0) {
		t.Errorf("window 0:\n got %q\nwant %q", w0, wantW0)
	}
}

func sortByBehaviourOrder(s []string) { slices.Sort(s) }

func TestMessagePreprocessor(t *testing.T) {
	// Expected values follow the toolkit's regex "@.*?(?=(?:\s|$))" and " ".join(s.split()).
	tests := map[string]string{
		"Hello  @x World":      "hello world",
		"@a@b c":               "c",
		"mail me x@y.com now":  "mail me x now",
		"\tA\nB  ":             "a b",
		"@only":                "",
		"بيان   @user_1 عاجل":  "بيان عاجل",
		"a\u00a0b\u2003c\x1fd": "a b c d",
	}
	for in, want := range tests {
		if got := MessagePreprocessor(in); got != want {
			t.Errorf("MessagePreprocessor(%q) = %q, want %q", in, got, want)
		}
	}
}

// referencePreprocessor follows the toolkit's three steps literally:
// text.lower(), the regex "@.*?(?=(?:\s|$))" replaced by "", then
// " ".join(s.split()).
func referencePreprocessor(text string) string {
	lower := strings.ToLower(text)
	var b strings.Builder
	rs := []rune(lower)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '@' {
			for i < len(rs) && !pySpace(rs[i]) {
				i++
			}
			i--
			continue
		}
		b.WriteRune(rs[i])
	}
	return strings.Join(strings.FieldsFunc(b.String(), pySpace), " ")
}

func FuzzMessagePreprocessor(f *testing.F) {
	for _, s := range []string{"Hello  @x World", "@a@b c", "x@y.com", "\t\x1fA", "بيان @u_1 عاجل", "İSTANBUL Σ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return // Python strings are always valid Unicode
		}
		if got, want := MessagePreprocessor(s), referencePreprocessor(s); got != want {
			t.Fatalf("MessagePreprocessor(%q) = %q, reference %q", s, got, want)
		}
	})
}
