package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
)

// runCLI runs the marsad command line on args against the SQLite file db and
// returns stdout and the error.
func runCLI(t *testing.T, db string, args ...string) (string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := NewApp(&out, &errOut)
	root := NewRoot(app)
	root.SetArgs(append([]string{"--db", db, "--quiet"}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func TestStatsJSONContract(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	// Two posts (a post and a quote with one media item) and one account.
	s, err := openStore(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	im, err := s.BeginImport(ctx, &marsad.Source{Path: "x", SHA256: "x", Format: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := im.PutAccounts(ctx, []marsad.Account{{Platform: "twitter", ID: "1", Handle: "a"}}); err != nil {
		t.Fatal(err)
	}
	if _, err := im.PutPosts(ctx, []marsad.Post{
		{Platform: "twitter", ID: "1", AccountID: "1", Kind: marsad.PostOriginal},
		{Platform: "twitter", ID: "2", AccountID: "1", Kind: marsad.PostQuote, Media: []marsad.Media{{URL: "u"}}},
	}); err != nil {
		t.Fatal(err)
	}
	if err := im.Commit(ctx, marsad.ImportCounts{}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	out, err := runCLI(t, db, "stats", "--format", "json")
	if err != nil {
		t.Fatalf("stats: %v", err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(out)); err != nil {
		t.Fatalf("stats output is not JSON: %v\n%s", err, out)
	}
	want := `{"accounts":1,"posts":2,"posts_by_kind":{"post":1,"repost":0,"reply":0,"quote":1},"follows":0,"status_changes":0,"media":1,"sources":1,"rejects":0}`
	if compact.String() != want {
		t.Fatalf("stats json\n got  %s\n want %s", compact.String(), want)
	}
	table, err := runCLI(t, db, "stats")
	if err != nil || !strings.Contains(table, "quotes") || !strings.Contains(table, "accounts") {
		t.Fatalf("stats table: %v\n%s", err, table)
	}
	if _, err := runCLI(t, db, "stats", "--format", "xml"); ExitCode(err) != ExitUsage {
		t.Fatalf("stats --format xml: exit %d (%v), want %d", ExitCode(err), err, ExitUsage)
	}
}

func TestWatchlistCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	if _, err := runCLI(t, db, "watchlist", "add", "--handle", "@Sara_X", "--name", "سارة أحمد"); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, db, "watchlist", "add", "--id", "123", "--name", "Jane Q. Doe", "--photo-hash", "0123456789ABCDEF"); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, db, "watchlist", "add", "--name", "x"); ExitCode(err) != ExitUsage {
		t.Fatalf("add without id or handle: exit %d, want %d", ExitCode(err), ExitUsage)
	}
	if _, err := runCLI(t, db, "watchlist", "add", "--id", "9", "--photo-hash", "zz"); ExitCode(err) != ExitUsage {
		t.Fatalf("add with a bad hash: exit %d, want %d", ExitCode(err), ExitUsage)
	}
	out, err := runCLI(t, db, "watchlist", "list", "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var got []watchlistJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("list json: %v\n%s", err, out)
	}
	if len(got) != 2 || got[0].Handle != "Sara_X" || got[0].Name != "س. أ." || got[1].Name != "J. Q. D." || got[1].PhotoHash != "0123456789abcdef" {
		t.Fatalf("masked list = %+v", got)
	}
	for _, secret := range []string{"سارة", "Jane", "Doe"} {
		if strings.Contains(out, secret) {
			t.Fatalf("list without --show-names shows %q:\n%s", secret, out)
		}
	}
	table, _ := runCLI(t, db, "watchlist", "list")
	if strings.Contains(table, "Jane") || !strings.Contains(table, "J. Q. D.") {
		t.Fatalf("table list:\n%s", table)
	}
	out, _ = runCLI(t, db, "watchlist", "list", "--format", "json", "--show-names")
	if !strings.Contains(out, "Jane Q. Doe") {
		t.Fatalf("--show-names hides the name:\n%s", out)
	}
	if _, err := runCLI(t, db, "watchlist", "remove", "sara_x", "123"); err != nil {
		t.Fatal(err)
	}
	if _, err := runCLI(t, db, "watchlist", "remove", "sara_x"); ExitCode(err) != ExitNotFound {
		t.Fatalf("remove twice: exit %d, want %d", ExitCode(err), ExitNotFound)
	}
}

func TestMaskName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"Jane Q. Doe", "J. Q. D."},
		{"سارة أحمد", "س. أ."},
		{"  madonna ", "m."},
		{"- Ali", "A."},
	} {
		if got := MaskName(c.in); got != c.want {
			t.Errorf("MaskName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
