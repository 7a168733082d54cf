package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
	"github.com/marsad-project/marsad"
)

// v1Line returns a minimal tweet-v1 JSON line.
func v1Line(id, user, text string) string {
	b, _ := json.Marshal(map[string]any{"id_str": id, "created_at": "Wed Oct 10 20:19:24 +0000 2018", "text": text,
		"user": map[string]any{"id_str": user, "screen_name": "u" + user}})
	return string(b) + "\n"
}

func writeFile(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gz(t *testing.T, data []byte) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	w.Close()
	return b.Bytes()
}

func result(t *testing.T, sum Summary, suffix string) FileResult {
	t.Helper()
	for _, f := range sum.Files {
		if strings.HasSuffix(f.Path, suffix) {
			return f
		}
	}
	t.Fatalf("no result for %s in %+v", suffix, sum.Files)
	return FileResult{}
}

// TestImportBadInput imports a directory of mixed and damaged files and
// checks that valid records are kept, bad ones rejected with file and line,
// damaged files rolled back, non-data files skipped, and nothing panics.
func TestImportBadInput(t *testing.T) {
	dir := t.TempDir()
	good := v1Line("1", "10", "one") + "{not json\n" + v1Line("2", "10", "bad \xff utf8") + v1Line("3", "11", "nul \x00 byte")
	writeFile(t, filepath.Join(dir, "a/good.jsonl"), []byte(good))
	// A 50 MB field on line 2, between two good lines (17 MB, still over
	// the 16 MiB bound, with -short).
	size := 50 << 20
	if testing.Short() {
		size = 17 << 20
	}
	huge := `{"id_str":"5","text":"` + strings.Repeat("x", size) + `"}` + "\n"
	writeFile(t, filepath.Join(dir, "a/huge.jsonl"), []byte(v1Line("4", "12", "before")+huge+v1Line("6", "12", "after")))
	// A truncated gzip of good lines: rolled back as a whole.
	z := gz(t, []byte(strings.Repeat(v1Line("7", "13", "gz"), 1)+v1Line("8", "13", strings.Repeat("y", 5000))))
	writeFile(t, filepath.Join(dir, "b/cut.jsonl.gz"), z[:len(z)-20])
	var zb bytes.Buffer
	zw, _ := zstd.NewWriter(&zb)
	zw.Write([]byte(v1Line("9", "14", "zstd")))
	zw.Close()
	writeFile(t, filepath.Join(dir, "b/ok.jsonl.zst"), zb.Bytes())
	writeFile(t, filepath.Join(dir, "b/empty.jsonl"), nil)
	writeFile(t, filepath.Join(dir, "README.md"), []byte("# collection\n"))
	writeFile(t, filepath.Join(dir, "truth.json"), []byte(`{"roles":{"1":"official"},"squads":[]}`))
	writeFile(t, filepath.Join(dir, ".hidden.jsonl"), []byte(v1Line("99", "99", "hidden")))

	st := newFakeStore()
	rejPath := filepath.Join(t.TempDir(), "rejects.jsonl")
	var notices []string
	opts := ImportOptions{RejectsPath: rejPath, Notice: func(f, m string) { notices = append(notices, m) }}
	sum, err := Import(context.Background(), st, []string{dir}, opts)
	if err != nil {
		t.Fatalf("Import: %v", err)
	}
	if len(sum.Files) != 7 {
		t.Fatalf("files = %+v, want 7 (hidden file skipped)", sum.Files)
	}
	g := result(t, sum, "good.jsonl")
	if g.Status != FileImported || g.Counts.Posts != 3 || g.Counts.Rejects != 1 || g.Format != "tweet-v1" {
		t.Errorf("good.jsonl = %+v", g)
	}
	if p := st.posts["twitter/2"]; p.Text != "bad \uFFFD utf8" {
		t.Errorf("bad UTF-8 not replaced: %q", p.Text)
	}
	if p := st.posts["twitter/3"]; p.Text != "nul  byte" {
		t.Errorf("NUL not removed: %q", p.Text)
	}
	h := result(t, sum, "huge.jsonl")
	if h.Status != FileImported || h.Counts.Posts != 2 || h.Counts.Rejects != 1 {
		t.Errorf("huge.jsonl = %+v", h)
	}
	c := result(t, sum, "cut.jsonl.gz")
	if c.Status != FileFailed || !strings.Contains(c.Message, "truncated or corrupt gzip") || !strings.Contains(c.Message, "cut.jsonl.gz") ||
		!strings.Contains(c.Message, "nothing from it was stored") {
		t.Errorf("cut.jsonl.gz = %+v", c)
	}
	if _, ok := st.posts["twitter/7"]; ok {
		t.Error("records of the truncated gzip must be rolled back")
	}
	if r := result(t, sum, "ok.jsonl.zst"); r.Status != FileImported || r.Counts.Posts != 1 {
		t.Errorf("ok.jsonl.zst = %+v", r)
	}
	for _, f := range []struct{ suffix, msg string }{
		{"empty.jsonl", "empty file"}, {"README.md", "not a supported format"}, {"truth.json", "skipped " + filepath.Join(dir, "truth.json") + ": not a supported format"},
	} {
		if r := result(t, sum, f.suffix); r.Status != FileSkipped || !strings.Contains(r.Message, f.msg) {
			t.Errorf("%s = %+v", f.suffix, r)
		}
	}
	if sum.Total.Posts != 6 || sum.Total.Rejects != 2 || sum.RejectsPath != rejPath {
		t.Errorf("total = %+v rejects file %q", sum.Total, sum.RejectsPath)
	}
	// The rejects file: one JSON object per reject with file, line, reason
	// and an excerpt bounded to ~1 KiB.
	f, err := os.Open(rejPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rejects []marsad.Reject
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var r marsad.Reject
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("rejects line %q: %v", sc.Text(), err)
		}
		rejects = append(rejects, r)
	}
	if len(rejects) != 2 || rejects[0].Line != 2 || !strings.HasSuffix(rejects[0].File, "good.jsonl") || rejects[0].Raw != "{not json" {
		t.Errorf("rejects = %+v", rejects)
	}
	if len(rejects) == 2 && (rejects[1].Line != 2 || len(rejects[1].Raw) > MaxRejectExcerpt+4 || !strings.Contains(rejects[1].Reason, "longer than")) {
		t.Errorf("huge reject = line %d, %d bytes, %q", rejects[1].Line, len(rejects[1].Raw), rejects[1].Reason)
	}
	if len(st.rejects) != 2 {
		t.Errorf("store rejects = %d, want 2", len(st.rejects))
	}

	// Importing again adds nothing: every committed file is recognised.
	before := len(st.posts)
	sum2, err := Import(context.Background(), st, []string{dir}, ImportOptions{})
	if err != nil {
		t.Fatalf("second Import: %v", err)
	}
	if len(st.posts) != before || sum2.Total.Posts != 0 {
		t.Errorf("re-import added posts: %d → %d", before, len(st.posts))
	}
	if r := result(t, sum2, "good.jsonl"); r.Status != FileSkipped || !strings.Contains(r.Message, "already imported as source #") {
		t.Errorf("re-import of good.jsonl = %+v", r)
	}
}

// TestImportNothingRead checks the EINVALID error when no file has data.
func TestImportNothingRead(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "notes.txt"), []byte("hello"))
	writeFile(t, filepath.Join(dir, "bad.jsonl"), []byte(`{"id_str":"1","created_at":"x","text":"t","user":{"id_str":"2"}}`+"\n"))
	_, err := Import(context.Background(), newFakeStore(), []string{dir, filepath.Join(dir, "missing.json")}, ImportOptions{})
	if marsad.ErrorCode(err) != marsad.EINVALID || !strings.Contains(marsad.ErrorMessage(err), "missing.json") {
		t.Errorf("err = %v, want EINVALID naming the files", err)
	}
}

// TestImportStoreFailureRollsBack checks that a store error mid-file rolls
// the file back and the next file still imports.
func TestImportStoreFailureRollsBack(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 30 {
		b.WriteString(v1Line(string(rune('a'+i%26))+strings.Repeat("x", i/26+1), "1", "t"))
	}
	writeFile(t, filepath.Join(dir, "1.jsonl"), []byte(b.String()))
	writeFile(t, filepath.Join(dir, "2.jsonl"), []byte(v1Line("zz", "2", "ok")))
	st := newFakeStore()
	st.failPutPostsAfter = 1
	sum, err := Import(context.Background(), st, []string{dir}, ImportOptions{BatchSize: 10})
	if err != nil {
		t.Fatal(err)
	}
	if r := result(t, sum, "1.jsonl"); r.Status != FileFailed || !strings.Contains(r.Message, "disk full") {
		t.Errorf("1.jsonl = %+v", r)
	}
	if _, ok := st.posts["twitter/zz"]; len(st.posts) != 1 || len(st.sources) != 1 || !ok {
		t.Errorf("after a rolled-back file and a good one: %d posts, %d sources, want only 2.jsonl's", len(st.posts), len(st.sources))
	}
}

// TestImportBomb checks the decompression-bomb guard.
func TestImportBomb(t *testing.T) {
	dir := t.TempDir()
	data := []byte(v1Line("1", "1", strings.Repeat("a", 1<<20)))
	writeFile(t, filepath.Join(dir, "bomb.jsonl.gz"), gz(t, data))
	sum, _ := Import(context.Background(), newFakeStore(), []string{dir}, ImportOptions{MaxDecompressed: 64 << 10})
	if r := result(t, sum, "bomb.jsonl.gz"); r.Status != FileFailed || !strings.Contains(r.Message, "decompression bomb") {
		t.Errorf("bomb = %+v", r)
	}
}

// TestImportTruncatedGzipAfterRecords checks that a gzip cut after many
// records were decoded is still rolled back as a whole.
func TestImportTruncatedGzipAfterRecords(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 3000 {
		b.WriteString(v1Line("p"+strings.Repeat("0", 3)+string(rune('a'+i%26))+itoa(i), "u"+itoa(i%50), "text "+itoa(i*7919)))
	}
	z := gz(t, []byte(b.String()))
	writeFile(t, filepath.Join(dir, "cut.jsonl.gz"), z[:len(z)*2/3])
	st := newFakeStore()
	sum, err := Import(context.Background(), st, []string{dir}, ImportOptions{BatchSize: 100})
	if marsad.ErrorCode(err) != marsad.EINVALID {
		t.Errorf("err = %v, want EINVALID (nothing stored)", err)
	}
	if r := sum.Files[0]; r.Status != FileFailed || !strings.Contains(r.Message, "truncated or corrupt gzip") || !strings.Contains(r.Message, "rolled back") {
		t.Errorf("result = %+v", r)
	}
	if len(st.posts) != 0 || len(st.sources) != 0 {
		t.Errorf("store kept %d posts", len(st.posts))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// countingProgress records what the importer tells a progress display.
type countingProgress struct {
	total, added int64
	files        int
	finished     bool
}

func (p *countingProgress) Start(total int64) { p.total = total }
func (p *countingProgress) File(string)       { p.files++ }
func (p *countingProgress) Add(n int64)       { p.added += n }
func (p *countingProgress) Finish()           { p.finished = true }

// TestImportProgressTotals checks that progress ends exactly at its total
// whatever happens to each file (imported, skipped, failed).
func TestImportProgressTotals(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.jsonl"), []byte(v1Line("1", "1", "a")))
	writeFile(t, filepath.Join(dir, "b.txt"), []byte("not data"))
	z := gz(t, []byte(strings.Repeat(v1Line("2", "1", "b"), 100)))
	writeFile(t, filepath.Join(dir, "c.jsonl.gz"), z[:len(z)/2])
	p := &countingProgress{}
	Import(context.Background(), newFakeStore(), []string{dir}, ImportOptions{Progress: p})
	if p.total == 0 || p.added != p.total || p.files != 3 || !p.finished {
		t.Errorf("progress = %+v, want added == total, 3 files, finished", p)
	}
}

// TestImportBzip2 reads a committed bzip2 file (made with the bzip2 tool).
func TestImportBzip2(t *testing.T) {
	st := newFakeStore()
	sum, err := Import(context.Background(), st, []string{"testdata/one-tweet.jsonl.bz2"}, ImportOptions{})
	if err != nil || sum.Total.Posts != 1 || st.posts["twitter/b1"].Text != "bzip2" {
		t.Errorf("sum=%+v err=%v", sum, err)
	}
}
