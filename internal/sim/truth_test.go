package sim

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// index is what the output files say, independent of the simulator's state.
type index struct {
	posts      map[string]*tTweet // tweet-v1 posts, including embedded originals
	postTime   map[string]time.Time
	v2posts    map[string]tV2Tweet
	accounts   map[string]string    // id → screen name seen anywhere
	created    map[string]time.Time // account id → user.created_at
	byAuthor   map[string][]*tTweet // top-level tweets per author
	suspended  map[string]time.Time // status.csv
	lastPostAt map[string]time.Time
}

func buildIndex(t *testing.T, s *scenario) *index {
	ix := &index{posts: map[string]*tTweet{}, postTime: map[string]time.Time{}, v2posts: map[string]tV2Tweet{},
		accounts: map[string]string{}, created: map[string]time.Time{}, byAuthor: map[string][]*tTweet{},
		suspended: map[string]time.Time{}, lastPostAt: map[string]time.Time{}}
	var add func(tw *tTweet, top bool)
	add = func(tw *tTweet, top bool) {
		ix.posts[tw.IDStr] = tw
		ix.postTime[tw.IDStr] = tw.time(t)
		ix.accounts[tw.User.IDStr] = tw.User.ScreenName
		c, _ := time.Parse(time.RubyDate, tw.User.CreatedAt)
		ix.created[tw.User.IDStr] = c
		for _, m := range tw.Entities.UserMentions {
			ix.accounts[m.IDStr] = m.ScreenName
		}
		if top {
			ix.byAuthor[tw.User.IDStr] = append(ix.byAuthor[tw.User.IDStr], tw)
		}
		if tw.RetweetedStatus != nil {
			add(tw.RetweetedStatus, false)
		}
		if tw.QuotedStatus != nil {
			add(tw.QuotedStatus, false)
		}
	}
	for _, tw := range s.tweets {
		add(tw, true)
	}
	for _, p := range s.pages {
		for _, u := range p.Includes.Users {
			ix.accounts[u.ID] = u.Username
		}
		for _, e := range p.Errors {
			ix.accounts[e.Value] = ""
		}
		if p.Meta != nil {
			var data []tV2Tweet
			if err := jsonUnmarshal(p.Data, &data); err != nil {
				t.Fatal(err)
			}
			for _, tw := range data {
				ix.v2posts[tw.ID] = tw
				at, _ := time.Parse(time.RFC3339, tw.CreatedAt)
				ix.postTime[tw.ID] = at
			}
		}
	}
	for _, row := range s.csv[FileStatus][1:] {
		if row[2] == "suspended" {
			at, _ := time.Parse(time.RFC3339, row[3])
			ix.suspended[row[0]] = at
		}
	}
	for _, row := range s.csv[FileFollows][1:] {
		if _, ok := ix.accounts[row[0]]; !ok {
			ix.accounts[row[0]] = ""
		}
	}
	return ix
}

func (ix *index) hasPost(id string) bool {
	_, ok := ix.postTime[id]
	return ok
}

func TestTruthIDsExist(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	tr := s.truth
	acc := func(what, id string) {
		t.Helper()
		if _, ok := ix.accounts[id]; !ok {
			t.Errorf("%s: account %s is in truth.json but in no output file", what, id)
		}
	}
	post := func(what, id string) {
		t.Helper()
		if !ix.hasPost(id) {
			t.Errorf("%s: post %s is in truth.json but in no output file", what, id)
		}
	}
	for id := range tr.Roles {
		if _, ok := ix.accounts[id]; !ok && !slices.Contains(tr.HardNegatives.LookalikeAccounts, id) {
			// An account may legitimately never post; it must then still be in follows.csv.
			t.Errorf("role: account %s appears nowhere", id)
		}
	}
	for _, sq := range tr.Squads {
		for _, id := range sq {
			acc("squad", id)
		}
	}
	for _, h := range tr.Hubs {
		acc("hub leader", h.Leader)
		for _, id := range h.Members {
			acc("hub member", id)
		}
	}
	for _, r := range tr.Returns {
		acc("return", r.Suspended)
		acc("return", r.Successor)
		for _, id := range r.AnnouncedByPosts {
			post("announcement", id)
		}
	}
	for _, c := range tr.Campaigns {
		acc("campaign target", c.Target)
		for _, id := range c.CallPosts {
			post("call", id)
		}
		for _, id := range c.Posts {
			post("pile-on", id)
		}
		for _, id := range c.Participants {
			acc("participant", id)
		}
	}
	for _, id := range append(append(slices.Clone(tr.ThreatPosts), tr.DoxxPosts...), tr.Releases...) {
		post("threat/doxx/release", id)
	}
	if len(tr.CallPosts) <= len(tr.Campaigns) {
		t.Errorf("%d call posts for %d campaigns: want the campaigns' calls and minor calls", len(tr.CallPosts), len(tr.Campaigns))
	}
	for _, id := range tr.CallPosts {
		post("call", id)
		if tw := ix.posts[id]; tw != nil && len(tw.Entities.UserMentions) == 0 {
			t.Errorf("call %s names no account: %q", id, tw.body())
		}
	}
	hn := tr.HardNegatives
	for _, id := range append(slices.Clone(hn.ViralPosts), hn.ViolentNewsPosts...) {
		post("hard negative", id)
	}
	for _, th := range hn.OrganicThreads {
		post("thread root", th.Root)
		for _, id := range th.Posts {
			post("thread", id)
		}
	}
	cc := tr.CounterCampaign
	if cc.Hashtag == "" || len(cc.Posts) == 0 || len(cc.Accounts) == 0 || cc.Reposts == 0 || cc.PotentialImpressions == 0 || len(cc.ReactionPosts) == 0 {
		t.Fatalf("counter-campaign truth incomplete: %+v", cc)
	}
	for _, id := range append(slices.Clone(cc.Posts), cc.ReactionPosts...) {
		post("counter-campaign", id)
	}
	for _, id := range cc.Posts {
		var text string
		if tw, ok := ix.posts[id]; ok {
			text = tw.body()
		} else {
			text = ix.v2posts[id].Text
		}
		if !strings.Contains(text, "#"+cc.Hashtag) {
			t.Errorf("counter-campaign post %s lacks #%s: %q", id, cc.Hashtag, text)
		}
	}
}

func TestSuspensionsAndReturns(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	tr := s.truth
	if len(tr.Returns) == 0 || len(ix.suspended) == 0 {
		t.Fatal("no returns or no suspensions")
	}
	for _, sus := range tr.Suspensions {
		at, ok := ix.suspended[sus.Account]
		if !ok || !at.Equal(sus.SuspendedAt.Truncate(time.Second)) {
			t.Errorf("suspension of %s at %v not in status.csv (%v)", sus.Account, sus.SuspendedAt, at)
		}
		for _, tw := range ix.byAuthor[sus.Account] {
			if !tw.time(t).Before(at) {
				t.Errorf("suspended account %s posted %s at %v, after its suspension at %v", sus.Account, tw.IDStr, tw.time(t), at)
			}
		}
	}
	chains := 0
	succ := map[string]bool{}
	for _, r := range tr.Returns {
		succ[r.Successor] = true
		at := ix.suspended[r.Suspended]
		if !r.CreatedAt.After(r.SuspendedAt) {
			t.Errorf("successor %s created %v, not after %s's suspension %v", r.Successor, r.CreatedAt, r.Suspended, r.SuspendedAt)
		}
		if c, ok := ix.created[r.Successor]; ok && !c.After(at) {
			t.Errorf("successor %s: user.created_at %v not after suspension %v", r.Successor, c, at)
		}
		for _, tw := range ix.byAuthor[r.Successor] {
			if tw.time(t).Before(r.CreatedAt.Truncate(time.Second)) {
				t.Errorf("successor %s posted before it was created", r.Successor)
			}
		}
		if tr.Successor(r.Successor) != "" {
			chains++
		}
		if ix.accounts[r.Suspended] != "" && strings.EqualFold(ix.accounts[r.Suspended], ix.accounts[r.Successor]) {
			t.Errorf("successor %s has the same handle as %s", r.Successor, r.Suspended)
		}
	}
	for _, id := range tr.HardNegatives.LookalikeAccounts {
		if succ[id] || tr.Roles[id] != RoleOrdinary {
			t.Errorf("look-alike %s is a successor or not ordinary (%s)", id, tr.Roles[id])
		}
	}
	t.Logf("%d suspensions, %d returns, %d chain links, %d look-alikes", len(tr.Suspensions), len(tr.Returns), chains, len(tr.HardNegatives.LookalikeAccounts))
}

func TestCampaignOrder(t *testing.T) {
	s := smallScenario(t)
	ix := buildIndex(t, s)
	if len(s.truth.Campaigns) == 0 {
		t.Fatal("no campaigns")
	}
	for _, c := range s.truth.Campaigns {
		if len(c.CallPosts) == 0 || len(c.Posts) == 0 || len(c.Participants) == 0 {
			t.Fatalf("campaign against %s is empty: %+v", c.Target, c)
		}
		first := ix.postTime[c.CallPosts[0]]
		for _, id := range c.CallPosts {
			first = minTime(first, ix.postTime[id])
		}
		handle := ix.accounts[c.Target]
		for _, id := range c.Posts {
			if !ix.postTime[id].After(first) {
				t.Errorf("campaign against %s: pile-on post %s at %v is not after the first call %v", c.Target, id, ix.postTime[id], first)
			}
			tw := ix.posts[id]
			if tw == nil {
				continue
			}
			named := false
			for _, m := range tw.Entities.UserMentions {
				named = named || m.IDStr == c.Target
			}
			if tw.InReplyToUserID != nil && *tw.InReplyToUserID == c.Target {
				named = true
			}
			if !named {
				t.Errorf("campaign against %s (@%s): post %s neither replies to nor mentions the target: %q", c.Target, handle, id, tw.body())
			}
		}
		if c.TargetSuspendedAt != nil && !c.TargetSuspendedAt.After(c.Start) {
			t.Errorf("campaign against %s: target suspended before the campaign", c.Target)
		}
	}
}

func minTime(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("generates three scenarios")
	}
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	cfg := Config{Seed: 7, Scale: 0.02}
	for _, d := range []string{a, b} {
		if _, err := Generate(context.Background(), cfg, d, nil); err != nil {
			t.Fatal(err)
		}
	}
	cfg.Seed = 8
	if _, err := Generate(context.Background(), cfg, c, nil); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{FileTweets, FileTwarc2, FileFollows, FileStatus, FileWatchlist, FileMediaHashes, FileTruth} {
		x, _ := os.ReadFile(filepath.Join(a, name))
		y, _ := os.ReadFile(filepath.Join(b, name))
		z, _ := os.ReadFile(filepath.Join(c, name))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs with the same seed", name)
		}
		if bytes.Equal(x, z) {
			t.Errorf("%s is the same for seeds 7 and 8", name)
		}
	}
	// Different seeds give different casts, not just different timings.
	ta, _ := LoadTruth(filepath.Join(a, FileTruth))
	tc, _ := LoadTruth(filepath.Join(c, FileTruth))
	ha, hc := handlesOf(t, a), handlesOf(t, c)
	same := 0
	for h := range ha {
		if hc[h] {
			same++
		}
	}
	if same*5 > len(ha) {
		t.Errorf("seeds 7 and 8 share %d of %d handles", same, len(ha))
	}
	if len(ta.Roles) == 0 || len(tc.Roles) == 0 {
		t.Fatal("empty truth")
	}
}

func handlesOf(t *testing.T, dir string) map[string]bool {
	b, err := os.ReadFile(filepath.Join(dir, FileStatus))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n")[1:] {
		if f := strings.Split(l, ","); len(f) > 1 {
			out[strings.ToLower(f[1])] = true
		}
	}
	return out
}

func TestLoadTruthErrors(t *testing.T) {
	if _, err := LoadTruth(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("missing file: want error")
	}
	p := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(p, []byte(`{"roles": [`), 0o644)
	if _, err := LoadTruth(p); err == nil || !strings.Contains(err.Error(), "bad.json") {
		t.Errorf("bad JSON: want an error naming the file, got %v", err)
	}
}

func TestControlScenario(t *testing.T) {
	dir := t.TempDir()
	s, err := generateAndRead(t, dir, Config{Seed: 9, Scale: 0.03, Control: true})
	if err != nil {
		t.Fatal(err)
	}
	tr := s.truth
	for id, role := range tr.Roles {
		if IsArmy(role) {
			t.Fatalf("control scenario has army account %s (%s)", id, role)
		}
	}
	if len(tr.Squads)+len(tr.Campaigns)+len(tr.Returns)+len(tr.Releases)+len(tr.CallPosts)+len(tr.DoxxPosts) != 0 {
		t.Errorf("control scenario has army activity: %d squads, %d campaigns, %d returns, %d releases, %d calls, %d doxx",
			len(tr.Squads), len(tr.Campaigns), len(tr.Returns), len(tr.Releases), len(tr.CallPosts), len(tr.DoxxPosts))
	}
	hn := tr.HardNegatives
	if len(s.tweets) < 1000 || len(hn.ViralPosts) == 0 || len(hn.OrganicThreads) == 0 || len(hn.GreetingPosts) == 0 ||
		len(tr.CounterCampaign.Posts) == 0 || len(tr.Hubs) == 0 {
		t.Errorf("control scenario lacks the ordinary world: %d tweets, truth %+v", len(s.tweets), hn)
	}
	for _, tw := range s.tweets {
		checkTweet(t, tw, 0)
	}
}
