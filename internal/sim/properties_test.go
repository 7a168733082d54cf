package sim

import (
	"context"
	"regexp"
	"slices"
	"testing"
	"time"
)

// retweetTimes maps original id → retweeter id → retweet time.
func retweetTimes(s *scenario) map[string]map[string]time.Time {
	out := map[string]map[string]time.Time{}
	for _, tw := range s.tweets {
		if rt := tw.RetweetedStatus; rt != nil {
			m := out[rt.IDStr]
			if m == nil {
				m = map[string]time.Time{}
				out[rt.IDStr] = m
			}
			at, _ := time.Parse(time.RubyDate, tw.CreatedAt)
			m[tw.User.IDStr] = at
		}
	}
	return out
}

func median(d []time.Duration) time.Duration {
	slices.Sort(d)
	return d[len(d)/2]
}

// tightest returns the shortest span that covers k of the sorted times.
func tightest(ts []time.Time, k int) time.Duration {
	slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
	best := time.Duration(1<<62 - 1)
	for i := 0; i+k-1 < len(ts); i++ {
		best = min(best, ts[i+k-1].Sub(ts[i]))
	}
	return best
}

func TestSquadsActWithinSecondsCrowdsOverMinutes(t *testing.T) {
	s := smallScenario(t)
	rts := retweetTimes(s)
	var squadSpans []time.Duration
	for _, sq := range s.truth.Squads {
		for _, rel := range s.truth.Releases {
			var ts []time.Time
			for _, m := range sq {
				if at, ok := rts[rel][m]; ok {
					ts = append(ts, at)
				}
			}
			if len(ts) >= 4 {
				squadSpans = append(squadSpans, tightest(ts, (len(ts)+1)/2))
			}
		}
	}
	if len(squadSpans) < 10 {
		t.Fatalf("only %d squad bursts on releases", len(squadSpans))
	}
	if m := median(squadSpans); m > 2*time.Minute {
		t.Errorf("median span of half a squad retweeting one release is %v; squads should act within seconds to a couple of minutes", m)
	}
	var crowdSpans []time.Duration
	for _, id := range s.truth.HardNegatives.ViralPosts {
		var ts []time.Time
		for _, at := range rts[id] {
			ts = append(ts, at)
		}
		if len(ts) >= 20 {
			crowdSpans = append(crowdSpans, tightest(ts, (len(ts)+1)/2))
		}
	}
	if len(crowdSpans) == 0 {
		t.Fatal("no viral crowds")
	}
	if m := median(crowdSpans); m < 20*time.Minute {
		t.Errorf("median span of half a viral crowd is %v; organic crowds should spread over minutes to hours", m)
	}
	t.Logf("squad half-span median %v over %d bursts; viral half-span median %v over %d posts",
		median(squadSpans), len(squadSpans), median(crowdSpans), len(crowdSpans))
}

func TestRolesAndHubs(t *testing.T) {
	s := smallScenario(t)
	count := map[string]int{}
	for _, r := range s.truth.Roles {
		count[r]++
	}
	for _, r := range []string{RoleSupervisor, RoleOfficial, RoleOrganizer, RoleAmplifier, RoleSupporter, RoleActivist, RoleNews, RoleOrdinary, RoleHubLeader} {
		if count[r] == 0 {
			t.Errorf("no %s in %v", r, count)
		}
	}
	if count[RoleSupervisor] != 1 || count[RoleOfficial] < 8 || count[RoleOrdinary] < count[RoleSupporter] {
		t.Errorf("cast proportions: %v", count)
	}
	army := false
	for _, h := range s.truth.Hubs {
		army = army || h.Army
		if len(h.Members) < 3 {
			t.Errorf("hub %s has %d members", h.Leader, len(h.Members))
		}
	}
	for _, sq := range s.truth.Squads {
		if len(sq) < 5 {
			t.Errorf("squad of %d", len(sq))
		}
	}
	if !army || len(s.truth.Squads) == 0 {
		t.Errorf("no army hub or no squads")
	}
}

func TestPostsOverride(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 30k posts")
	}
	tr, err := Generate(context.Background(), Config{Seed: 3, Scale: 0.02, Posts: 30000}, t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := tr.Counts["posts"]; n < 27000 {
		t.Errorf("Posts: 30000 gave %d posts", n)
	}
}

func TestConfigErrors(t *testing.T) {
	for _, c := range []Config{{Scale: -1}, {Scale: 1e9}, {Days: 3}, {Posts: -5}} {
		if _, err := Generate(context.Background(), c, t.TempDir(), nil); err == nil {
			t.Errorf("%+v: want error", c)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Generate(ctx, Config{Scale: 0.02}, t.TempDir(), nil); err == nil {
		t.Error("cancelled context: want error")
	}
}

func TestSuccessorsRefollow(t *testing.T) {
	s := smallScenario(t)
	follows := map[string]map[string]bool{}
	for _, row := range s.csv[FileFollows][1:] {
		if follows[row[0]] == nil {
			follows[row[0]] = map[string]bool{}
		}
		follows[row[0]][row[1]] = true
	}
	var overlaps []float64
	for _, r := range s.truth.Returns {
		if !IsArmy(s.truth.Roles[r.Suspended]) {
			continue
		}
		a, b := follows[r.Suspended], follows[r.Successor]
		if len(a) < 5 {
			continue
		}
		common := 0
		for x := range a {
			if b[x] {
				common++
			}
		}
		overlaps = append(overlaps, float64(common)/float64(len(a)))
	}
	if len(overlaps) == 0 {
		t.Fatal("no army returns with follows")
	}
	slices.Sort(overlaps)
	if m := overlaps[len(overlaps)/2]; m < 0.6 {
		t.Errorf("median share of the predecessor's follows re-followed by the successor is %.2f; want most", m)
	}
}

func TestSquadNearIdenticalTexts(t *testing.T) {
	s := smallScenario(t)
	squadOf := map[string]int{}
	for i, sq := range s.truth.Squads {
		for _, id := range sq {
			squadOf[id] = i
		}
	}
	type use struct {
		at   time.Time
		text string
	}
	byLink := map[string]map[int][]use{} // expanded URL → squad → originals
	for _, tw := range s.tweets {
		sq, ok := squadOf[tw.User.IDStr]
		if !ok || tw.RetweetedStatus != nil || tw.IsQuoteStatus || tw.InReplyToStatusID != nil {
			continue
		}
		for _, u := range tw.Entities.URLs {
			m := byLink[u.ExpandedURL]
			if m == nil {
				m = map[int][]use{}
				byLink[u.ExpandedURL] = m
			}
			m[sq] = append(m[sq], use{tw.time(t), reTco.ReplaceAllString(tw.body(), "")})
		}
	}
	groups, varied := 0, 0
	for _, m := range byLink {
		for _, us := range m {
			if len(us) < 3 {
				continue
			}
			var ts []time.Time
			texts := map[string]bool{}
			for _, u := range us {
				ts = append(ts, u.at)
				texts[u.text] = true
			}
			if tightest(ts, len(ts)) <= 4*time.Minute {
				groups++
				if len(texts) > 1 {
					varied++
				}
			}
		}
	}
	t.Logf("%d squad link pushes within 4 minutes, %d with varied texts", groups, varied)
	if groups < 5 || varied*10 < groups*8 {
		t.Errorf("%d squad link pushes within 4 minutes, %d with varied texts; want several, mostly varied", groups, varied)
	}
}

var reTco = regexp.MustCompile(`https://t\.co/[A-Za-z0-9]+`)
