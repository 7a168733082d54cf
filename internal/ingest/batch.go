package ingest

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/marsad-project/marsad"
)

// DefaultBatchSize is how many records of one type are sent to the store
// per Put call.
const DefaultBatchSize = 5000

// batchSink is the importer's Sink: it repairs strings, buffers records per
// type and writes them to the open import in batches, counting what was new
// and what was already stored. When any buffer fills, all are flushed,
// accounts first, so that a store may rely on a post's author existing.
type batchSink struct {
	ctx     context.Context
	imp     marsad.Import
	file    string
	size    int
	counts  marsad.ImportCounts
	rejects *rejectsFile
	notice  func(string)

	accounts    []marsad.Account
	accountIdx  map[accountKey]int
	posts       []marsad.Post
	postIdx     map[string]int
	follows     []marsad.Follow
	changes     []marsad.StatusChange
	watch       []marsad.WatchlistEntry
	hashes      []marsad.MediaHash
	rejectBatch []marsad.Reject
}

// accountKey is one distinct profile state; repeated observations of the
// same state within a batch are merged (the latest counts are kept).
type accountKey struct {
	platform, id, handle, name, bio, avatar string
}

func newBatchSink(ctx context.Context, imp marsad.Import, file string, size int, rejects *rejectsFile, notice func(string)) *batchSink {
	if size <= 0 {
		size = DefaultBatchSize
	}
	return &batchSink{ctx: ctx, imp: imp, file: file, size: size, rejects: rejects, notice: notice,
		accountIdx: map[accountKey]int{}, postIdx: map[string]int{}}
}

func (s *batchSink) Account(a *marsad.Account) error {
	c := *a
	c.Handle, c.DisplayName, c.Bio, c.Location = clean(c.Handle), clean(c.DisplayName), clean(c.Bio), clean(c.Location)
	c.URL, c.AvatarURL = clean(c.URL), clean(c.AvatarURL)
	k := accountKey{c.Platform, c.ID, c.Handle, c.DisplayName, c.Bio, c.AvatarURL}
	if i, ok := s.accountIdx[k]; ok {
		if c.ObservedAt.After(s.accounts[i].ObservedAt) {
			s.accounts[i] = c
		}
		return nil
	}
	s.accountIdx[k] = len(s.accounts)
	s.accounts = append(s.accounts, c)
	return s.maybeFlush(len(s.accounts))
}

func (s *batchSink) Post(p *marsad.Post) error {
	c := *p
	c.Text, c.AccountHandle = clean(c.Text), clean(c.AccountHandle)
	for i := range c.Hashtags {
		c.Hashtags[i] = clean(c.Hashtags[i])
	}
	for i := range c.Mentions {
		c.Mentions[i].Handle = clean(c.Mentions[i].Handle)
	}
	for i := range c.URLs {
		c.URLs[i].Given, c.URLs[i].Canonical = clean(c.URLs[i].Given), clean(c.URLs[i].Canonical)
	}
	for i := range c.Media {
		c.Media[i].URL = clean(c.Media[i].URL)
	}
	key := c.Platform + "\x00" + c.ID
	if _, ok := s.postIdx[key]; ok { // the same post twice in one batch (embedded originals)
		s.counts.Duplicates++
		return nil
	}
	s.postIdx[key] = len(s.posts)
	s.posts = append(s.posts, c)
	return s.maybeFlush(len(s.posts))
}

func (s *batchSink) Follow(f *marsad.Follow) error {
	s.follows = append(s.follows, *f)
	return s.maybeFlush(len(s.follows))
}

func (s *batchSink) StatusChange(c *marsad.StatusChange) error {
	x := *c
	x.Handle = clean(x.Handle)
	s.changes = append(s.changes, x)
	return s.maybeFlush(len(s.changes))
}

func (s *batchSink) Watchlist(e *marsad.WatchlistEntry) error {
	x := *e
	x.Handle, x.Name, x.Note = clean(x.Handle), clean(x.Name), clean(x.Note)
	s.watch = append(s.watch, x)
	return s.maybeFlush(len(s.watch))
}

func (s *batchSink) MediaHash(h *marsad.MediaHash) error {
	s.hashes = append(s.hashes, *h)
	return s.maybeFlush(len(s.hashes))
}

func (s *batchSink) Reject(line int64, reason string, raw []byte) error {
	r := marsad.Reject{File: s.file, Line: line, Reason: clean(reason), Raw: excerpt(raw)}
	s.counts.Rejects++
	if err := s.rejects.write(r); err != nil {
		return err
	}
	s.rejectBatch = append(s.rejectBatch, r)
	return s.maybeFlush(len(s.rejectBatch))
}

func (s *batchSink) Notice(msg string) {
	if s.notice != nil {
		s.notice(msg)
	}
}

func (s *batchSink) maybeFlush(n int) error {
	if n < s.size {
		return nil
	}
	return s.flush()
}

// flush writes every buffer to the import, accounts first.
func (s *batchSink) flush() error {
	ctx := s.ctx
	if len(s.accounts) > 0 {
		added, err := s.imp.PutAccounts(ctx, s.accounts)
		if err != nil {
			return err
		}
		s.counts.Accounts += int64(added)
		s.accounts = s.accounts[:0]
		clear(s.accountIdx)
	}
	if len(s.posts) > 0 {
		added, err := s.imp.PutPosts(ctx, s.posts)
		if err != nil {
			return err
		}
		s.counts.Posts += int64(added)
		s.counts.Duplicates += int64(len(s.posts) - added)
		s.posts = s.posts[:0]
		clear(s.postIdx)
	}
	if len(s.follows) > 0 {
		added, err := s.imp.PutFollows(ctx, s.follows)
		if err != nil {
			return err
		}
		s.counts.Follows += int64(added)
		s.counts.Duplicates += int64(len(s.follows) - added)
		s.follows = s.follows[:0]
	}
	if len(s.changes) > 0 {
		added, err := s.imp.PutStatusChanges(ctx, s.changes)
		if err != nil {
			return err
		}
		s.counts.StatusChanges += int64(added)
		s.counts.Duplicates += int64(len(s.changes) - added)
		s.changes = s.changes[:0]
	}
	if len(s.watch) > 0 {
		added, err := s.imp.PutWatchlist(ctx, s.watch)
		if err != nil {
			return err
		}
		s.counts.Watchlist += int64(added)
		s.counts.Duplicates += int64(len(s.watch) - added)
		s.watch = s.watch[:0]
	}
	if len(s.hashes) > 0 {
		updated, err := s.imp.PutMediaHashes(ctx, s.hashes)
		if err != nil {
			return err
		}
		s.counts.MediaHashes += int64(updated)
		s.hashes = s.hashes[:0]
	}
	if len(s.rejectBatch) > 0 {
		if err := s.imp.PutRejects(ctx, s.rejectBatch); err != nil {
			return err
		}
		s.rejectBatch = s.rejectBatch[:0]
	}
	return nil
}

// clean makes s storable: invalid UTF-8 becomes U+FFFD and NUL bytes
// (which PostgreSQL refuses and JSON escapes can produce) are removed.
func clean(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}
