package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

func testScanOrder(t *testing.T, s marsad.Store) {
	// Inserted out of order; same-time posts sort by platform then id as text.
	ps := []marsad.Post{post("30", "1", 30), post("b", "1", 10), post("a", "1", 10), post("20", "1", 20), post("5", "1", 0)}
	tg := post("a", "1", 10)
	tg.Platform = marsad.PlatformTelegram
	ps = append(ps, tg)
	importBatch(t, s, "p", batch{posts: ps})

	all := scanAll(t, s, marsad.PostFilter{})
	equal(t, "order", ids(all), []string{"5", "a", "a", "b", "20", "30"})
	if all[1].Platform != marsad.PlatformTelegram || all[2].Platform != marsad.PlatformTwitter {
		t.Fatalf("same time and id: platforms %s, %s; want telegram then twitter", all[1].Platform, all[2].Platform)
	}
	cases := []struct {
		name string
		f    marsad.PostFilter
		want []string
	}{
		{"since inclusive", marsad.PostFilter{Since: at(10)}, []string{"a", "a", "b", "20", "30"}},
		{"until exclusive", marsad.PostFilter{Until: at(20)}, []string{"5", "a", "a", "b"}},
		{"both", marsad.PostFilter{Since: at(10), Until: at(30)}, []string{"a", "a", "b", "20"}},
		{"empty range", marsad.PostFilter{Since: at(11), Until: at(19)}, []string{}},
		{"sub-second bounds", marsad.PostFilter{Since: at(10).Add(1), Until: at(30).Add(1)}, []string{"20", "30"}},
		{"after all", marsad.PostFilter{Since: at(31)}, []string{}},
	}
	for _, c := range cases {
		equal(t, c.name, ids(scanAll(t, s, c.f)), c.want)
	}
}

func testScanStops(t *testing.T, s marsad.Store) {
	importBatch(t, s, "p", batch{posts: []marsad.Post{post("1", "1", 1), post("2", "1", 2), post("3", "1", 3)}})
	n := 0
	err := s.ScanPosts(context.Background(), marsad.PostFilter{}, func(p *marsad.Post) error {
		n++
		if p.ID == "2" {
			return errStop
		}
		return nil
	})
	if err != errStop {
		t.Fatalf("ScanPosts returned %v, want fn's error", err)
	}
	if n != 2 {
		t.Fatalf("fn called %d times, want 2", n)
	}
	// The store is still usable (the cursor was released).
	if _, err := s.FindPost(context.Background(), "twitter", "3"); err != nil {
		t.Fatalf("FindPost after stopped scan: %v", err)
	}
}

func testEntities(t *testing.T, s marsad.Store) {
	full := marsad.Post{Platform: "twitter", ID: "900", AccountID: "1", AccountHandle: "One", CreatedAt: ms(1714564800123),
		Text: "@two see #Mosul https://t.co/x", Lang: "en", Kind: marsad.PostQuote,
		ReplyToPostID: "800", ReplyToAccountID: "2", QuotedPostID: "700", QuotedAccountID: "3", ConversationID: "800",
		Mentions: []marsad.Mention{{AccountID: "2", Handle: "two"}, {AccountID: "@ghost", Handle: "Ghost"}},
		Hashtags: []string{"Mosul", "الموصل"},
		URLs:     []marsad.URL{{Given: "https://t.co/x", Canonical: "example.com/a"}, {Given: "http://b", Canonical: ""}},
		Media: []marsad.Media{{URL: "https://img/1.jpg", Type: "photo", LocalPath: "media/1.jpg", PHash: "0123456789abcdef"},
			{URL: "https://img/2.mp4", Type: "video", PDQ: "f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0"}},
		SourceLine: 42,
	}
	rt := marsad.Post{Platform: "twitter", ID: "901", AccountID: "4", CreatedAt: ms(1714564801000), Kind: marsad.PostRepost,
		RepostOfPostID: "900", RepostOfAccountID: "1"}
	bare := marsad.Post{Platform: "twitter", ID: "902", AccountID: "4", CreatedAt: ms(1714564802000), Kind: marsad.PostReply,
		Mentions: []marsad.Mention{}, Text: "no entities"}
	_, src := importBatch(t, s, "e", batch{posts: []marsad.Post{full, rt, bare}})
	got := scanAll(t, s, marsad.PostFilter{})
	if len(got) != 3 {
		t.Fatalf("scanned %d posts, want 3", len(got))
	}
	for i, want := range []marsad.Post{full, rt, bare} {
		want = copyPost(&want)
		want.SourceID = src.ID
		equal(t, "scanned post "+want.ID, got[i], want)
		one, err := s.FindPost(context.Background(), "twitter", want.ID)
		must(t, err, "FindPost")
		equal(t, "found post "+want.ID, copyPost(one), want)
	}
}

func testLongIDs(t *testing.T, s marsad.Store) {
	// 19-digit ids exceed 2^53 and must come back digit for digit; as
	// strings "999…" sorts after "1000…".
	p1 := post("1790000000000000001", "1234567890123456789", 5)
	p2 := post("999999999999999999", "1234567890123456789", 5)
	p1.ReplyToPostID = "9223372036854775807"
	a := account("1234567890123456789", "long", 0)
	importBatch(t, s, "ids", batch{posts: []marsad.Post{p2, p1}, accounts: []marsad.Account{a},
		follows: []marsad.Follow{{Platform: "twitter", FollowerID: "1234567890123456789", FolloweeID: "18446744073709551615"}}})
	got := scanAll(t, s, marsad.PostFilter{})
	equal(t, "ids", ids(got), []string{"1790000000000000001", "999999999999999999"})
	if got[0].AccountID != "1234567890123456789" || got[0].ReplyToPostID != "9223372036854775807" {
		t.Fatalf("post = %+v", got[0])
	}
	acc, err := s.FindAccount(context.Background(), "twitter", "1234567890123456789")
	must(t, err, "FindAccount")
	if acc.Handle != "long" {
		t.Fatalf("account = %+v", acc)
	}
	var fs []marsad.Follow
	must(t, s.ScanFollows(context.Background(), func(f marsad.Follow) error { fs = append(fs, f); return nil }), "ScanFollows")
	if len(fs) != 1 || fs[0].FolloweeID != "18446744073709551615" {
		t.Fatalf("follows = %+v", fs)
	}
}

func testHostileText(t *testing.T, s marsad.Store) {
	texts := []string{
		"سنأتيكم قريبا يا أعداء الله 🔥 #الدولة_الإسلامية",
		"Robert'); DROP TABLE posts;--",
		`"quoted" \backslash\ $1 ?1 ? :name @p1 %s %d`,
		"<script>alert('x')</script><b>bold</b> &amp; &lt;",
		"line1\nline2\r\n\ttab",
		"ZWJ\u200d RTL\u202e mark\u200f BOM\ufeff",
		"emoji 👨‍👩‍👧 flags 🇮🇶",
		"",
	}
	var ps []marsad.Post
	for i, txt := range texts {
		p := post(string(rune('a'+i)), "1", i)
		p.Text = txt
		p.AccountHandle = txt
		p.Hashtags = []string{txt}
		p.Mentions = []marsad.Mention{{AccountID: "@" + txt, Handle: txt}}
		ps = append(ps, p)
	}
	a := account("1", "جندي_الخلافة", 0)
	a.Bio = texts[1] + texts[3]
	importBatch(t, s, "hostile '; --", batch{posts: ps, accounts: []marsad.Account{a}})
	got := scanAll(t, s, marsad.PostFilter{})
	if len(got) != len(texts) {
		t.Fatalf("scanned %d posts, want %d", len(got), len(texts))
	}
	for i, p := range got {
		if p.Text != texts[i] || p.AccountHandle != texts[i] || p.Hashtags[0] != texts[i] || p.Mentions[0].Handle != texts[i] {
			t.Fatalf("text %d changed: %q, want %q", i, p.Text, texts[i])
		}
	}
	acc, err := s.FindAccount(context.Background(), "twitter", "1")
	must(t, err, "FindAccount")
	if acc.Handle != "جندي_الخلافة" || acc.Bio != a.Bio {
		t.Fatalf("account text changed: %+v", acc)
	}
	// A huge field (8 MiB: overflow pages on SQLite, TOAST on PostgreSQL).
	big := post("big", "1", 50)
	big.Text = strings.Repeat("حرب ", 1<<21)
	importBatch(t, s, "big", batch{posts: []marsad.Post{big}})
	gotBig, err := s.FindPost(context.Background(), "twitter", "big")
	must(t, err, "FindPost big")
	if gotBig.Text != big.Text {
		t.Fatalf("8 MiB text changed: %d bytes back, want %d", len(gotBig.Text), len(big.Text))
	}
	// NUL bytes (which PostgreSQL cannot store in text) are dropped and
	// invalid UTF-8 becomes U+FFFD, identically on every backend.
	p := post("nul", "1", 100)
	p.Text = "a\x00b\xffc"
	p.Hashtags = []string{"x\x00y"}
	importBatch(t, s, "nul", batch{posts: []marsad.Post{p}})
	one, err := s.FindPost(context.Background(), "twitter", "nul")
	must(t, err, "FindPost")
	if one.Text != "ab\uFFFDc" || one.Hashtags[0] != "xy" {
		t.Fatalf("NUL/invalid UTF-8 text = %q %q, want %q %q", one.Text, one.Hashtags[0], "ab\uFFFDc", "xy")
	}
}
