package campaigns

import (
	"fmt"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

var t0 = time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)

type scene struct {
	b *snapshot.Builder
	n int
}

func (sc *scene) post(author string, at time.Duration, kind marsad.PostKind, text string, replyTo string, mentions ...string) string {
	sc.n++
	p := &marsad.Post{Platform: "twitter", ID: fmt.Sprint(sc.n), AccountID: author, AccountHandle: "h" + author,
		CreatedAt: t0.Add(at), Kind: kind, Text: text, ReplyToAccountID: replyTo}
	for _, m := range mentions {
		p.Mentions = append(p.Mentions, marsad.Mention{AccountID: m, Handle: "h" + m})
	}
	sc.b.Add(p)
	return p.ID
}

// buildScene: target T gets ~1 reply a day for 14 days; on day 7 organiser O
// calls to report T and 12 accounts pile on within three hours; T is
// suspended the next day. Account V (a celebrity) gets a heated organic
// thread of 30 unrelated repliers with no call on day 10.
func buildScene() (*snapshot.Snapshot, []string) {
	sc := &scene{b: snapshot.NewBuilder()}
	for d := 0; d < 14; d++ {
		sc.post(fmt.Sprint("friend", d%3), time.Duration(d)*24*time.Hour+9*time.Hour, marsad.PostReply, "nice thread", "T", "T")
		sc.post(fmt.Sprint("fan", d%4), time.Duration(d)*24*time.Hour+10*time.Hour, marsad.PostReply, "agreed", "V", "V")
		sc.post("O", time.Duration(d)*24*time.Hour+8*time.Hour, marsad.PostOriginal, "صباح الخير", "")
	}
	call := sc.post("O", 7*24*time.Hour, marsad.PostOriginal, "يا أنصار بلّغوا عن هذا الحساب @hT", "", "T")
	for i := 0; i < 12; i++ {
		sc.post(fmt.Sprint("army", i), 7*24*time.Hour+time.Duration(10+i*12)*time.Minute, marsad.PostReply, "يا كلب", "T", "T")
	}
	for i := 0; i < 30; i++ {
		sc.post(fmt.Sprint("public", i), 10*24*time.Hour+time.Duration(5+i*4)*time.Minute, marsad.PostReply, "this take is terrible", "V", "V")
	}
	sc.b.AddStatus(marsad.StatusChange{Platform: "twitter", AccountID: "T", Status: marsad.StatusSuspended, ObservedAt: t0.Add(8 * 24 * time.Hour)})
	s, err := sc.b.Build()
	if err != nil {
		panic(err)
	}
	return s, []string{call}
}

func TestDetect(t *testing.T) {
	s, calls := buildScene()
	tIdx, _ := s.Account("T")
	vIdx, _ := s.Account("V")
	res := Detect(s, Options{Watchlist: []uint32{tIdx, vIdx}, AllTargets: true})
	if len(res.Campaigns) != 1 {
		t.Fatalf("campaigns = %+v, want exactly one (against T)", res.Campaigns)
	}
	c := res.Campaigns[0]
	if c.Target != "T" || !c.Watchlisted {
		t.Errorf("target = %q watchlisted=%v, want T, true", c.Target, c.Watchlisted)
	}
	if len(c.CallPosts) != 1 || c.CallPosts[0] != calls[0] {
		t.Errorf("call posts = %v, want %v", c.CallPosts, calls)
	}
	army := 0
	for _, p := range c.Participants {
		if len(p) > 4 && p[:4] == "army" {
			army++
		}
		if p == "O" {
			t.Errorf("the caller is listed as a participant")
		}
	}
	if army != 12 || len(c.Participants) > 13 {
		t.Errorf("participants = %v, want the 12 army accounts (and at most one baseline replier)", c.Participants)
	}
	if c.TargetSuspendedAt == nil {
		t.Error("outcome: the suspension after the campaign is missing")
	}
	if c.Active {
		t.Error("a campaign whose target was suspended is not active")
	}
	if c.Score <= 0.5 || c.Score > 1 || len(c.Evidence) < 2 {
		t.Errorf("score %v evidence %+v: want > 0.5 with evidence", c.Score, c.Evidence)
	}
}

func TestDetectCoordinationWithoutCall(t *testing.T) {
	s, _ := buildScene()
	vIdx, _ := s.Account("V")
	var group []uint32
	for i := 0; i < 12; i++ {
		a, _ := s.Account(fmt.Sprint("public", i))
		group = append(group, a)
	}
	res := Detect(s, Options{Watchlist: []uint32{vIdx}, CoordinationGroups: [][]uint32{group}})
	found := false
	for _, c := range res.Campaigns {
		if c.Target == "V" {
			found = true
		}
	}
	if !found {
		t.Errorf("a burst whose participants are 40%% one coordination group should be a campaign: %+v", res.Campaigns)
	}
}
