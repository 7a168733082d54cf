package ingest

import (
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/testutil"
)

func TestTelegramFixture(t *testing.T) {
	// Expected values from a Python walk of sample_result.json: 256
	// messages, 250 of type "message", 25 with reply_to_message_id, 6
	// distinct from_id, 3 mention entities; every photo/file is "(File not
	// included…)"; every message id is 69420 (anonymised upstream).
	path := testutil.SharedTestdata(t, "telegram_desktop", "sample_result.json")
	if Detect(readHead(t, path)) != &Telegram {
		t.Fatal("not detected as telegram")
	}
	s := decodeFile(t, &Telegram, path, Options{})
	if len(s.Posts) != 250 || len(s.Accounts) != 6 || len(s.Rejects) != 0 {
		t.Fatalf("posts=%d accounts=%d rejects=%v", len(s.Posts), len(s.Accounts), s.Rejects)
	}
	k := kinds(s.Posts)
	mentions, media := 0, 0
	for _, p := range s.Posts {
		mentions += len(p.Mentions)
		media += len(p.Media)
		if p.ID != "69420/69420" || p.Platform != marsad.PlatformTelegram || p.CreatedAt.Year() != 2022 {
			t.Fatalf("post %+v", p)
		}
	}
	if k[marsad.PostReply] != 25 || mentions != 3 || media != 0 {
		t.Errorf("replies=%d mentions=%d media=%d, want 25, 3, 0", k[marsad.PostReply], mentions, media)
	}
	if len(s.Notices) != 2 {
		t.Errorf("notices = %v, want service messages + naive dates", s.Notices)
	}
}

// TestTelegramFullExport checks a hand-written full export with two chats,
// a channel, entity arrays, a forward, media, and a skipped contacts list.
func TestTelegramFullExport(t *testing.T) {
	const in = `{"about":"x","personal_information":{"user_id":1},"contacts":{"list":[{"first_name":"a"}]},
 "chats":{"about":"y","list":[
  {"name":"News","type":"public_channel","id":777,"messages":[
   {"id":1,"type":"message","date":"2023-01-02T03:04:05","date_unixtime":"1672628645","from":"News","from_id":"channel777",
    "text":["see ",{"type":"link","text":"https://www.example.com/a?utm_source=tg"}," ",{"type":"hashtag","text":"#tag"}," ",{"type":"text_link","text":"here","href":"https://b.example/"}],
    "photo":"photos/p1.jpg"},
   {"id":2,"type":"service","date":"2023-01-02T03:04:06","date_unixtime":"1672628646","action":"pin_message"}]},
  {"name":"Group","type":"private_supergroup","id":888,"messages":[
   {"id":1,"type":"message","date_unixtime":"1672628700","from":"Ali","from_id":"user5","text":"hello @bob","text_entities":[{"type":"plain","text":"hello "},{"type":"mention","text":"@bob"}]},
   {"id":2,"type":"message","date_unixtime":"1672628760","from":"Bob","from_id":"user6","text":"fwd","forwarded_from":"Some Channel","reply_to_message_id":1,"file":"files/v.mp4","media_type":"video_file"}]}
 ]},
 "left_chats":{"about":"z","list":[]}}`
	s := decodeString(t, &Telegram, in)
	if len(s.Posts) != 3 || len(s.Rejects) != 0 {
		t.Fatalf("posts=%d rejects=%v", len(s.Posts), s.Rejects)
	}
	ch := findPost(s.Posts, "777/1")
	if ch == nil || ch.AccountID != "channel777" || ch.Text != "see https://www.example.com/a?utm_source=tg #tag here" ||
		len(ch.URLs) != 2 || ch.URLs[0].Canonical != "http://example.com/a" || len(ch.Hashtags) != 1 || ch.Hashtags[0] != "tag" ||
		len(ch.Media) != 1 || ch.Media[0].URL != "photos/p1.jpg" || ch.CreatedAt.Unix() != 1672628645 {
		t.Errorf("channel post = %+v", ch)
	}
	g1, g2 := findPost(s.Posts, "888/1"), findPost(s.Posts, "888/2")
	if g1 == nil || len(g1.Mentions) != 1 || g1.Mentions[0].AccountID != "@bob" {
		t.Errorf("group post 1 = %+v", g1)
	}
	if g2 == nil || g2.Kind != marsad.PostRepost || g2.ReplyToPostID != "888/1" || g2.ReplyToAccountID != "user5" ||
		g2.Text != "fwd" || len(g2.Media) != 1 || g2.Media[0].Type != "video_file" {
		t.Errorf("group post 2 = %+v", g2)
	}
}

// TestTelegramTruncated checks that a cut-off export keeps the messages
// before the cut and rejects the rest with a reason.
func TestTelegramTruncated(t *testing.T) {
	const in = `{"name":"G","type":"private_group","id":1,"messages":[{"id":1,"type":"message","date_unixtime":"1","from_id":"user1","text":"a"},{"id":2,"type":"mess`
	s := decodeString(t, &Telegram, in)
	if len(s.Posts) != 1 || len(s.Rejects) != 1 {
		t.Fatalf("posts=%d rejects=%v", len(s.Posts), s.Rejects)
	}
}
