package sim

import (
	"encoding/hex"
	"math/bits"
	"slices"
	"strings"
	"testing"
	"time"
)

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
