package ingest

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

func iraMapping(t *testing.T) map[string]string {
	t.Helper()
	m, err := ParseMapping("id=tweet_id,account=external_author_id,handle=author,text=content,time=publish_date," +
		"lang=language,kind=post_type,followers=followers,following=following")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestGenericCSVIRA(t *testing.T) {
	s := decodeFile(t, &GenericCSV, csvFixture("csv_generic_ira.csv"), Options{Map: iraMapping(t)})
	if len(s.Posts) != 4 {
		t.Fatalf("posts = %d, want 4 (rejects %+v)", len(s.Posts), s.Rejects)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{5}) {
		t.Errorf("reject lines %v, want [5]", got)
	}
	if len(s.Notices) != 1 || !strings.Contains(s.Notices[0], "account_category") || !strings.Contains(s.Notices[0], "region") {
		t.Errorf("want one notice naming the unmapped columns, got %v", s.Notices)
	}
	p := s.Posts[0]
	if p.ID != "914580356430536707" || p.AccountID != "906000000000000000" || p.AccountHandle != "10_GOP" ||
		!p.CreatedAt.Equal(mustTime(t, "2017-10-01T19:58:00Z")) || p.Lang != "English" || p.Kind != marsad.PostOriginal ||
		!reflect.DeepEqual(p.Hashtags, []string{"MAGA"}) || len(p.URLs) != 1 || p.URLs[0].Given != "http://t.co/x1" {
		t.Errorf("post 0: %+v", p)
	}
	if rt := s.Posts[1]; rt.Kind != marsad.PostRepost || rt.RepostOfAccountID != "@realuser" || rt.Text != "" ||
		!strings.HasPrefix(rt.RepostOfPostID, "csv-rt:") {
		t.Errorf("retweet: %+v", rt)
	}
	if q := s.Posts[2]; q.Kind != marsad.PostQuote || q.Text != `Look at this, "friends" https://t.co/q` ||
		!q.CreatedAt.Equal(mustTime(t, "2017-01-02T14:52:00Z")) {
		t.Errorf("quote: %+v", q)
	}
	ar := s.Posts[3]
	if ar.ID != "1234567890123456790" || ar.AccountHandle != "عربي_١" || ar.Text != "مرحبا #سوريا\n@someone" ||
		!reflect.DeepEqual(ar.Hashtags, []string{"سوريا"}) || len(ar.Mentions) != 1 || ar.Mentions[0].Handle != "someone" {
		t.Errorf("arabic post: %+v", ar)
	}
	if a := s.Accounts[0]; a.ID != "906000000000000000" || a.Followers != 9636 || a.Following != 1052 {
		t.Errorf("account: %+v", a)
	}
}

func TestMappingFiles(t *testing.T) {
	want := iraMapping(t)
	for _, name := range []string{"csv_generic_ira.map", "csv_generic_ira.json"} {
		m, err := LoadMapping(csvFixture(name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(m, want) {
			t.Errorf("%s = %v, want %v", name, m, want)
		}
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.map")
	os.WriteFile(bad, []byte("id=tweet_id\nauthor\n"), 0o600)
	if _, err := LoadMapping(bad); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad line: %v", err)
	}
	if _, err := LoadMapping(filepath.Join(dir, "absent.map")); err == nil {
		t.Error("absent file: no error")
	}
}

func TestParseMappingErrors(t *testing.T) {
	for _, in := range []string{"id", "colour=red", "id=a,id=b", "id="} {
		if _, err := ParseMapping(in); err == nil || marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("ParseMapping(%q) err = %v, want EINVALID", in, err)
		}
	}
	m, err := ParseMapping(" ID = Tweet Id , time=ts,")
	if err != nil || !reflect.DeepEqual(m, map[string]string{"id": "Tweet Id", "time": "ts"}) {
		t.Errorf("spaces and case: %v %v", m, err)
	}
}

func TestGenericCSVErrors(t *testing.T) {
	in := "tweet_id,author,ts\n1,a,1500000000\n"
	tests := []struct {
		mapping string
		want    string
	}{
		{"", "no column mapping"},
		{"id=tweet_id,time=ts", "account (or handle)"},
		{"account=author", "id, time"},
		{"id=tweet_id,handle=author,time=ts,text=content", "text=content"},
	}
	for _, tt := range tests {
		var m map[string]string
		if tt.mapping != "" {
			m, _ = ParseMapping(tt.mapping)
		}
		_, err := decodeCSVString(t, &GenericCSV, in, Options{Map: m})
		if err == nil || !strings.Contains(err.Error(), tt.want) || marsad.ErrorCode(err) != marsad.EINVALID {
			t.Errorf("map %q: err = %v, want EINVALID mentioning %q", tt.mapping, err, tt.want)
		}
	}
	if GenericCSV.Detect != nil {
		t.Error("the generic csv format must never be auto-detected")
	}
}

func TestGenericCSVTimesAndLists(t *testing.T) {
	in := "ID,User,When,Tags,Links,Who,Platform\n" +
		"1,@u1,1500000000123,\"['a', '#b']\",https://x.example/1 https://y.example/2,\"@p, 42\",Telegram\n" +
		"2,@u1,17/03/2020,,,,\n"
	m, _ := ParseMapping("id=id,handle=user,time=when,hashtags=tags,urls=links,mentions=who,platform=platform")
	s, err := decodeCSVString(t, &GenericCSV, in, Options{Map: m})
	if err != nil || len(s.Posts) != 1 {
		t.Fatalf("%v %+v", err, s)
	}
	p := s.Posts[0]
	if !p.CreatedAt.Equal(time.UnixMilli(1500000000123)) || p.AccountID != "@u1" || p.Platform != "telegram" ||
		!reflect.DeepEqual(p.Hashtags, []string{"a", "b"}) || len(p.URLs) != 2 ||
		!reflect.DeepEqual(p.Mentions, []marsad.Mention{{AccountID: "@p", Handle: "p"}, {AccountID: "42"}}) {
		t.Errorf("post: %+v", p)
	}
	// Day-first dates are not guessed; a layout in the mapping reads them.
	m["time_layout"] = "02/01/2006"
	s, err = decodeCSVString(t, &GenericCSV, in, Options{Map: m})
	if err != nil || len(s.Posts) != 1 || !s.Posts[0].CreatedAt.Equal(mustTime(t, "2020-03-17T00:00:00Z")) {
		t.Errorf("time_layout: %v %+v", err, s.Posts)
	}
}

func FuzzGenericCSV(f *testing.F) {
	b, err := os.ReadFile(csvFixture("csv_generic_ira.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	m := map[string]string{"id": "tweet_id", "account": "external_author_id", "handle": "author",
		"text": "content", "time": "publish_date", "kind": "post_type", "mentions": "region", "urls": "tco1_step1"}
	f.Fuzz(func(t *testing.T, data []byte) { csvFuzzDecode(t, &GenericCSV, data, Options{Map: m}) })
}

// TestGenericCSVSpreadsheetIDs checks that ids a spreadsheet turned into
// floats are refused with a reason that says so, instead of merging every
// account whose id rounds to the same float.
func TestGenericCSVSpreadsheetIDs(t *testing.T) {
	in := "external_author_id,author,content,publish_date,tweet_id\n" +
		"9.06E+17,10_GOP,text,10/1/17 19:58,914580356430536707\n" +
		"906000000000000000,10_GOP,text,10/1/17 19:58,9.1458E+17\n"
	m, _ := ParseMapping("id=tweet_id,account=external_author_id,handle=author,text=content,time=publish_date")
	s, err := decodeCSVString(t, &GenericCSV, in, Options{Map: m})
	if err != nil || len(s.Posts) != 0 || len(s.Rejects) != 2 {
		t.Fatalf("%v %+v", err, s)
	}
	for _, r := range s.Rejects {
		if !strings.Contains(r.Reason, "scientific notation") {
			t.Errorf("reason %q should explain the lost digits", r.Reason)
		}
	}
}

// TestGenericCSVUnknownOriginals checks that reposts of one unknown original
// (same author, same text) point at one synthetic post, and different texts
// at different ones.
func TestGenericCSVUnknownOriginals(t *testing.T) {
	in := "id,user,text,ts,type\n" +
		"1,a,RT @src: خبر,1500000000,\n" +
		"2,b,RT @SRC: خبر,1500000001,\n" +
		"3,c,same words,1500000002,RETWEET\n" +
		"4,d,same words,1500000003,RETWEET\n" +
		"5,e,other words,1500000004,RETWEET\n"
	m, _ := ParseMapping("id=id,handle=user,text=text,time=ts,kind=type")
	s, err := decodeCSVString(t, &GenericCSV, in, Options{Map: m})
	if err != nil || len(s.Posts) != 5 {
		t.Fatalf("%v %+v", err, s)
	}
	p := s.Posts
	if p[0].Kind != marsad.PostOriginal {
		// kind is mapped and empty: the RT prefix does not override it
		t.Errorf("post 1 kind %s", p[0].Kind)
	}
	if p[2].RepostOfPostID != p[3].RepostOfPostID || p[2].RepostOfPostID == p[4].RepostOfPostID || p[2].RepostOfPostID == "" {
		t.Errorf("synthetic originals: %q %q %q", p[2].RepostOfPostID, p[3].RepostOfPostID, p[4].RepostOfPostID)
	}
	m, _ = ParseMapping("id=id,handle=user,text=text,time=ts")
	s, _ = decodeCSVString(t, &GenericCSV, in, Options{Map: m})
	if s.Posts[0].RepostOfPostID != s.Posts[1].RepostOfPostID || s.Posts[0].RepostOfAccountID != "@src" {
		t.Errorf("RT-prefixed reposts of one original: %+v %+v", s.Posts[0], s.Posts[1])
	}
}
