package cli

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/testutil"
)

// putPosts stores posts in the SQLite store at db.
func putPosts(t *testing.T, db string, posts []marsad.Post) {
	t.Helper()
	seedStore(t, db, "test", seed{
		Accounts: []marsad.Account{{Platform: "twitter", ID: "1", Handle: "a"}, {Platform: "twitter", ID: "2", Handle: "b"}},
		Posts:    posts,
	})
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBankWorkflow(t *testing.T) {
	pdqDir := testutil.SharedTestdata(t, "pdq")
	dir := t.TempDir()
	db := filepath.Join(dir, "m.db")
	run := func(args ...string) string {
		t.Helper()
		out, stderr, err := runMedia(t, db, args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		return out
	}
	run("bank", "create", "releases", "--description", "official media")
	// An HMA/ThreatExchange CSV with the C++ reference hash of bridge-1, a
	// known false positive and a bad row.
	list := filepath.Join(dir, "list.csv")
	os.WriteFile(list, []byte("collab,signal_type,signal_str,category,tags\n"+
		"GIFCT,pdq,f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22,POSITIVE_CLASS,release\n"+
		"GIFCT,pdq,a5f4a457a48995e8c9065c275aaa5498b61ba4bdf8fcf80387c32f8b0bfc4f05,NEGATIVE_CLASS,\n"+
		"GIFCT,pdq,zz,POSITIVE_CLASS,\n"), 0o644)
	out := run("bank", "import", "releases", list)
	if !strings.Contains(out, "1 new hashes") || !strings.Contains(out, "1 skipped") || !strings.Contains(out, "1 rejected") {
		t.Errorf("import summary: %s", out)
	}
	run("bank", "add", "releases", filepath.Join(pdqDir, "misc-images/wee.jpg"), "--label", "wee")
	out = run("bank", "list", "--format", "json")
	var banks []map[string]any
	json.Unmarshal([]byte(out), &banks)
	if len(banks) != 1 || banks[0]["entries"].(float64) != 3 { // bridge PDQ + wee PDQ and pHash
		t.Errorf("bank list: %s", out)
	}
	out = run("bank", "export", "releases", "--format", "json")
	if !strings.Contains(out, `"signal_type": "pdq"`) || !strings.Contains(out, `"tags": [`) {
		t.Errorf("export json: %s", out)
	}

	// Posts: one with the blurred bridge photo as a downloaded file, one
	// with a stored hash (wee.jpg's, from the bank add above), one whose
	// file is missing, one unrelated image.
	media := filepath.Join(dir, "media")
	os.Mkdir(media, 0o755)
	copyFile(t, filepath.Join(pdqDir, "bridge-mods/blur-a-lot.jpg"), filepath.Join(media, "AbC123.jpg"))
	copyFile(t, filepath.Join(pdqDir, "reg-test-input/pen-and-coaster.png"), filepath.Join(media, "pen.png"))
	hashOut, _, _ := runMedia(t, db, "hash", "--format", "json", filepath.Join(pdqDir, "misc-images/wee.jpg"))
	var wee []hashRow
	json.Unmarshal([]byte(hashOut), &wee)
	day := func(d int) time.Time { return time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d) }
	putPosts(t, db, []marsad.Post{
		{Platform: "twitter", ID: "10", AccountID: "1", Kind: marsad.PostOriginal, CreatedAt: day(0),
			Media: []marsad.Media{{URL: "https://pbs.twimg.com/media/AbC123.jpg?name=large", Type: "photo"}}},
		{Platform: "twitter", ID: "11", AccountID: "2", Kind: marsad.PostOriginal, CreatedAt: day(1),
			Media: []marsad.Media{{URL: "https://x/y.jpg", Type: "photo", PDQ: wee[0].PDQ}}},
		{Platform: "twitter", ID: "12", AccountID: "2", Kind: marsad.PostOriginal, CreatedAt: day(2),
			Media: []marsad.Media{{URL: "https://x/missing.jpg", Type: "photo"}}},
		{Platform: "twitter", ID: "13", AccountID: "2", Kind: marsad.PostOriginal, CreatedAt: day(3),
			Media: []marsad.Media{{URL: "pen.png", Type: "photo"}}},
		// The bridge photo again, 60 days later, and a repost of the first post.
		{Platform: "twitter", ID: "14", AccountID: "2", Kind: marsad.PostOriginal, CreatedAt: day(60),
			Media: []marsad.Media{{URL: "https://pbs.twimg.com/media/AbC123.jpg", Type: "photo"}}},
		{Platform: "twitter", ID: "15", AccountID: "2", Kind: marsad.PostRepost, RepostOfPostID: "10", CreatedAt: day(90),
			Media: []marsad.Media{{URL: "https://pbs.twimg.com/media/AbC123.jpg", Type: "photo"}}},
	})
	out = run("bank", "match", "--media-dir", media, "--format", "json")
	var got struct {
		Matches  []bankMatchRow `json:"matches"`
		MediaN   int            `json:"media"`
		MissingN int            `json:"missing"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	posts := map[string]bool{}
	for _, m := range got.Matches {
		posts[m.Post] = true
	}
	if !posts["twitter/10"] || !posts["twitter/11"] || !posts["twitter/14"] || !posts["twitter/15"] || posts["twitter/13"] || posts["twitter/12"] {
		t.Errorf("matched posts %v, want 10, 11, 14, 15 (not 12: missing, not 13: unrelated)\n%s", posts, out)
	}
	if got.MediaN != 6 || got.MissingN != 1 {
		t.Errorf("media %d missing %d, want 6 and 1", got.MediaN, got.MissingN)
	}
	out = run("bank", "recycled", "--media-dir", media, "--format", "json")
	var rec struct {
		Recycled []recycledRow `json:"recycled"`
	}
	json.Unmarshal([]byte(out), &rec)
	if len(rec.Recycled) != 1 || rec.Recycled[0].Post != "twitter/14" || rec.Recycled[0].Earliest.Post != "twitter/10" || rec.Recycled[0].GapDays != 60 {
		t.Errorf("recycled: %s", out)
	}
	// Matching image files directly.
	out = run("bank", "match", "--format", "json", filepath.Join(pdqDir, "bridge-mods/sharpen-a-lot.jpg"))
	if !strings.Contains(out, `"bank": "releases"`) {
		t.Errorf("file match: %s", out)
	}
	if _, _, err := runMedia(t, db, "bank", "import", "nope", list); ExitCode(err) != ExitNotFound {
		t.Errorf("import into a missing bank: %v", err)
	}
	run("bank", "delete", "releases")
}

// TestBankUserErrors: a taken bank name is a usage error, a missing hash
// list is not found, and a file that is not a hash list does not flood
// stderr with one line per rejected line.
func TestBankUserErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "b.db")
	if _, _, err := run(context.Background(), "--db", db, "-q", "bank", "create", "x"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := run(context.Background(), "--db", db, "-q", "bank", "create", "x"); ExitCode(err) != ExitUsage {
		t.Errorf("create twice: exit %d (%v), want %d", ExitCode(err), err, ExitUsage)
	}
	if _, _, err := run(context.Background(), "--db", db, "-q", "bank", "import", "x", filepath.Join(dir, "missing.txt")); ExitCode(err) != ExitNotFound {
		t.Errorf("import of a missing file: exit %d (%v), want %d", ExitCode(err), err, ExitNotFound)
	}
	junk := filepath.Join(dir, "junk.txt")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a hash\n", 30)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, err := run(context.Background(), "--db", db, "-q", "bank", "import", "x", junk)
	if ExitCode(err) != ExitUsage {
		t.Errorf("import of junk: exit %d (%v), want %d", ExitCode(err), err, ExitUsage)
	}
	if n := strings.Count(stderr, "\n"); n != maxShownRejects+1 || !strings.Contains(stderr, "20 more rejected lines") {
		t.Errorf("junk import printed %d lines:\n%s", n, stderr)
	}
}
