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

// batchSink is the importer's Sink: it repairs strings and buffers records
// per type; when any buffer fills, the whole batch goes to a batchWriter,
// which stores it while decoding goes on. Call close once decoding ended
// (with or without error) to store the rest and collect the counts.
type batchSink struct {
	file    string
	size    int
	rejects *rejectsFile
	notice  func(string)
	w       *batchWriter
	cur     *batch
	counts  marsad.ImportCounts // rejects and duplicates within a batch

	accountIdx map[accountKey]int
	postIdx    map[string]int
	hashesRead int64 // media-hash rows decoded (stored by URL even when nothing matches yet)
}

// batch is one set of records sent to the store together.
type batch struct {
	accounts []marsad.Account
	posts    []marsad.Post
	follows  []marsad.Follow
	changes  []marsad.StatusChange
	watch    []marsad.WatchlistEntry
	hashes   []marsad.MediaHash
	rejects  []marsad.Reject
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
	return &batchSink{file: file, size: size, rejects: rejects, notice: notice, w: startBatchWriter(ctx, imp),
		cur: &batch{}, accountIdx: map[accountKey]int{}, postIdx: map[string]int{}}
}

func (s *batchSink) Account(a *marsad.Account) error {
	c := *a
	c.Handle, c.DisplayName, c.Bio, c.Location = clean(c.Handle), clean(c.DisplayName), clean(c.Bio), clean(c.Location)
	c.URL, c.AvatarURL = clean(c.URL), clean(c.AvatarURL)
	k := accountKey{c.Platform, c.ID, c.Handle, c.DisplayName, c.Bio, c.AvatarURL}
	if i, ok := s.accountIdx[k]; ok {
		if c.ObservedAt.After(s.cur.accounts[i].ObservedAt) {
			s.cur.accounts[i] = c
		}
		return nil
	}
	s.accountIdx[k] = len(s.cur.accounts)
	s.cur.accounts = append(s.cur.accounts, c)
	return s.maybeSend(len(s.cur.accounts))
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
	s.postIdx[key] = len(s.cur.posts)
	s.cur.posts = append(s.cur.posts, c)
	return s.maybeSend(len(s.cur.posts))
}

func (s *batchSink) Follow(f *marsad.Follow) error {
	s.cur.follows = append(s.cur.follows, *f)
	return s.maybeSend(len(s.cur.follows))
}

func (s *batchSink) StatusChange(c *marsad.StatusChange) error {
	x := *c
	x.Handle = clean(x.Handle)
	s.cur.changes = append(s.cur.changes, x)
	return s.maybeSend(len(s.cur.changes))
}

func (s *batchSink) Watchlist(e *marsad.WatchlistEntry) error {
	x := *e
	x.Handle, x.Name, x.Note = clean(x.Handle), clean(x.Name), clean(x.Note)
	s.cur.watch = append(s.cur.watch, x)
	return s.maybeSend(len(s.cur.watch))
}

func (s *batchSink) MediaHash(h *marsad.MediaHash) error {
	s.hashesRead++
	s.cur.hashes = append(s.cur.hashes, *h)
	return s.maybeSend(len(s.cur.hashes))
}

func (s *batchSink) Reject(line int64, reason string, raw []byte) error {
	r := marsad.Reject{File: s.file, Line: line, Reason: clean(reason), Raw: excerpt(raw)}
	s.counts.Rejects++
	if err := s.rejects.write(r); err != nil {
		return err
	}
	s.cur.rejects = append(s.cur.rejects, r)
	return s.maybeSend(len(s.cur.rejects))
}

func (s *batchSink) Notice(msg string) {
	if s.notice != nil {
		s.notice(msg)
	}
}

// maybeSend sends the current batch when one of its buffers is full. It
// returns the writer's error, if any, so that decoding stops early.
func (s *batchSink) maybeSend(n int) error {
	if n < s.size {
		return s.w.failed()
	}
	return s.send()
}

// send hands the current batch to the writer and starts a new one.
func (s *batchSink) send() error {
	if err := s.w.send(s.cur); err != nil {
		return err
	}
	s.cur = &batch{}
	clear(s.accountIdx)
	clear(s.postIdx)
	return nil
}

// close stores what is buffered (unless abort), waits for the writer and
// returns the counts and the first store error.
func (s *batchSink) close(abort bool) (marsad.ImportCounts, error) {
	if !abort {
		s.send() // an error here is returned by wait
	}
	counts, err := s.w.wait()
	counts.Rejects += s.counts.Rejects
	counts.Duplicates += s.counts.Duplicates
	return counts, err
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
