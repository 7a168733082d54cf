package ingest

import (
	"context"
	"os"
	"testing"

	"github.com/marsad-project/marsad"
)

// collectSink is a Sink that keeps copies of everything, for decoder tests.
type collectSink struct {
	Accounts      []marsad.Account
	Posts         []marsad.Post
	Follows       []marsad.Follow
	StatusChanges []marsad.StatusChange
	Watched       []marsad.WatchlistEntry
	MediaHashes   []marsad.MediaHash
	Rejects       []marsad.Reject
	Notices       []string
}

func (s *collectSink) Account(a *marsad.Account) error {
	s.Accounts = append(s.Accounts, *a)
	return nil
}
func (s *collectSink) Post(p *marsad.Post) error     { s.Posts = append(s.Posts, *p); return nil }
func (s *collectSink) Follow(f *marsad.Follow) error { s.Follows = append(s.Follows, *f); return nil }
func (s *collectSink) StatusChange(c *marsad.StatusChange) error {
	s.StatusChanges = append(s.StatusChanges, *c)
	return nil
}
func (s *collectSink) Watchlist(e *marsad.WatchlistEntry) error {
	s.Watched = append(s.Watched, *e)
	return nil
}
func (s *collectSink) MediaHash(h *marsad.MediaHash) error {
	s.MediaHashes = append(s.MediaHashes, *h)
	return nil
}
func (s *collectSink) Reject(line int64, reason string, raw []byte) error {
	s.Rejects = append(s.Rejects, marsad.Reject{Line: line, Reason: reason, Raw: string(raw)})
	return nil
}
func (s *collectSink) Notice(msg string) { s.Notices = append(s.Notices, msg) }

// decodeFile runs format f over the file at path and returns what it emitted.
func decodeFile(t *testing.T, f *Format, path string, opts Options) *collectSink {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	s := &collectSink{}
	if err := f.Decode(context.Background(), fh, opts, s); err != nil {
		t.Fatalf("%s decode %s: %v", f.Name, path, err)
	}
	return s
}
