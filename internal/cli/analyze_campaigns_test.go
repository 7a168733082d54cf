package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// seedTargetingStore writes into a real SQLite store: a watchlisted activist
// (T) with a trickle of friendly replies, a call to report her, a pile-on of
// ten accounts, her suspension, and a threat against her.
func seedTargetingStore(t *testing.T, db string) { seedTargeting(t, db, true) }

// seedTargeting is seedTargetingStore, with or without the call to action.
func seedTargeting(t *testing.T, db string, withCall bool) {
	t.Helper()
	t0 := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	mention := []marsad.Mention{{AccountID: "T", Handle: "activist"}}
	var posts []marsad.Post
	add := func(id, author string, at time.Duration, kind marsad.PostKind, text string) {
		posts = append(posts, marsad.Post{Platform: "twitter", ID: id, AccountID: author, CreatedAt: t0.Add(at), Kind: kind,
			Text: text, ReplyToAccountID: "T", Mentions: mention})
	}
	for d := 0; d < 10; d++ {
		add(fmt.Sprint("f", d), fmt.Sprint("friend", d%3), time.Duration(d)*24*time.Hour, marsad.PostReply, "@activist well said")
	}
	if withCall {
		add("call", "O", 5*24*time.Hour, marsad.PostOriginal, "يا أنصار بلّغوا عن @activist فوراً")
	}
	for i := 0; i < 10; i++ {
		add(fmt.Sprint("p", i), fmt.Sprint("army", i), 5*24*time.Hour+time.Duration(5+i*7)*time.Minute, marsad.PostReply, "@activist يا عميل")
	}
	add("threat", "army1", 6*24*time.Hour, marsad.PostReply, "@activist سنقتلك يا مرتد")
	seedStore(t, db, "targeting", seed{
		Posts: posts,
		Status: []marsad.StatusChange{{Platform: "twitter", AccountID: "T", Handle: "activist",
			Status: marsad.StatusSuspended, ObservedAt: t0.Add(7 * 24 * time.Hour)}},
		Watchlist: []marsad.WatchlistEntry{{Platform: "twitter", AccountID: "T", Handle: "activist"}},
	})
}

func TestAnalyzeCampaignsCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	seedTargetingStore(t, db)
	out, err := runCLI(t, db, "analyze", "campaigns", "--format", "json")
	if err != nil {
		t.Fatalf("analyze campaigns: %v\n%s", err, out)
	}
	var res struct {
		Campaigns []struct {
			Target       string            `json:"target"`
			CallPosts    []string          `json:"call_posts"`
			Participants []string          `json:"participants"`
			Start        time.Time         `json:"start"`
			End          time.Time         `json:"end"`
			Score        float64           `json:"score"`
			Evidence     []marsad.Evidence `json:"evidence"`
			Suspended    *time.Time        `json:"target_suspended_at"`
		} `json:"campaigns"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not the JSON contract: %v\n%s", err, out)
	}
	if len(res.Campaigns) != 1 {
		t.Fatalf("campaigns = %d, want 1:\n%s", len(res.Campaigns), out)
	}
	c := res.Campaigns[0]
	if c.Target != "T" || len(c.CallPosts) != 1 || c.CallPosts[0] != "call" || len(c.Participants) < 10 || c.Suspended == nil || len(c.Evidence) == 0 {
		t.Errorf("campaign = %+v", c)
	}

	// The alert view adds the threat against the watchlisted activist.
	out, err = runCLI(t, db, "analyze", "campaigns", "--watchlist-only", "--format", "json", "--no-save")
	if err != nil {
		t.Fatalf("analyze campaigns --watchlist-only: %v\n%s", err, out)
	}
	var alerts struct {
		Campaigns []json.RawMessage `json:"campaigns"`
		Threats   []struct {
			ID, Kind, Target string
		} `json:"threats"`
	}
	if err := json.Unmarshal([]byte(out), &alerts); err != nil {
		t.Fatal(err)
	}
	if len(alerts.Campaigns) != 1 || len(alerts.Threats) != 1 || alerts.Threats[0].ID != "threat" {
		t.Errorf("alerts = %s", out)
	}
}

func TestAnalyzeThreatsCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	seedTargetingStore(t, db)
	out, err := runCLI(t, db, "analyze", "threats", "--format", "json")
	if err != nil {
		t.Fatalf("analyze threats: %v\n%s", err, out)
	}
	var res struct {
		Posts []struct {
			ID     string  `json:"id"`
			Score  float64 `json:"score"`
			Kind   string  `json:"kind"`
			Target string  `json:"target"`
		} `json:"posts"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not the JSON contract: %v\n%s", err, out)
	}
	if len(res.Posts) != 1 || res.Posts[0].ID != "threat" || res.Posts[0].Kind != "threat" || res.Posts[0].Target != "T" {
		t.Errorf("posts = %+v, want only the threat against T", res.Posts)
	}
	if _, err := runCLI(t, db, "analyze", "threats", "--format", "gexf"); marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("--format gexf: err = %v, want EINVALID", err)
	}
}

// Without a visible call, a pile-on is a campaign only when the latest
// coordination run puts its participants in one group.
func TestAnalyzeCampaignsUsesCoordinationRun(t *testing.T) {
	db := filepath.Join(t.TempDir(), "k.db")
	seedTargeting(t, db, false)
	count := func() int {
		out, err := runCLI(t, db, "analyze", "campaigns", "--format", "json", "--no-save")
		if err != nil {
			t.Fatalf("analyze campaigns: %v\n%s", err, out)
		}
		var res struct {
			Campaigns []json.RawMessage `json:"campaigns"`
		}
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatal(err)
		}
		return len(res.Campaigns)
	}
	if n := count(); n != 0 {
		t.Fatalf("no call and no coordination: %d campaigns, want 0", n)
	}
	ctx := context.Background()
	s, err := openStore(ctx, db, nil)
	if err != nil {
		t.Fatal(err)
	}
	var members []string
	for i := 0; i < 10; i++ {
		members = append(members, fmt.Sprint("army", i))
	}
	body, _ := json.Marshal(map[string]any{"groups": []map[string]any{{"members": members, "score": 0.9}}})
	if err := s.SaveRun(ctx, &marsad.Run{Analysis: "coordination", StartedAt: time.Now(), Result: body}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if n := count(); n != 1 {
		t.Errorf("with a coordination group: %d campaigns, want 1", n)
	}
}

func TestAnalyzeCampaignsRejectsMeaninglessFlags(t *testing.T) {
	db := filepath.Join(t.TempDir(), "c.db")
	seedTargetingStore(t, db)
	for _, args := range [][]string{{"--alpha", "5"}, {"--alpha", "0"}, {"--lookback", "-1h"}, {"--min-events", "0"}, {"--min-participants", "-2"}} {
		_, err := runCLI(t, db, append([]string{"analyze", "campaigns", "--no-save"}, args...)...)
		if ExitCode(err) != ExitUsage {
			t.Errorf("%v: exit %d (%v), want %d", args, ExitCode(err), err, ExitUsage)
		}
	}
	if out, err := runCLI(t, db, "analyze", "campaigns", "--no-save", "--lookback", "2d"); err != nil {
		t.Errorf("--lookback 2d: %v\n%s", err, out)
	}
}
