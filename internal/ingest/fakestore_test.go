package ingest

import (
	"context"
	"fmt"
	"sync"

	"github.com/marsad-project/marsad"
)

// fakeStore is an in-memory marsad.ImportService with the store's unique
// keys and transaction semantics, for importer tests that must not depend
// on the SQL store. End-to-end tests with SQLite live in e2e_test.go.
type fakeStore struct {
	mu       sync.Mutex
	sources  []marsad.Source
	accounts map[string]marsad.Account
	posts    map[string]marsad.Post
	follows  map[string]bool
	changes  map[string]bool
	watch    map[string]bool
	rejects  []marsad.Reject
	// failPutPostsAfter makes the PutPosts call after that many fail (0 = never).
	failPutPostsAfter int
	putPostsCalls     int
}

func newFakeStore() *fakeStore {
	return &fakeStore{accounts: map[string]marsad.Account{}, posts: map[string]marsad.Post{},
		follows: map[string]bool{}, changes: map[string]bool{}, watch: map[string]bool{}}
}

func (s *fakeStore) BeginImport(ctx context.Context, src *marsad.Source) (marsad.Import, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	src.ID = int64(len(s.sources) + 1000)
	return &fakeImport{s: s, src: *src, accounts: map[string]marsad.Account{}, posts: map[string]marsad.Post{},
		follows: map[string]bool{}, changes: map[string]bool{}, watch: map[string]bool{}}, nil
}

func (s *fakeStore) FindSourceBySHA256(ctx context.Context, sum string) (*marsad.Source, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i := range s.sources {
		if s.sources[i].SHA256 == sum {
			src := s.sources[i]
			return &src, nil
		}
	}
	return nil, marsad.Errorf(marsad.ENOTFOUND, "no source with sha256 %s", sum)
}

func (s *fakeStore) ListSources(ctx context.Context) ([]marsad.Source, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]marsad.Source(nil), s.sources...), nil
}

// fakeImport buffers one transaction.
type fakeImport struct {
	s        *fakeStore
	src      marsad.Source
	done     bool
	accounts map[string]marsad.Account
	posts    map[string]marsad.Post
	follows  map[string]bool
	changes  map[string]bool
	watch    map[string]bool
	rejects  []marsad.Reject
}

func (t *fakeImport) PutAccounts(ctx context.Context, as []marsad.Account) (int, error) {
	n := 0
	for _, a := range as {
		k := a.Platform + "/" + a.ID
		if _, ok := t.s.accounts[k]; ok {
			continue
		}
		if _, ok := t.accounts[k]; !ok {
			n++
		}
		t.accounts[k] = a
	}
	return n, nil
}

func (t *fakeImport) PutPosts(ctx context.Context, ps []marsad.Post) (int, error) {
	t.s.putPostsCalls++
	if t.s.failPutPostsAfter > 0 && t.s.putPostsCalls == t.s.failPutPostsAfter+1 {
		return 0, fmt.Errorf("disk full (simulated)")
	}
	n := 0
	for _, p := range ps {
		k := p.Platform + "/" + p.ID
		if _, ok := t.s.posts[k]; ok {
			continue
		}
		if _, ok := t.posts[k]; ok {
			continue
		}
		t.posts[k] = p
		n++
	}
	return n, nil
}

func putKeys(store, tx map[string]bool, keys []string) int {
	n := 0
	for _, k := range keys {
		if !store[k] && !tx[k] {
			tx[k] = true
			n++
		}
	}
	return n
}

func (t *fakeImport) PutFollows(ctx context.Context, fs []marsad.Follow) (int, error) {
	var keys []string
	for _, f := range fs {
		keys = append(keys, f.Platform+"/"+f.FollowerID+"/"+f.FolloweeID)
	}
	return putKeys(t.s.follows, t.follows, keys), nil
}

func (t *fakeImport) PutStatusChanges(ctx context.Context, cs []marsad.StatusChange) (int, error) {
	var keys []string
	for _, c := range cs {
		keys = append(keys, c.Platform+"/"+c.AccountID+"/"+string(c.Status)+"/"+c.ObservedAt.String())
	}
	return putKeys(t.s.changes, t.changes, keys), nil
}

func (t *fakeImport) PutWatchlist(ctx context.Context, es []marsad.WatchlistEntry) (int, error) {
	var keys []string
	for _, e := range es {
		keys = append(keys, e.Platform+"/"+e.AccountID+"/"+e.Handle)
	}
	return putKeys(t.s.watch, t.watch, keys), nil
}

func (t *fakeImport) PutMediaHashes(ctx context.Context, hs []marsad.MediaHash) (int, error) {
	return 0, nil
}

func (t *fakeImport) PutRejects(ctx context.Context, rs []marsad.Reject) error {
	t.rejects = append(t.rejects, rs...)
	return nil
}

func (t *fakeImport) Commit(ctx context.Context, c marsad.ImportCounts) error {
	t.s.mu.Lock()
	defer t.s.mu.Unlock()
	for k, v := range t.accounts {
		t.s.accounts[k] = v
	}
	for k, v := range t.posts {
		t.s.posts[k] = v
	}
	for _, m := range []struct{ from, to map[string]bool }{{t.follows, t.s.follows}, {t.changes, t.s.changes}, {t.watch, t.s.watch}} {
		for k := range m.from {
			m.to[k] = true
		}
	}
	t.s.rejects = append(t.s.rejects, t.rejects...)
	t.src.Counts = c
	t.s.sources = append(t.s.sources, t.src)
	t.done = true
	return nil
}

func (t *fakeImport) Rollback() error { t.done = true; return nil }
