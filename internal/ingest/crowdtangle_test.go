package ingest

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

func TestCrowdTangle(t *testing.T) {
	path := csvFixture("csv_crowdtangle.csv")
	head, _ := os.ReadFile(path)
	if !CrowdTangle.Detect(head) {
		t.Fatal("fixture not detected")
	}
	s := decodeFile(t, &CrowdTangle, path, Options{})
	if len(s.Notices) != 0 {
		t.Errorf("notices: %v", s.Notices)
	}
	if got := rejectLines(s); !reflect.DeepEqual(got, []int64{7}) || !strings.Contains(s.Rejects[0].Reason, `"XYZ"`) {
		t.Errorf("rejects %+v, want line 7 naming the zone", s.Rejects)
	}
	want := []struct{ id, at string }{
		{"100064512345678_722436489927193", "2023-11-13T09:30:36Z"},  // EST = UTC-5
		{"100064512345678_1234567890123456", "2023-07-04T16:00:00Z"}, // EDT = UTC-4
		{"", "2023-11-14T00:00:00Z"},
		{"100064512345678_pfbid02XyZ", "2023-11-14T09:00:00Z"}, // PST = UTC-8
	}
	if len(s.Posts) != len(want) {
		t.Fatalf("posts = %d, want %d", len(s.Posts), len(want))
	}
	for i, w := range want {
		p := s.Posts[i]
		if w.id != "" && p.ID != w.id {
			t.Errorf("post %d id = %s, want %s", i, p.ID, w.id)
		}
		if !p.CreatedAt.Equal(mustTime(t, w.at)) || p.Platform != marsad.PlatformFacebook || p.AccountID != "100064512345678" {
			t.Errorf("post %d: %+v", i, p)
		}
	}
	if id := s.Posts[2].ID; !strings.HasPrefix(id, "crowdtangle:") {
		t.Errorf("post without URL id = %s, want a hash id", id)
	}
	p := s.Posts[0]
	if p.Text != "بيان عاجل #غزة\nالسطر الثاني" || !reflect.DeepEqual(p.Hashtags, []string{"غزة"}) ||
		len(p.URLs) != 1 || p.URLs[0].Given != "https://example.com/news" || p.AccountHandle != "akhbar.page" {
		t.Errorf("post 0: %+v", p)
	}
	if s.Posts[2].Text != "<img src=x onerror=alert(1)> ' OR 1=1; --" {
		t.Errorf("hostile text altered: %q", s.Posts[2].Text)
	}
	if len(s.Accounts) != 1 {
		t.Fatalf("accounts = %d, want 1", len(s.Accounts))
	}
	a := s.Accounts[0]
	if a.DisplayName != "صفحة الأخبار" || a.Bio != "أخبار\nعاجلة" || a.Followers != 5678 ||
		!a.CreatedAt.Equal(mustTime(t, "2014-06-01T10:00:00Z")) {
		t.Errorf("account: %+v", a)
	}
}

func TestCrowdTanglePostID(t *testing.T) {
	tests := []struct {
		url  string
		ig   bool
		want string
	}{
		{"https://www.facebook.com/123/posts/456", false, "456"},
		{"https://www.facebook.com/groups/987/permalink/654/", false, "654"},
		{"https://www.facebook.com/page.name/photos/a.111/222/", false, "222"},
		{"https://www.facebook.com/permalink.php?story_fbid=333&id=123", false, "333"},
		{"https://www.facebook.com/123", false, ""},
		{"not a url", false, ""},
		{"https://www.instagram.com/p/CzAbC123/", true, "CzAbC123"},
	}
	for _, tt := range tests {
		if got := ctPostID(tt.url, tt.ig); got != tt.want {
			t.Errorf("ctPostID(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// TestCrowdTangleInstagram reads the Instagram export variant.
func TestCrowdTangleInstagram(t *testing.T) {
	in := "Account,User Name,Followers at Posting,Post Created,Type,Likes,Comments,Views,URL,Link,Photo,Title,Description\n" +
		"Some Account,some.acc,1000,2021-03-01 10:00:00 CET,Photo,5,1,0,https://www.instagram.com/p/CMabc/,,https://scontent.example/x.jpg,,caption #tag\n"
	if !CrowdTangle.Detect([]byte(in)) {
		t.Fatal("instagram export not detected")
	}
	s, err := decodeCSVString(t, &CrowdTangle, in, Options{})
	if err != nil || len(s.Posts) != 1 {
		t.Fatalf("%v %+v", err, s)
	}
	p := s.Posts[0]
	if p.Platform != "instagram" || p.ID != "CMabc" || p.AccountID != "@some.acc" || p.Text != "caption #tag" ||
		!p.CreatedAt.Equal(mustTime(t, "2021-03-01T09:00:00Z")) || len(p.Media) != 1 {
		t.Errorf("post: %+v", p)
	}
}

func FuzzCrowdTangle(f *testing.F) {
	b, err := os.ReadFile(csvFixture("csv_crowdtangle.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Fuzz(func(t *testing.T, data []byte) { csvFuzzDecode(t, &CrowdTangle, data, Options{}) })
}
