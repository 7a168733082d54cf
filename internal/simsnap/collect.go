package simsnap

import (
	"context"
	"slices"

	"github.com/marsad-project/marsad"
)

// Records are the posts and watchlist entries of a scenario's files, in the
// order Visit meets them.
type Records struct {
	Posts     []marsad.Post // media hashes applied; a post in two files is kept twice
	Watchlist []marsad.WatchlistEntry
}

// Collect decodes the named files of dir (every file when none is named;
// see Visit) and keeps their posts and watchlist entries, for analyses that
// classify posts one by one rather than over a snapshot. It holds every
// post in memory, so it is for test-sized scenarios.
func Collect(ctx context.Context, dir string, names ...string) (*Records, error) {
	c := &collector{}
	if err := Visit(ctx, dir, Options{}, c, names...); err != nil {
		return nil, err
	}
	return &c.r, nil
}

type collector struct{ r Records }

// Post keeps a copy that owns its slices: a decoder may reuse them.
func (c *collector) Post(p *marsad.Post) error {
	q := *p
	q.Mentions = slices.Clone(p.Mentions)
	q.Hashtags = slices.Clone(p.Hashtags)
	q.URLs = slices.Clone(p.URLs)
	q.Media = slices.Clone(p.Media)
	c.r.Posts = append(c.r.Posts, q)
	return nil
}

func (c *collector) Watchlist(e *marsad.WatchlistEntry) error {
	c.r.Watchlist = append(c.r.Watchlist, *e)
	return nil
}

func (c *collector) Account(*marsad.Account) error           { return nil }
func (c *collector) Follow(*marsad.Follow) error             { return nil }
func (c *collector) StatusChange(*marsad.StatusChange) error { return nil }
func (c *collector) MediaHash(*marsad.MediaHash) error       { return nil }
func (c *collector) Reject(int64, string, []byte) error      { return nil }
func (c *collector) Notice(string)                           {}
