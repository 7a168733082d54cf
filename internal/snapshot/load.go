package snapshot

import (
	"context"
	"fmt"

	"github.com/marsad-project/marsad"
)

// Source is what Load reads: the store's streaming readers.
type Source interface {
	marsad.PostReader
	marsad.AccountReader
	marsad.GraphReader
}

// ProgressEvery is how many posts Load reads between progress calls.
const ProgressEvery = 10_000

// Load streams a store into a Snapshot: every account, the posts the filter
// selects, every follow and status change. progress (may be nil) is called
// with the number of posts read so far every ProgressEvery posts and once at
// the end. Memory is the snapshot plus, while building, the id maps.
func Load(ctx context.Context, src Source, filter marsad.PostFilter, progress func(n int64)) (*Snapshot, error) {
	b := NewBuilder()
	if err := src.ScanAccounts(ctx, func(a *marsad.Account) error {
		b.AddAccount(a)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("snapshot: scan accounts: %w", err)
	}
	var n int64
	if err := src.ScanPosts(ctx, filter, func(p *marsad.Post) error {
		b.Add(p)
		n++
		if progress != nil && n%ProgressEvery == 0 {
			progress(n)
		}
		if n%ProgressEvery == 0 {
			return ctx.Err()
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("snapshot: scan posts: %w", err)
	}
	if progress != nil {
		progress(n)
	}
	if err := src.ScanFollows(ctx, func(f marsad.Follow) error {
		b.AddFollow(f)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("snapshot: scan follows: %w", err)
	}
	if err := src.ScanStatusChanges(ctx, func(c marsad.StatusChange) error {
		b.AddStatus(c)
		return nil
	}); err != nil {
		return nil, fmt.Errorf("snapshot: scan status changes: %w", err)
	}
	s, err := b.Build()
	if err != nil {
		return nil, fmt.Errorf("snapshot: build: %w", err)
	}
	return s, nil
}
