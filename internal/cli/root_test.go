package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad-project/marsad"
	"github.com/spf13/cobra"
)

// run runs the command line exactly as given (no --db or --quiet added)
// and returns stdout, stderr and the error.
func run(ctx context.Context, args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	root := NewRoot(NewApp(&out, &errOut))
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	return out.String(), errOut.String(), err
}

// TestEveryCommandHasAnExample walks the whole tree, cobra's help and
// completion commands included: a new user learns a command from its example.
func TestEveryCommandHasAnExample(t *testing.T) {
	root := NewRoot(NewApp(&bytes.Buffer{}, &bytes.Buffer{}))
	n := 0
	walk(root, func(c *cobra.Command) {
		n++
		if strings.TrimSpace(c.Example) == "" {
			t.Errorf("%q has no Example", c.CommandPath())
		}
		if !strings.HasPrefix(c.Example, "  marsad ") {
			t.Errorf("%q: example %q should start with two spaces and marsad", c.CommandPath(), c.Example)
		}
	})
	if n < 20 {
		t.Fatalf("walked only %d commands", n)
	}
}

// TestUsageErrorsExitTwo: wrong arguments, unknown commands and bad values
// are usage errors (exit 2) whichever command they reach, and the message
// says what would have been right.
func TestUsageErrorsExitTwo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	if err := os.WriteFile(db+"-file", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		args []string
		want string // in the error text
	}{
		{[]string{"bogus"}, `unknown command "bogus"`},
		{[]string{"anlyze"}, "did you mean analyze"},
		{[]string{"--bogus"}, "unknown flag"},
		{[]string{"stats", "extra"}, `"extra"`},
		{[]string{"analyze"}, "coordination, hubs"},
		{[]string{"analyze", "hub"}, "did you mean hubs"},
		{[]string{"analyze", "hubs", "extra"}, `"extra"`},
		{[]string{"analyze", "hubs", "--since", "yesterday"}, "RFC3339"},
		{[]string{"analyze", "all", "--format", "csv"}, "always writes JSON"},
		{[]string{"analyze", "hubs", "--since", "2025-03-10", "--until", "2025-03-01"}, "not before --until"},
		{[]string{"analyze", "hubs", "--resolution", "0"}, "--resolution 0"},
		{[]string{"analyze", "hubs", "--min-size", "-1"}, "--min-size -1"},
		{[]string{"analyze", "roles", "--amplify-window", "-5m"}, "--amplify-window -5m0s"},
		{[]string{"analyze", "roles", "--amplify-window", "soon"}, "1d"},
		{[]string{"analyze", "roles", "--min-army-share", "2"}, "[0, 1]"},
		{[]string{"stats", "--format", "XML"}, `"xml"`},
		{[]string{"watchlist", "lst"}, "did you mean list"},
		{[]string{"bank", "frob"}, `unknown command "frob"`},
		{[]string{"help", "nope"}, `unknown help topic "nope"`},
		{[]string{"help", "analyze", "nope"}, `unknown help topic "analyze nope"`},
		{[]string{"completion", "nosh"}, `unknown command "nosh"`},
		{[]string{"hash"}, "arg"},
		{[]string{"import"}, "arg"},
		{[]string{"demo", "--scale", "0"}, "--scale 0"},
		{[]string{"demo", "--dir", db + "-file"}, "not a directory"},
		{[]string{"simulate", "--scale", "-1", "--out", t.TempDir()}, "--scale -1"},
	}
	for _, c := range cases {
		_, _, err := run(context.Background(), append([]string{"--db", db, "-q"}, c.args...)...)
		if got := ExitCode(err); got != ExitUsage {
			t.Errorf("marsad %s: exit %d (%v), want %d", strings.Join(c.args, " "), got, err, ExitUsage)
			continue
		}
		if !strings.Contains(ErrorText(err), c.want) {
			t.Errorf("marsad %s: message %q should contain %q", strings.Join(c.args, " "), ErrorText(err), c.want)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("usage errors created the store %s", db)
	}
}

// TestGroupsWithoutSubcommandShowHelp: `marsad`, `marsad watchlist` and
// `marsad bank` alone print their help and succeed.
func TestGroupsWithoutSubcommandShowHelp(t *testing.T) {
	for _, args := range [][]string{{}, {"watchlist"}, {"bank"}, {"help"}, {"help", "bank"}, {"completion"}} {
		out, _, err := run(context.Background(), args...)
		if err != nil || !strings.Contains(out, "Available Commands:") {
			t.Errorf("marsad %v: err %v, output %.80q", args, err, out)
		}
	}
}

// TestReadingCommandsNeedAnExistingStore: a mistyped --db must not create an
// empty store and answer "nothing found" with exit 0.
func TestReadingCommandsNeedAnExistingStore(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"stats"},
		{"analyze", "hubs"},
		{"analyze", "threats", "--format", "json"},
		{"analyze", "returns", "--explain", "@x"},
		{"analyze", "all", "--out", filepath.Join(dir, "out")},
		{"watchlist", "list"},
		{"bank", "list"},
		{"bank", "match"},
	} {
		_, _, err := run(context.Background(), append([]string{"--db", missing, "-q"}, args...)...)
		if ExitCode(err) != ExitNotFound || !strings.Contains(ErrorText(err), "no store at") {
			t.Errorf("%v on a missing store: exit %d (%v), want %d and 'no store at'", args, ExitCode(err), err, ExitNotFound)
		}
		if _, err := os.Stat(missing); err == nil {
			t.Fatalf("%v created %s", args, missing)
		}
	}
	// Commands that write create the store; a missing directory is reported.
	if _, _, err := run(context.Background(), "--db", missing, "-q", "watchlist", "add", "--handle", "x"); err != nil {
		t.Fatalf("watchlist add on a new store: %v", err)
	}
	if out, _, err := run(context.Background(), "--db", missing, "-q", "watchlist", "list", "--format", "json"); err != nil || !strings.Contains(out, `"x"`) {
		t.Fatalf("watchlist list after add: %v\n%s", err, out)
	}
	nodir := filepath.Join(dir, "no", "such", "dir", "x.db")
	_, _, err := run(context.Background(), "--db", nodir, "-q", "watchlist", "add", "--handle", "x")
	if ExitCode(err) != ExitNotFound || !strings.Contains(ErrorText(err), "does not exist") {
		t.Errorf("store in a missing directory: exit %d (%v), want %d", ExitCode(err), err, ExitNotFound)
	}
}

// TestMarsadDBEnvironment: MARSAD_DB names the store when --db is absent,
// and --db wins over it.
func TestMarsadDBEnvironment(t *testing.T) {
	dir := t.TempDir()
	envDB, flagDB := filepath.Join(dir, "env.db"), filepath.Join(dir, "flag.db")
	t.Setenv("MARSAD_DB", envDB)
	if _, _, err := run(context.Background(), "-q", "watchlist", "add", "--handle", "from_env"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(envDB); err != nil {
		t.Fatalf("MARSAD_DB store not created: %v", err)
	}
	if _, _, err := run(context.Background(), "-q", "--db", flagDB, "watchlist", "add", "--handle", "from_flag"); err != nil {
		t.Fatal(err)
	}
	out, _, err := run(context.Background(), "-q", "watchlist", "list", "--format", "json")
	if err != nil || !strings.Contains(out, "from_env") || strings.Contains(out, "from_flag") {
		t.Fatalf("MARSAD_DB store holds %s (err %v), want only from_env", out, err)
	}
}

// TestFormatNamesIgnoreCase: --format JSON is --format json everywhere, and
// a missing --photo is not found (exit 3), not a usage error.
func TestFormatNamesIgnoreCase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "f.db")
	if _, _, err := run(context.Background(), "--db", db, "-q", "watchlist", "add", "--handle", "x"); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"stats", "--format", "JSON"}, {"watchlist", "list", "--format", "Json"}, {"analyze", "threats", "--format", "JSON", "--no-save"}} {
		out, _, err := run(context.Background(), append([]string{"--db", db, "-q"}, args...)...)
		var v any
		if err != nil || json.Unmarshal([]byte(out), &v) != nil {
			t.Errorf("%v: %v\n%s", args, err, out)
		}
	}
	_, _, err := run(context.Background(), "--db", db, "-q", "watchlist", "add", "--handle", "y", "--photo", filepath.Join(t.TempDir(), "missing.jpg"))
	if ExitCode(err) != ExitNotFound {
		t.Errorf("--photo of a missing file: exit %d (%v), want %d", ExitCode(err), err, ExitNotFound)
	}
}

// TestEmptyStoreSaysSo: an analysis over an existing store without posts
// succeeds with an empty result and tells the user why on stderr.
func TestEmptyStoreSaysSo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "e.db")
	if _, _, err := run(context.Background(), "--db", db, "watchlist", "add", "--handle", "x"); err != nil {
		t.Fatal(err)
	}
	for _, task := range []string{"coordination", "hubs", "roles", "returns", "campaigns"} {
		out, stderr, err := run(context.Background(), "--db", db, "analyze", task, "--format", "json", "--no-save")
		if err != nil {
			t.Errorf("%s on an empty store: %v", task, err)
		}
		if !strings.HasPrefix(strings.TrimSpace(out), "{") {
			t.Errorf("%s on an empty store: output %q is not a JSON object", task, out)
		}
		if !strings.Contains(stderr, "no posts") {
			t.Errorf("%s on an empty store: stderr %q should say the store has no posts", task, stderr)
		}
	}
	_, stderr, err := run(context.Background(), "--db", db, "-q", "analyze", "hubs", "--no-save")
	if err != nil || stderr != "" {
		t.Errorf("--quiet: stderr %q (err %v), want nothing", stderr, err)
	}
}

// TestInterruptExitStatus: a cancelled command (Ctrl-C) exits 130 and says
// it was interrupted, whatever wraps the cancellation.
func TestInterruptExitStatus(t *testing.T) {
	err := fmt.Errorf("import x.jsonl: %w", context.Canceled)
	if ExitCode(err) != ExitInterrupted || !strings.HasPrefix(ErrorText(err), "interrupted") {
		t.Fatalf("exit %d, text %q", ExitCode(err), ErrorText(err))
	}
	if ExitCode(errors.New("context canceled")) == ExitInterrupted {
		t.Fatal("only a real cancellation counts as an interrupt")
	}

	dir := t.TempDir()
	data := filepath.Join(dir, "t.jsonl")
	if err := os.WriteFile(data, []byte(`{"id_str":"9","text":"hi","created_at":"Wed Oct 10 20:19:24 +0000 2018","user":{"id_str":"77","screen_name":"eve"}}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "i.db")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err = run(ctx, "--db", db, "-q", "import", "--rejects", "", data)
	if ExitCode(err) != ExitInterrupted {
		t.Fatalf("import with a cancelled context: exit %d (%v), want %d", ExitCode(err), err, ExitInterrupted)
	}
	// Whatever the interrupted import did, the store is usable and holds
	// nothing of the file; importing again stores it.
	if _, _, err := run(context.Background(), "--db", db, "-q", "import", "--rejects", "", data); err != nil {
		t.Fatalf("import after the interrupt: %v", err)
	}
	out, _, err := run(context.Background(), "--db", db, "stats", "--format", "json")
	if err != nil || !strings.Contains(out, `"posts": 1`) || !strings.Contains(out, `"sources": 1`) {
		t.Fatalf("stats after interrupted and full import: %v\n%s", err, out)
	}
}

// smallStore imports a handful of tweets (one release reposted by four
// accounts within seconds, a reply) into a new SQLite store.
func smallStore(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	var b strings.Builder
	user := func(id string) string { return fmt.Sprintf(`{"id_str":"%s","screen_name":"user%s"}`, id, id) }
	release := `{"id_str":"100","text":"release #news https://example.org/a","created_at":"Wed Oct 10 20:00:00 +0000 2018","user":` + user("1") + `}`
	b.WriteString(release + "\n")
	for i, id := range []string{"2", "3", "4", "5"} {
		fmt.Fprintf(&b, `{"id_str":"%d","text":"RT @user1: release","created_at":"Wed Oct 10 20:00:%02d +0000 2018","user":%s,"retweeted_status":%s}`+"\n",
			200+i, 10+i, user(id), release)
	}
	fmt.Fprintf(&b, `{"id_str":"300","text":"@user1 why?","created_at":"Wed Oct 10 21:00:00 +0000 2018","in_reply_to_status_id_str":"100","in_reply_to_user_id_str":"1","user":%s}`+"\n", user("6"))
	data := filepath.Join(dir, "tweets.jsonl")
	if err := os.WriteFile(data, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "small.db")
	if _, _, err := run(context.Background(), "--db", db, "-q", "import", "--rejects", "", data); err != nil {
		t.Fatalf("import: %v", err)
	}
	if out, _, err := run(context.Background(), "--db", db, "stats", "--format", "json"); err != nil || !strings.Contains(out, `"posts": 6`) {
		t.Fatalf("the small store should hold 6 posts: %v\n%s", err, out)
	}
	return db
}

// TestAnalyzeFormatsAsDocumented checks each analysis's help claim
// (analyzeFormats, also in docs/CLI.md) against the command: every claimed
// format writes well-formed output, every other one is a usage error.
func TestAnalyzeFormatsAsDocumented(t *testing.T) {
	db := smallStore(t)
	for task, claim := range analyzeFormats {
		if task == "all" {
			continue
		}
		for _, f := range []string{"table", "json", "csv", "gexf", "graphml"} {
			claimed := strings.Contains(claim, f)
			args := []string{"--db", db, "-q", "analyze", task, "--format", f, "--no-save"}
			if task == "reach" {
				args = append(args, "--hashtag", "x") // reach needs a subject
			}
			out, _, err := run(context.Background(), args...)
			if !claimed {
				if ExitCode(err) != ExitUsage {
					t.Errorf("analyze %s --format %s (not claimed): exit %d (%v), want %d", task, f, ExitCode(err), err, ExitUsage)
				}
				continue
			}
			if err != nil {
				t.Errorf("analyze %s --format %s (claimed): %v", task, f, err)
				continue
			}
			if err := wellFormed(f, out); err != nil {
				t.Errorf("analyze %s --format %s: %v\n%.300s", task, f, err, out)
			}
		}
		help, _, _ := run(context.Background(), "analyze", task, "--help")
		if !strings.Contains(help, "Output (--format): "+claim) {
			t.Errorf("analyze %s --help does not list its formats", task)
		}
	}
}

// wellFormed checks that out parses as the given output format.
func wellFormed(format, out string) error {
	switch format {
	case "json":
		var v any
		return json.Unmarshal([]byte(out), &v)
	case "csv":
		_, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		return err
	case "gexf", "graphml":
		d := xml.NewDecoder(strings.NewReader(out))
		for {
			if _, err := d.Token(); err == io.EOF {
				return nil
			} else if err != nil {
				return err
			}
		}
	}
	if strings.TrimSpace(out) == "" {
		return errors.New("empty table")
	}
	return nil
}

// TestAnalyzeAllWritesEveryResult: analyze all writes one JSON file per
// analysis, each a JSON object.
func TestAnalyzeAllWritesEveryResult(t *testing.T) {
	db := smallStore(t)
	out := filepath.Join(t.TempDir(), "results")
	if _, _, err := run(context.Background(), "--db", db, "-q", "analyze", "all", "--out", out, "--format", "json"); err != nil {
		t.Fatal(err)
	}
	for _, name := range demoAnalyses {
		b, err := os.ReadFile(filepath.Join(out, name+".json"))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		var v map[string]any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Errorf("%s.json: %v", name, err)
		}
	}
}

// busyStore is a real store whose SaveRun finds the database locked by
// another process, as while an import is writing.
type busyStore struct{ marsad.Store }

func (busyStore) SaveRun(context.Context, *marsad.Run) error {
	return marsad.Errorf(marsad.ECONFLICT, "the database is busy (another marsad process is writing); try again")
}

// TestBusyStoreDoesNotFailAFinishedAnalysis: when the run cannot be saved
// because another process writes, the printed result stands (exit 0) and
// stderr says the run was not saved.
func TestBusyStoreDoesNotFailAFinishedAnalysis(t *testing.T) {
	db := smallStore(t)
	for _, task := range []string{"hubs", "roles"} {
		var out, errOut bytes.Buffer
		app := NewApp(&out, &errOut)
		app.OpenStore = func(ctx context.Context, dsn string, l *slog.Logger) (marsad.Store, error) {
			s, err := openStore(ctx, dsn, l)
			return busyStore{s}, err
		}
		root := NewRoot(app)
		root.SetArgs([]string{"--db", db, "analyze", task, "--format", "json"})
		err := root.ExecuteContext(context.Background())
		var v any
		if err != nil || json.Unmarshal(out.Bytes(), &v) != nil {
			t.Errorf("%s with a busy store: %v\n%s", task, err, out.String())
		}
		if !strings.Contains(errOut.String(), "not saved") {
			t.Errorf("%s: stderr %q should say the run was not saved", task, errOut.String())
		}
	}
}
