package ingest

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzDecoder runs a decoder over arbitrary input and checks the
// invariants every decoder promises: no panic, no error for input that
// reads without I/O errors (bad content is rejected, not fatal), rejects
// with a positive line and a reason, posts with id, author and time.
func fuzzDecoder(f *testing.F, format *Format, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &collectSink{}
		err := format.Decode(context.Background(), strings.NewReader(string(data)), Options{MaxRecordBytes: 4096}, s)
		if err != nil {
			t.Fatalf("%s: Decode returned %v; bad content must be rejected, not fail", format.Name, err)
		}
		for _, r := range s.Rejects {
			if r.Line < 1 || r.Reason == "" {
				t.Fatalf("reject without line or reason: %+v", r)
			}
		}
		for _, p := range s.Posts {
			if p.ID == "" || p.AccountID == "" || p.CreatedAt.IsZero() || p.Kind == "" {
				t.Fatalf("incomplete post: %+v", p)
			}
			if p.SourceLine < 1 {
				t.Fatalf("post without source line: %+v", p)
			}
		}
		for _, n := range s.Notices {
			if !utf8.ValidString(n) && len(n) > 0 && !strings.Contains(n, "\uFFFD") {
				t.Logf("notice with invalid UTF-8: %q", n)
			}
		}
	})
}

const (
	seedV1 = `{"id_str":"1","created_at":"Wed Oct 10 20:19:24 +0000 2018","text":"hi @a #b","user":{"id_str":"2","screen_name":"c"},` +
		`"entities":{"hashtags":[{"text":"b"}],"user_mentions":[{"id_str":"3","screen_name":"a"}],"urls":[{"expanded_url":"https://x.org/?utm_source=1"}]},` +
		`"retweeted_status":{"id_str":"0","created_at":"Wed Oct 10 20:00:00 +0000 2018","text":"o","user":{"id_str":"3"}}}`
	seedV2 = `{"data":[{"id":"1","text":"t","author_id":"2","created_at":"2021-04-08T15:07:30.000Z","referenced_tweets":[{"type":"quoted","id":"0"}],` +
		`"attachments":{"media_keys":["k"]}}],"includes":{"users":[{"id":"2","username":"u"}],"tweets":[{"id":"0","text":"q","author_id":"3","created_at":"2021-04-08T15:00:00Z"}],` +
		`"media":[{"media_key":"k","type":"photo","url":"https://p/x.jpg"}]},"errors":[{"value":"9","detail":"User has been suspended: [9].","title":"Forbidden","resource_type":"user","parameter":"ids"}],` +
		`"__twarc":{"retrieved_at":"2021-04-08T19:34:32+00:00"}}`
	seedFlat = `{"id":"1","text":"t","author_id":"2","created_at":"2021-04-08T15:07:30.000Z","author":{"id":"2","username":"u"},` +
		`"referenced_tweets":[{"type":"retweeted","id":"0","text":"o","author_id":"3","created_at":"2021-04-08T15:00:00Z","author":{"id":"3","username":"v"}}]}`
	seedZS = `{"item_id":"1","timestamp_collected":1696924673000,"source_platform":"twitter.com","data":{"rest_id":"1",` +
		`"core":{"user_results":{"result":{"rest_id":"2","legacy":{"screen_name":"u"}}}},"legacy":{"full_text":"t","created_at":"Tue Oct 10 07:57:53 +0000 2023","user_id_str":"2"},` +
		`"quoted_status_result":{"result":{"tweet":{"rest_id":"0","legacy":{"full_text":"q","created_at":"Tue Oct 10 07:00:00 +0000 2023","user_id_str":"3"}}}}}}`
	seedTG = `{"name":"G","type":"public_channel","id":5,"messages":[{"id":1,"type":"message","date":"2022-03-21T11:11:11","date_unixtime":"1647861071",` +
		`"from":"A","from_id":"user1","text":["a ",{"type":"mention","text":"@b"},{"type":"text_link","text":"l","href":"https://x.org"}],"reply_to_message_id":0,"photo":"p.jpg"},` +
		`{"id":2,"type":"service","action":"pin_message"}]}`
)

func FuzzTweetV1(f *testing.F) {
	fuzzDecoder(f, &TweetV1, seedV1+"\n"+seedV1[:40]+"\n", "["+seedV1+","+seedV1+"]", `{"statuses":[`+seedV1+`]}`, "{\n"+seedV1[1:], "")
}

func FuzzTwarc2(f *testing.F) {
	fuzzDecoder(f, &Twarc2, seedV2+"\n", seedFlat+"\n"+seedV2[:30], `{"data":{"id":"1","text":"t","author_id":"2","created_at":"2021-04-08T15:07:30Z"}}`, `{"errors":[{"resource_type":"user","title":"Not Found Error","value":"5"}]}`)
}

func FuzzZeeschuimer(f *testing.F) {
	fuzzDecoder(f, &Zeeschuimer, seedZS+"\n"+seedZS+"\n", `{"item_id":"1","source_platform":"instagram.com","data":{}}`)
}

func FuzzTelegram(f *testing.F) {
	fuzzDecoder(f, &Telegram, seedTG, `{"about":"","chats":{"list":[`+seedTG+`]},"left_chats":{"list":[]}}`, seedTG[:80], "")
}

// FuzzDetect checks that sniffing never panics and that at most one of the
// JSON-family formats claims any input (they must not overlap).
func FuzzDetect(f *testing.F) {
	for _, s := range []string{seedV1, seedV2, seedFlat, seedZS, seedTG, "[" + seedV1, "id,text\n1,a\n", "\xEF\xBB\xBF{"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, head []byte) {
		var claimed []string
		for _, fm := range []*Format{&TweetV1, &Twarc2, &Zeeschuimer, &Telegram} {
			if fm.Detect(head) {
				claimed = append(claimed, fm.Name)
			}
		}
		if len(claimed) > 1 {
			t.Fatalf("formats overlap on %q: %v", head, claimed)
		}
		Detect(head)
	})
}

// FuzzLineReader checks the bounded line reader against a plain split.
func FuzzLineReader(f *testing.F) {
	f.Add([]byte("a\nbb\r\n\nccc"), 2)
	f.Add([]byte(strings.Repeat("x", 100)+"\ny"), 10)
	f.Fuzz(func(t *testing.T, data []byte, max int) {
		if max < 1 || max > 1<<16 {
			return
		}
		lr := newLineReader(strings.NewReader(string(data)), max)
		want := strings.Split(string(data), "\n")
		withNL := len(want) - 1 // lines before this index ended with "\n"
		if len(want) > 0 && want[len(want)-1] == "" {
			want = want[:len(want)-1]
		}
		for i := 0; ; i++ {
			b, err := lr.next()
			if err != nil && err != errLineTooLong {
				if i != len(want) {
					t.Fatalf("got %d lines, want %d (%v)", i, len(want), err)
				}
				return
			}
			if i >= len(want) {
				t.Fatalf("extra line %q", b)
			}
			w := strings.TrimSuffix(want[i], "\r")
			if err == errLineTooLong {
				size := len(want[i]) // the bound counts the line ending
				if i < withNL {
					size++
				}
				if size <= max {
					t.Fatalf("line %d (%d bytes) reported too long with max %d", i+1, len(want[i]), max)
				}
				continue
			}
			if string(b) != w {
				t.Fatalf("line %d = %q, want %q", i+1, b, w)
			}
		}
	})
}
