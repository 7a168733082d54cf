package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
)

// coordinationStore writes a squad of six accounts that retweet eight
// releases within seconds, organic accounts (about 40 per release, so the
// squad is a minority of each release's audience, as in real data) that
// retweet them over hours, and chatter, into a real SQLite store.
func coordinationStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "c.db")
	r := rand.New(rand.NewPCG(4, 4))
	t0 := time.Date(2025, 3, 3, 0, 0, 0, 0, time.UTC)
	var posts []marsad.Post
	n := 0
	add := func(p marsad.Post) {
		n++
		p.Platform, p.ID = "twitter", fmt.Sprintf("%d", 1000+n)
		if p.Kind == "" {
			p.Kind = marsad.PostOriginal
		}
		posts = append(posts, p)
	}
	var accounts []marsad.Account
	for i := 0; i < 6; i++ {
		accounts = append(accounts, marsad.Account{Platform: "twitter", ID: fmt.Sprintf("9%d", i), Handle: fmt.Sprintf("sq%d", i)})
	}
	for rel := 0; rel < 8; rel++ {
		at := t0.Add(time.Duration(rel) * 6 * time.Hour)
		add(marsad.Post{AccountID: "1", CreatedAt: at, Text: fmt.Sprintf("release number %d of the office", rel)})
		orig := posts[len(posts)-1].ID
		trigger := at.Add(time.Duration(60+r.IntN(600)) * time.Second)
		for i := 0; i < 6; i++ {
			add(marsad.Post{AccountID: fmt.Sprintf("9%d", i), CreatedAt: trigger.Add(time.Duration(r.IntN(12)) * time.Second),
				Kind: marsad.PostRepost, RepostOfPostID: orig})
		}
		for o := 0; o < 60; o++ {
			if r.IntN(3) != 0 {
				add(marsad.Post{AccountID: fmt.Sprintf("5%d", o), CreatedAt: at.Add(time.Duration(r.ExpFloat64()*7200) * time.Second),
					Kind: marsad.PostRepost, RepostOfPostID: orig})
			}
		}
	}
	for i := 0; i < 300; i++ {
		add(marsad.Post{AccountID: fmt.Sprintf("5%d", r.IntN(60)), CreatedAt: t0.Add(time.Duration(r.IntN(48*3600)) * time.Second),
			Text: fmt.Sprintf("ordinary chatter about the weather and football number %d", i)})
	}
	seedStore(t, db, "test", seed{Accounts: accounts, Posts: posts})
	return db
}

func runCoordCLI(t *testing.T, db string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := NewApp(&out, &errOut)
	root := NewRoot(app)
	root.SetArgs(append([]string{"--db", db, "--quiet", "analyze", "coordination"}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func TestAnalyzeCoordinationCLI(t *testing.T) {
	db := coordinationStore(t)

	out, err := runCoordCLI(t, db, "--format", "json")
	if err != nil {
		t.Fatalf("json: %v", err)
	}
	var res struct {
		Groups []struct {
			Members    []string `json:"members"`
			Score      float64  `json:"score"`
			Behaviours []string `json:"behaviours"`
			Evidence   []struct {
				Reason string   `json:"reason"`
				Posts  []string `json:"posts"`
			} `json:"evidence"`
		} `json:"groups"`
		Edges []struct {
			A, B      string
			Weight    int
			Behaviour string
		} `json:"edges"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(res.Groups) != 1 || strings.Join(res.Groups[0].Members, ",") != "90,91,92,93,94,95" {
		t.Fatalf("groups = %+v, want one group of the six squad accounts", res.Groups)
	}
	if res.Groups[0].Score <= 0 || res.Groups[0].Score > 1 || len(res.Groups[0].Evidence) == 0 || len(res.Groups[0].Evidence[0].Posts) < 2 {
		t.Fatalf("group score or evidence missing: %+v", res.Groups[0])
	}
	if len(res.Edges) != 15 {
		t.Fatalf("%d edges, want the 15 squad pairs", len(res.Edges))
	}

	// The run was saved.
	st, err := openStore(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	run, err := st.LatestRun(context.Background(), "coordination")
	st.Close()
	if err != nil || !bytes.Contains(run.Result, []byte(`"members"`)) {
		t.Fatalf("run not saved: %v", err)
	}

	// Explain: eight co-retweets of sq0 and sq1, each within seconds.
	out, err = runCoordCLI(t, db, "--explain", "@sq0", "91", "--format", "json")
	if err != nil {
		t.Fatalf("explain: %v", err)
	}
	var ex struct {
		CoActions []struct {
			Behaviour string  `json:"behaviour"`
			PostA     string  `json:"post_a"`
			Seconds   float64 `json:"seconds_apart"`
		} `json:"co_actions"`
	}
	if err := json.Unmarshal([]byte(out), &ex); err != nil || len(ex.CoActions) != 8 {
		t.Fatalf("explain: %v, %d co-actions, want 8\n%s", err, len(ex.CoActions), out)
	}
	for _, c := range ex.CoActions {
		if c.Behaviour != "co-retweet" || c.Seconds > 12 || c.Seconds < -12 {
			t.Fatalf("explain row %+v", c)
		}
	}

	// Toolkit mode: directed edges both ways between every squad pair (and none else
	// among the squad's 6·5 ordered pairs missing).
	out, err = runCoordCLI(t, db, "--cnt-compatible", "--behaviour", "co_retweet", "--format", "csv", "--no-save")
	if err != nil {
		t.Fatalf("cnt: %v", err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "source,target,weight,edge_type" {
		t.Fatalf("cnt csv header %q", lines[0])
	}
	squadPairs := 0
	for _, l := range lines[1:] {
		f := strings.Split(l, ",")
		if strings.HasPrefix(f[0], "9") && strings.HasPrefix(f[1], "9") {
			squadPairs++
			if f[2] != "8" {
				t.Errorf("squad edge %s weight %s, want 8", l, f[2])
			}
		}
	}
	if squadPairs != 30 {
		t.Errorf("%d directed squad edges, want 30", squadPairs)
	}

	// GEXF parses as XML.
	out, err = runCoordCLI(t, db, "--format", "gexf", "--no-save")
	if err != nil {
		t.Fatal(err)
	}
	var g struct {
		Nodes []struct {
			ID string `xml:"id,attr"`
		} `xml:"graph>nodes>node"`
	}
	if err := xml.Unmarshal([]byte(out), &g); err != nil || len(g.Nodes) != 6 {
		t.Fatalf("gexf: %v, %d nodes", err, len(g.Nodes))
	}

	// Table names the group.
	if out, err = runCoordCLI(t, db, "--no-save"); err != nil || !strings.Contains(out, "@sq3") {
		t.Fatalf("table: %v\n%s", err, out)
	}
	// Bad input is a usage error.
	for _, args := range [][]string{{"--window", "soon"}, {"--behaviour", "co-dance"}, {"--explain", "90"}, {"--format", "pdf"}} {
		if _, err := runCoordCLI(t, db, args...); ExitCode(err) != ExitUsage {
			t.Errorf("%v: exit %d (%v), want %d", args, ExitCode(err), err, ExitUsage)
		}
	}
	if _, err := runCoordCLI(t, db, "--explain", "90", "nobody"); ExitCode(err) != ExitNotFound {
		t.Errorf("unknown account: exit %d (%v)", ExitCode(err), err)
	}
}
