package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// seedReturnsStore writes a suspended account, its successor (announced by
// a peer) and an unrelated account into a real SQLite store.
func seedReturnsStore(t *testing.T, db string) {
	t.Helper()
	t0 := time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)
	acc := func(id, h, name string, created time.Time) marsad.Account {
		return marsad.Account{Platform: "twitter", ID: id, Handle: h, DisplayName: name, CreatedAt: created,
			Followers: -1, Following: -1, PostCount: -1, ObservedAt: created}
	}
	accounts := []marsad.Account{
		acc("1", "nasr_media", "نصر ميديا", t0),
		acc("2", "nasr_media_2", "نصر ميديا ٢", t0.Add(3*24*time.Hour+4*time.Hour)),
		acc("3", "someone", "Someone", t0),
	}
	var posts []marsad.Post
	for i := 0; i < 6; i++ {
		id, day := "1", i
		if i >= 3 {
			id = "2"
			day = i + 1
		}
		posts = append(posts, marsad.Post{Platform: "twitter", ID: fmt.Sprint(10 + i), AccountID: id, Kind: marsad.PostOriginal,
			CreatedAt: t0.Add(time.Duration(day)*24*time.Hour + 20*time.Hour), Text: "انشروا الإصدار يا أنصار الخلافة"})
	}
	posts = append(posts, marsad.Post{Platform: "twitter", ID: "99", AccountID: "3", Kind: marsad.PostOriginal,
		CreatedAt: t0.Add(4 * 24 * time.Hour), Text: "حساب @nasr_media انحذف، حسابه البديل @nasr_media_2",
		Mentions: []marsad.Mention{{AccountID: "1", Handle: "nasr_media"}, {AccountID: "2", Handle: "nasr_media_2"}}})
	seedStore(t, db, "returns", seed{Accounts: accounts, Posts: posts, Status: []marsad.StatusChange{{Platform: "twitter", AccountID: "1",
		Handle: "nasr_media", Status: marsad.StatusSuspended, ObservedAt: t0.Add(3 * 24 * time.Hour)}}})
}

func TestAnalyzeReturnsCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "r.db")
	seedReturnsStore(t, db)

	out, err := runCLI(t, db, "analyze", "returns", "--format", "json")
	if err != nil {
		t.Fatalf("analyze returns: %v\n%s", err, out)
	}
	var res struct {
		Links []struct {
			Suspended, Successor string
			Score                float64
			Evidence             []marsad.Evidence
		} `json:"links"`
		Families []struct {
			Members []string `json:"members"`
		} `json:"families"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(res.Links) != 1 || res.Links[0].Suspended != "1" || res.Links[0].Successor != "2" {
		t.Fatalf("links %+v, want 1 → 2", res.Links)
	}
	shout := false
	for _, e := range res.Links[0].Evidence {
		if strings.Contains(strings.Join(e.Posts, ","), "99") {
			shout = true
		}
	}
	if !shout {
		t.Errorf("the peer's shout-out post 99 should be cited: %+v", res.Links[0].Evidence)
	}
	if len(res.Families) != 1 || strings.Join(res.Families[0].Members, ",") != "1,2" {
		t.Errorf("families %+v, want [1 2]", res.Families)
	}

	// The run was persisted with the families for other analyses.
	s, err := openStore(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	run, err := s.LatestRun(context.Background(), "returns")
	s.Close()
	if err != nil || !strings.Contains(string(run.Result), `"families"`) {
		t.Fatalf("latest returns run: %v %s", err, run.Result)
	}

	table, err := runCLI(t, db, "analyze", "returns", "--no-save")
	if err != nil || !strings.Contains(table, "@nasr_media_2") {
		t.Fatalf("table: %v\n%s", err, table)
	}
	ex, err := runCLI(t, db, "analyze", "returns", "--explain", "@nasr_media")
	if err != nil || !strings.Contains(ex, "handle_sim") || !strings.Contains(ex, "@nasr_media_2") {
		t.Fatalf("explain: %v\n%s", err, ex)
	}
	if _, err := runCLI(t, db, "analyze", "returns", "--explain", "@nobody"); ExitCode(err) != ExitNotFound {
		t.Errorf("explain unknown: exit %d (%v), want %d", ExitCode(err), err, ExitNotFound)
	}
	if _, err := runCLI(t, db, "analyze", "returns", "--max-gap", "soon"); ExitCode(err) != ExitUsage {
		t.Errorf("bad --max-gap: exit %d (%v), want %d", ExitCode(err), err, ExitUsage)
	}
}
