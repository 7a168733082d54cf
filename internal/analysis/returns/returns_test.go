package returns

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

var t0 = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)

// scene builds small hand-made scenarios.
type scene struct {
	b    *snapshot.Builder
	post int
}

func newScene() *scene { return &scene{b: snapshot.NewBuilder()} }

func (sc *scene) account(id, handle, name, bio string, created time.Time) {
	sc.b.AddAccount(&marsad.Account{Platform: marsad.PlatformTwitter, ID: id, Handle: handle,
		DisplayName: name, Bio: bio, CreatedAt: created, Followers: -1, Following: -1, PostCount: -1})
}

func (sc *scene) say(id, handle string, at time.Time, text string, mentions ...string) string {
	sc.post++
	p := &marsad.Post{Platform: marsad.PlatformTwitter, ID: fmt.Sprint(sc.post), AccountID: id,
		AccountHandle: handle, CreatedAt: at, Text: text, Kind: marsad.PostOriginal}
	for _, m := range mentions {
		p.Mentions = append(p.Mentions, marsad.Mention{AccountID: m})
	}
	sc.b.Add(p)
	return p.ID
}

func (sc *scene) follow(from string, to ...string) {
	for _, t := range to {
		sc.b.AddFollow(marsad.Follow{Platform: marsad.PlatformTwitter, FollowerID: from, FolloweeID: t})
	}
}

func (sc *scene) suspend(id, handle string, at time.Time) {
	sc.b.AddStatus(marsad.StatusChange{Platform: marsad.PlatformTwitter, AccountID: id, Handle: handle,
		Status: marsad.StatusSuspended, ObservedAt: at})
}

func (sc *scene) build(t *testing.T) *snapshot.Snapshot {
	t.Helper()
	s, err := sc.b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// armyScene: @abu_omar is suspended on day 10 and returns as @abu_omar2
// (announced by a peer), who is suspended on day 20 and returns as
// @abu_0mar_3. @abu_omar_1990 is an innocent look-alike created after the
// first suspension, with its own name, follows and style.
func armyScene(withFollows bool) *scene {
	sc := newScene()
	sc.account("1", "abu_omar", "أبو عمر", "جندي من جنود الخلافة", t0)
	sc.account("2", "abu_omar2", "ابو عمر", "جندي من جنود الخلافه", t0.Add(10*24*time.Hour+2*time.Hour))
	sc.account("3", "abu_0mar_3", "Abu Omar", "جندي من جنود الخلافة الباقية", t0.Add(20*24*time.Hour+5*time.Hour))
	sc.account("9", "abu_omar_1990", "Omar Haddad", "Football, coffee and Amman sunsets", t0.Add(11*24*time.Hour))
	sc.account("50", "peer", "peer", "", t0)
	army := []string{"100", "101", "102", "103", "104", "105"}
	for _, a := range army {
		sc.account(a, "official_"+a, "", "", t0)
	}
	for _, a := range []string{"200", "201", "202", "203"} {
		sc.account(a, "club_"+a, "", "", t0)
	}
	armyText := []string{"نصر من الله وفتح قريب للمجاهدين", "الدولة باقية وتتمدد رغم انف الكفار", "انشروا الاصدار الجديد يا انصار"}
	normalText := []string{"Great match tonight, what a goal!", "Coffee first, then the office", "Sunset over Amman again"}
	for d := 0; d < 10; d++ {
		sc.say("1", "abu_omar", t0.Add(time.Duration(d)*24*time.Hour+21*time.Hour), armyText[d%3], "100")
	}
	for d := 10; d < 20; d++ {
		sc.say("2", "abu_omar2", t0.Add(time.Duration(d)*24*time.Hour+22*time.Hour), armyText[d%3], "101")
		sc.say("9", "abu_omar_1990", t0.Add(time.Duration(d)*24*time.Hour+9*time.Hour), normalText[d%3], "200")
	}
	for d := 20; d < 30; d++ {
		sc.say("3", "abu_0mar_3", t0.Add(time.Duration(d)*24*time.Hour+21*time.Hour), armyText[d%3], "100")
	}
	sc.say("50", "peer", t0.Add(10*24*time.Hour+5*time.Hour), "الحساب الجديد لـ @abu_omar هو @abu_omar2 تابعوه", "1", "2")
	sc.suspend("1", "abu_omar", t0.Add(10*24*time.Hour))
	sc.suspend("2", "abu_omar2", t0.Add(20*24*time.Hour+time.Hour))
	if withFollows {
		sc.follow("1", army...)
		sc.follow("2", army[:5]...)
		sc.follow("3", army[1:]...)
		sc.follow("9", "200", "201", "202", "203")
	}
	return sc
}

func TestAnalyzeLinksChainAndSparesLookalike(t *testing.T) {
	for _, follows := range []bool{true, false} {
		t.Run(fmt.Sprintf("follows=%v", follows), func(t *testing.T) {
			s := armyScene(follows).build(t)
			res, err := Analyze(context.Background(), s, DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, l := range res.Links {
				got[l.Suspended] = l.Successor
				if len(l.Evidence) < 2 {
					t.Errorf("link %s→%s has too little evidence: %+v", l.Suspended, l.Successor, l.Evidence)
				}
			}
			want := map[string]string{"1": "2", "2": "3"}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("links %v want %v\n%+v", got, want, res.Links)
			}
			if len(res.Families) != 1 || fmt.Sprint(res.Families[0].Members) != "[1 2 3]" {
				t.Errorf("families %+v want one family [1 2 3]", res.Families)
			}
		})
	}
}

func TestExplainListsLookalike(t *testing.T) {
	s := armyScene(true).build(t)
	ex, err := Explain(context.Background(), s, "@abu_omar", DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var sawLookalike, sawLinked bool
	for _, c := range ex.Candidates {
		switch c.Candidate {
		case "9":
			sawLookalike = true
			if c.Linked || c.Score >= 0.5 {
				t.Errorf("look-alike scored %v linked=%v: %+v", c.Score, c.Linked, c.Features)
			}
		case "2":
			sawLinked = c.Linked
		}
	}
	if !sawLookalike || !sawLinked {
		t.Errorf("explain should list the look-alike and the linked successor: %+v", ex.Candidates)
	}
	if _, err := Explain(context.Background(), s, "peer", DefaultOptions()); marsad.ErrorCode(err) != marsad.ENOTFOUND {
		t.Errorf("explain of a never-suspended account: err %v, want ENOTFOUND", err)
	}
}

func TestAnalyzeEmptyAndNoSuspensions(t *testing.T) {
	s := newScene().build(t)
	res, err := Analyze(context.Background(), s, DefaultOptions())
	if err != nil || len(res.Links) != 0 {
		t.Fatalf("empty snapshot: %v %+v", err, res)
	}
	bad := DefaultOptions()
	bad.MaxGap = 0
	if _, err := Analyze(context.Background(), s, bad); err == nil {
		t.Errorf("zero max gap must be rejected")
	}
}

// TestNamesakeNeedsCorroboration: an innocent account with a re-spelled
// handle AND the same display name and wording, appearing right after the
// suspension but sharing no bio, avatar, follows, partners or shout-out, is
// not linked; only the corroboration rule keeps it out.
func TestNamesakeNeedsCorroboration(t *testing.T) {
	sc := newScene()
	sc.account("1", "abu_omar", "أبو عمر", "", t0)
	sc.account("8", "abu_omar_", "أبو عمر", "", t0.Add(10*24*time.Hour+time.Hour))
	for d := 0; d < 10; d++ {
		sc.say("1", "abu_omar", t0.Add(time.Duration(d)*24*time.Hour+20*time.Hour), "الدولة باقية")
	}
	for d := 11; d < 15; d++ {
		sc.say("8", "abu_omar_", t0.Add(time.Duration(d)*24*time.Hour+20*time.Hour), "الدولة باقية")
	}
	sc.suspend("1", "abu_omar", t0.Add(10*24*time.Hour))
	s := sc.build(t)
	res, err := Analyze(context.Background(), s, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Links) != 0 {
		t.Fatalf("namesake linked without corroboration: %+v", res.Links)
	}
	loose := DefaultOptions()
	loose.LookAlikeOnly, loose.Threshold = true, 0.01
	if res, _ := Analyze(context.Background(), s, loose); len(res.Links) != 1 {
		t.Fatalf("with LookAlikeOnly the pair should be a candidate link: %+v", res.Links)
	}
}

func TestSnowflakeMS(t *testing.T) {
	// Hand-built from the published layout: 41 bits of milliseconds since
	// 2010-11-04T01:42:54.657Z, then 22 bits of worker and sequence.
	// 2020-01-01T00:00:00Z is 289001825343 ms after the epoch;
	// 289001825343 << 22 | 12345 = 1212161512043458617.
	want := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).UnixMilli()
	if got := snowflakeMS("1212161512043458617"); got != want {
		t.Errorf("snowflakeMS=%v want %v", time.UnixMilli(got).UTC(), time.UnixMilli(want).UTC())
	}
	for _, id := range []string{"12345", "@abu", "", "99999999999999999999999", "12x4567890123456789"} {
		if got := snowflakeMS(id); got != 0 {
			t.Errorf("snowflakeMS(%q)=%d want 0", id, got)
		}
	}
}

// TestBlockingSkipsUnrelatedAccounts: fifty new accounts that share no
// handle, name, bio, avatar, follow or shout-out key with the suspended one
// are never scored — the analysis does not compare all pairs.
func TestBlockingSkipsUnrelatedAccounts(t *testing.T) {
	sc := newScene()
	sc.account("1", "abu_omar", "أبو عمر", "", t0)
	sc.say("1", "abu_omar", t0.Add(24*time.Hour), "نص")
	sc.suspend("1", "abu_omar", t0.Add(2*24*time.Hour))
	words := []string{"zebra", "piano", "violet", "kettle", "marble", "quartz", "lemon", "fjord", "cobalt", "walnut"}
	for i := 0; i < 50; i++ {
		h := fmt.Sprintf("%s_%s", words[i%10], words[(i/10+3)%10])
		sc.account(fmt.Sprint(100+i), h, h, "", t0.Add(2*24*time.Hour+time.Duration(i)*time.Hour))
	}
	sc.account("2", "abu_omar_2", "أبو عمر", "", t0.Add(3*24*time.Hour))
	s := sc.build(t)
	cands, err := Candidates(context.Background(), s, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 1 || cands[0].Candidate != "2" {
		t.Fatalf("scored %d pairs %+v, want only the look-alike (1, 2)", len(cands), cands)
	}
}
