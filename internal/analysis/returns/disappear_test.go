package returns

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// disappearScene: @nasr_news posts until day 5, has no status row; later
// posts by others reply to posts of it that are not in the data (refs of
// them); @nasr_news_2 appears on day 6 with the same name, bio and follows.
func disappearScene(refs int) *scene {
	sc := newScene()
	sc.account("1", "nasr_news", "نصر نيوز", "أخبار الدولة أولا بأول", t0)
	sc.account("2", "nasr_news_2", "نصر نيوز", "أخبار الدولة أولا بأول", t0.Add(6*24*time.Hour))
	sc.account("3", "reader", "reader", "", t0)
	for d := 0; d < 6; d++ {
		sc.say("1", "nasr_news", t0.Add(time.Duration(d)*24*time.Hour), "خبر عاجل")
	}
	for d := 6; d < 12; d++ {
		sc.say("2", "nasr_news_2", t0.Add(time.Duration(d)*24*time.Hour), "خبر عاجل")
		sc.say("3", "reader", t0.Add(time.Duration(d)*24*time.Hour+time.Hour), "good morning")
	}
	for i := 0; i < refs; i++ {
		sc.post++
		sc.b.Add(&marsad.Post{Platform: "twitter", ID: fmt.Sprint(sc.post), AccountID: "3", Kind: marsad.PostReply,
			CreatedAt: t0.Add(time.Duration(8+i) * 24 * time.Hour), Text: "@nasr_news ?",
			ReplyToPostID: fmt.Sprint("gone", i), ReplyToAccountID: "1"})
	}
	sc.follow("1", "100", "101", "102", "103")
	sc.follow("2", "100", "101", "102", "103")
	return sc
}

func TestDisappearanceFromDanglingReferences(t *testing.T) {
	for _, c := range []struct {
		refs  int
		links int
	}{{2, 1}, {1, 0}} {
		s := disappearScene(c.refs).build(t)
		res, err := Analyze(context.Background(), s, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Links) != c.links {
			t.Fatalf("%d dangling references: %d links, want %d: %+v", c.refs, len(res.Links), c.links, res.Links)
		}
		if c.links == 1 && (res.Links[0].Successor != "2" || res.Links[0].Status != KindDisappeared) {
			t.Errorf("link %+v, want 1 → 2 disappeared", res.Links[0])
		}
	}
}
