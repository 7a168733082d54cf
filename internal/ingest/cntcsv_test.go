package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

func TestCNTCSV(t *testing.T) {
	s := decodeFile(t, &CNTCSV, csvFixture("csv_cnt.csv"), Options{})
	if len(s.Posts) != 3 {
		t.Fatalf("posts = %d, want 3 (rejects %+v)", len(s.Posts), s.Rejects)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{6, 7}) {
		t.Errorf("reject lines %v, want [6 7]", got)
	}
	p := s.Posts[0]
	if p.ID != "1182745936238514177" || p.AccountID != "1067430261893390336" || p.AccountHandle != "jundi_1" ||
		!p.CreatedAt.Equal(time.Unix(1570819380, 0)) || p.Kind != marsad.PostOriginal {
		t.Errorf("post 0: %+v", p)
	}
	if len(p.URLs) != 2 || p.URLs[1].Given != "https://t.co/b" || !reflect.DeepEqual(p.Hashtags, []string{"حملة"}) ||
		len(p.Mentions) != 1 || p.Mentions[0].AccountID != "@activist_one" {
		t.Errorf("entities: %+v %q %+v", p.URLs, p.Hashtags, p.Mentions)
	}
	rt := s.Posts[1]
	if rt.Kind != marsad.PostRepost || rt.RepostOfPostID != "1182745936238514177" || rt.Text != "" || len(rt.URLs) != 0 ||
		!rt.CreatedAt.Equal(time.Unix(1570819381, 5e8)) {
		t.Errorf("repost (URLs of reposts ignored, as in the toolkit): %+v", rt)
	}
	re := s.Posts[2]
	if re.Kind != marsad.PostReply || re.ReplyToPostID != "1182745936238514177" || re.Text != "'; DROP TABLE edge; --" {
		t.Errorf("reply: %+v", re)
	}
	if len(s.Accounts) != 2 {
		t.Errorf("accounts = %d, want 2", len(s.Accounts))
	}
}

// TestCNTCSVByPosition mirrors the toolkit, which ignores header names.
func TestCNTCSVByPosition(t *testing.T) {
	in := "tweet_id,uid,name,rt,re,text,ts,links\n5,6,u,,,hello,0,http://a.example\n"
	s, err := decodeCSVString(t, &CNTCSV, in, Options{})
	if err != nil || len(s.Posts) != 1 || len(s.Notices) != 1 {
		t.Fatalf("err %v posts %+v notices %v", err, s.Posts, s.Notices)
	}
	if p := s.Posts[0]; p.ID != "5" || p.AccountID != "6" || !p.CreatedAt.Equal(time.Unix(0, 0)) || len(p.URLs) != 1 {
		t.Errorf("post: %+v", p)
	}
	if _, err := decodeCSVString(t, &CNTCSV, "message_id,user_id\n1,2\n", Options{}); err == nil ||
		!strings.Contains(err.Error(), "username, repost_id") {
		t.Errorf("missing columns: %v", err)
	}
}

func FuzzCNTCSV(f *testing.F) {
	b, err := os.ReadFile(csvFixture("csv_cnt.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("a,b,c,d,e,f,g,h\n1,2,3,,,x,1e300,\n"))
	f.Fuzz(func(t *testing.T, data []byte) { csvFuzzDecode(t, &CNTCSV, data, Options{}) })
}
