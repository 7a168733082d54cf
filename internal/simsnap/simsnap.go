// Package simsnap turns a simulated scenario (internal/sim) into an analysis
// snapshot without a database, for accuracy tests and evaluations: it runs
// the real importers' decoders over the scenario's files and feeds a
// snapshot.Builder. Media hashes from media_hashes.csv are applied to post
// media and to avatars, as an import followed by the media-hashes file would.
//
// Analyses that work post by post rather than on a snapshot (threats) take
// the decoded records from Collect; other consumers stream them with Visit.
package simsnap

import (
	"context"

	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/internal/snapshot"
)

// Options drop inputs to measure how analyses degrade without them.
type Options struct {
	NoFollows bool
	NoAvatars bool
}

// Build decodes every importable file in dir into a snapshot.
func Build(ctx context.Context, dir string, o Options) (*snapshot.Snapshot, error) {
	b := builder{snapshot.NewBuilder()}
	if err := Visit(ctx, dir, o, b); err != nil {
		return nil, err
	}
	return b.b.Build()
}

// builder feeds what a snapshot holds into a snapshot.Builder.
type builder struct{ b *snapshot.Builder }

func (s builder) Account(a *marsad.Account) error           { s.b.AddAccount(a); return nil }
func (s builder) Post(p *marsad.Post) error                 { s.b.Add(p); return nil }
func (s builder) Follow(f *marsad.Follow) error             { s.b.AddFollow(*f); return nil }
func (s builder) StatusChange(c *marsad.StatusChange) error { s.b.AddStatus(*c); return nil }
func (s builder) Watchlist(*marsad.WatchlistEntry) error    { return nil }
func (s builder) MediaHash(*marsad.MediaHash) error         { return nil }
func (s builder) Reject(int64, string, []byte) error        { return nil }
func (s builder) Notice(string)                             {}
