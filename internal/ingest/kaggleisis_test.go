package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestKaggleISIS(t *testing.T) {
	path := csvFixture("csv_kaggle_isis.csv")
	s := decodeFile(t, &KaggleISIS, path, Options{})
	if len(s.Posts) != 5 {
		t.Fatalf("posts = %d, want 5 (rejects %+v)", len(s.Posts), s.Rejects)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{6, 7}) {
		t.Errorf("reject lines %v, want [6 7]", got)
	}
	p := s.Posts[0]
	if p.AccountID != "@abu_m_1" || p.AccountHandle != "abu_m_1" || p.Kind != marsad.PostOriginal ||
		!p.CreatedAt.Equal(mustTime(t, "2015-01-06T21:07:00Z")) || !strings.HasPrefix(p.ID, "kaggle-isis:") {
		t.Errorf("post 0: %+v", p)
	}
	if !reflect.DeepEqual(p.Hashtags, []string{"الدولة_الإسلامية"}) ||
		!reflect.DeepEqual(p.Mentions, []marsad.Mention{{AccountID: "@amaqagency", Handle: "AmaqAgency"}}) ||
		len(p.URLs) != 1 || p.URLs[0].Given != "http://t.co/abc123" {
		t.Errorf("entities: %q %+v %+v", p.Hashtags, p.Mentions, p.URLs)
	}
	// Row 5 repeats row 2 exactly: same id, so a re-import adds nothing.
	if s.Posts[3].ID != p.ID {
		t.Errorf("identical rows got ids %s and %s", p.ID, s.Posts[3].ID)
	}
	if s.Posts[1].ID == p.ID {
		t.Error("different rows share an id")
	}
	rt1, rt2 := s.Posts[1], s.Posts[2]
	if rt1.Kind != marsad.PostRepost || rt1.RepostOfAccountID != "@amaqagency" || rt1.Text != "" || rt1.RepostOfPostID == "" ||
		len(rt1.Hashtags)+len(rt1.Mentions)+len(rt1.URLs) != 0 {
		t.Errorf("retweet: %+v", rt1)
	}
	if rt1.RepostOfPostID != rt2.RepostOfPostID {
		t.Errorf("two retweets of one original (handle case differs) point at %s and %s", rt1.RepostOfPostID, rt2.RepostOfPostID)
	}
	last := s.Posts[4]
	if last.Text != "<b>bold</b> \"quoted\"\nline2 email a@b.com; DROP TABLE x;" || len(last.Mentions) != 0 || last.SourceLine != 8 {
		t.Errorf("last post (e-mail is no mention): %+v", last)
	}
	if len(s.Accounts) != 3 {
		t.Errorf("accounts = %d, want 3 (abu_m_1, ali_99, ali_99 with a new status count)", len(s.Accounts))
	}
	if a := s.Accounts[0]; a.ID != "@abu_m_1" || a.DisplayName != "أبو محمد" || a.Bio != "مناصر, للدولة" || a.Followers != 1200 || a.PostCount != 3400 || a.Following != -1 {
		t.Errorf("account: %+v", a)
	}
	// Decoding again yields the same ids.
	again := decodeFile(t, &KaggleISIS, path, Options{})
	for i := range s.Posts {
		if again.Posts[i].ID != s.Posts[i].ID {
			t.Fatalf("post %d id not stable", i)
		}
	}
}

func FuzzKaggleISIS(f *testing.F) {
	b, err := os.ReadFile(csvFixture("csv_kaggle_isis.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte("name,username,description,location,followers,numberstatuses,time,tweets\na,b,c,d,1,2,1/1/2015 0:00,RT @:\n"))
	f.Fuzz(func(t *testing.T, data []byte) { csvFuzzDecode(t, &KaggleISIS, data, Options{}) })
}
