package ingest

import (
	"io/fs"
	"path/filepath"
	"testing"

	"github.com/marsad-project/marsad/internal/testutil"
)

// TestDetectSharedFixtures asks every format's sniffer about every file in
// ../shared/testdata: no file may be claimed by two formats, and the
// JSON-family fixtures must be claimed by their own format.
func TestDetectSharedFixtures(t *testing.T) {
	root := testutil.SharedTestdata(t)
	want := map[string]string{"twarc2": "twarc2", "twitter_v1": "tweet-v1", "zeeschuimer": "zeeschuimer", "telegram_desktop": "telegram"}
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		head := readHead(t, path)
		var claimed []string
		for _, f := range Formats() {
			if f.Detect != nil && f.Detect(head) {
				claimed = append(claimed, f.Name)
			}
		}
		rel, _ := filepath.Rel(root, path)
		if len(claimed) > 1 {
			t.Errorf("%s claimed by %v", rel, claimed)
		}
		if w, ok := want[filepath.Base(filepath.Dir(path))]; ok && filepath.Ext(path) != ".md" {
			if len(claimed) != 1 || claimed[0] != w {
				t.Errorf("%s claimed by %v, want %s", rel, claimed, w)
			}
		}
		return nil
	})
}
