package sim

import (
	"context"
	"encoding/hex"
	"math/bits"
	"regexp"
	"slices"
	"strings"
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

func TestThreatsAndDoxxing(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	threats := s.truth.ThreatPosts
	if len(threats) < 10 || len(s.truth.DoxxPosts) == 0 {
		t.Fatalf("%d threats, %d doxx posts", len(threats), len(s.truth.DoxxPosts))
	}
	var arabic, latin, varied int
	for _, id := range threats {
		tw := ix.posts[id]
		if tw == nil {
			continue
		}
		text := tw.body()
		if strings.ContainsAny(text, "ابتثجحخدذرزسشصضطظعغفقكلمنهوي") {
			arabic++
		} else {
			latin++
		}
		if strings.ContainsAny(text, "\u0640\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652٠١٢٣٤٥٦٧٨٩") {
			varied++
		}
		if len(tw.Entities.UserMentions) == 0 && tw.InReplyToUserID == nil {
			t.Errorf("threat %s names nobody: %q", id, text)
		}
	}
	if arabic == 0 || latin == 0 || varied == 0 {
		t.Errorf("threats: %d Arabic, %d Latin, %d with orthographic variation; want all > 0", arabic, latin, varied)
	}
	// Doxxing: a watchlist photo's near-duplicate hash, or private details.
	photos := map[string]bool{}
	for _, row := range s.csv[FileWatchlist][1:] {
		photos[row[3]] = true
	}
	hashOf := map[string]string{}
	for _, row := range s.csv[FileMediaHashes][1:] {
		hashOf[row[0]] = row[1]
	}
	withPhoto := 0
	for _, id := range s.truth.DoxxPosts {
		tw := ix.posts[id]
		if tw == nil {
			t.Fatalf("doxx post %s not in tweets", id)
		}
		for _, m := range tw.Entities.Media {
			h := hashOf[m.MediaURLHTTPS]
			for p := range photos {
				if d := hamming64(h, p); d <= 31 {
					withPhoto++
				}
			}
		}
	}
	if withPhoto == 0 {
		t.Errorf("no doxx post reuses a watchlist photo (near-duplicate hash)")
	}
	threatSet := map[string]bool{}
	for _, id := range threats {
		threatSet[id] = true
	}
	for _, id := range s.truth.HardNegatives.ViolentNewsPosts {
		if threatSet[id] {
			t.Errorf("post %s is both a threat and a hard negative", id)
		}
	}
}

func hamming64(a, b string) int {
	x, err1 := hex.DecodeString(a)
	y, err2 := hex.DecodeString(b)
	if err1 != nil || err2 != nil || len(x) != len(y) {
		return 1 << 20
	}
	n := 0
	for i := range x {
		n += bits.OnesCount8(x[i] ^ y[i])
	}
	return n
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

func TestNewHardNegatives(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	hn := s.truth.HardNegatives
	if len(hn.NewRecruits) == 0 || len(hn.BenignPhotoPosts) == 0 || len(hn.CriticalQuotes) == 0 {
		t.Fatalf("new recruits %d, benign photo posts %d, critical quotes %d: want all > 0",
			len(hn.NewRecruits), len(hn.BenignPhotoPosts), len(hn.CriticalQuotes))
	}
	successors := map[string]bool{}
	for _, r := range s.truth.Returns {
		successors[r.Successor] = true
	}
	for _, id := range hn.NewRecruits {
		if successors[id] || !IsArmy(s.truth.Roles[id]) {
			t.Errorf("new recruit %s: successor %v, role %s", id, successors[id], s.truth.Roles[id])
		}
		if c := ix.created[id]; !c.IsZero() && c.Before(s.truth.Start) {
			t.Errorf("new recruit %s created %v before the window", id, c)
		}
	}
	doxx := map[string]bool{}
	for _, id := range s.truth.DoxxPosts {
		doxx[id] = true
	}
	for _, id := range hn.BenignPhotoPosts {
		tw := ix.posts[id]
		if doxx[id] || tw == nil || len(tw.Entities.Media) == 0 || IsArmy(s.truth.Roles[tw.User.IDStr]) {
			t.Errorf("benign photo post %s: doxx %v, found %v", id, doxx[id], tw != nil)
		}
	}
	releases := map[string]bool{}
	for _, id := range s.truth.Releases {
		releases[id] = true
	}
	for _, id := range hn.CriticalQuotes {
		tw := ix.posts[id]
		if tw == nil || tw.QuotedStatus == nil || !releases[tw.QuotedStatusIDStr] || IsArmy(s.truth.Roles[tw.User.IDStr]) {
			t.Errorf("critical quote %s does not quote a release from outside the army", id)
		}
	}
}

func TestTargetsAndRecycledMedia(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	for _, id := range append(slices.Clone(s.truth.ThreatPosts), s.truth.DoxxPosts...) {
		target, ok := s.truth.Targets[id]
		if !ok {
			t.Fatalf("threat/doxx post %s has no target", id)
		}
		tw := ix.posts[id]
		if tw == nil {
			continue
		}
		named := tw.InReplyToUserID != nil && *tw.InReplyToUserID == target
		for _, m := range tw.Entities.UserMentions {
			named = named || m.IDStr == target
		}
		if !named {
			t.Errorf("post %s targets %s but neither replies to nor mentions it: %q", id, target, tw.body())
		}
	}
	hashOf := map[string]string{}
	for _, row := range s.csv[FileMediaHashes][1:] {
		hashOf[row[0]] = row[1]
	}
	mediaHash := func(id string) string {
		if tw := ix.posts[id]; tw != nil && len(tw.Entities.Media) > 0 {
			return hashOf[tw.Entities.Media[0].MediaURLHTTPS]
		}
		return ""
	}
	if len(s.truth.RecycledMedia) == 0 {
		t.Fatal("no recycled media")
	}
	for _, rm := range s.truth.RecycledMedia {
		a, b := mediaHash(rm.Post), mediaHash(rm.Original)
		if d := hamming64(a, b); d != rm.Distance || d > 31 || d == 0 {
			t.Errorf("recycled %s ← %s: distance %d in files, %d in truth", rm.Post, rm.Original, d, rm.Distance)
		}
		if !ix.postTime[rm.Original].Before(ix.postTime[rm.Post]) {
			t.Errorf("recycled %s is not after its original %s", rm.Post, rm.Original)
		}
	}
}

func TestRenames(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	if len(s.truth.Renames) == 0 {
		t.Fatal("no renames")
	}
	rows := map[string][]string{}
	for _, row := range s.csv[FileStatus][1:] {
		if row[2] == "renamed" {
			rows[row[0]] = row
		}
	}
	succ := map[string]bool{}
	for _, r := range s.truth.Returns {
		succ[r.Successor], succ[r.Suspended] = true, true
	}
	checked := 0
	for _, rn := range s.truth.Renames {
		if row := rows[rn.Account]; row == nil || row[1] != rn.NewHandle || strings.EqualFold(rn.OldHandle, rn.NewHandle) {
			t.Errorf("rename %+v: status row %q", rn, row)
		}
		if succ[rn.Account] {
			t.Errorf("renamed account %s is part of a return", rn.Account)
		}
		for _, tw := range ix.byAuthor[rn.Account] {
			want := rn.NewHandle
			if tw.time(t).Before(rn.At.Truncate(time.Second)) {
				want = rn.OldHandle
			}
			if tw.User.ScreenName != want {
				t.Errorf("post %s by renamed %s at %v shows @%s, want @%s", tw.IDStr, rn.Account, tw.time(t), tw.User.ScreenName, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Error("no posts by renamed accounts")
	}
}

func TestOrganicCopies(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	hn := s.truth.HardNegatives
	if len(hn.GreetingPosts) < 20 || len(hn.SharedLinks) == 0 {
		t.Fatalf("%d greeting posts, %d shared links", len(hn.GreetingPosts), len(hn.SharedLinks))
	}
	for _, id := range hn.GreetingPosts {
		if tw := ix.posts[id]; tw == nil || IsArmy(s.truth.Roles[tw.User.IDStr]) {
			t.Errorf("greeting %s missing or by the army", id)
		}
	}
	sharers := map[string]map[string]bool{}
	for _, tw := range s.tweets {
		for _, u := range tw.Entities.URLs {
			if slices.Contains(hn.SharedLinks, u.ExpandedURL) && tw.RetweetedStatus == nil {
				if sharers[u.ExpandedURL] == nil {
					sharers[u.ExpandedURL] = map[string]bool{}
				}
				sharers[u.ExpandedURL][tw.User.IDStr] = true
				if IsArmy(s.truth.Roles[tw.User.IDStr]) {
					t.Errorf("shared link %s posted by army account %s", u.ExpandedURL, tw.User.IDStr)
				}
			}
		}
	}
	for _, u := range hn.SharedLinks {
		if len(sharers[u]) < 10 {
			t.Errorf("shared link %s posted by only %d accounts", u, len(sharers[u]))
		}
	}
}
