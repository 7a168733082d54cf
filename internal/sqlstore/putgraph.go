package sqlstore

import (
	"context"
	"strconv"

	"github.com/marsad-project/marsad"
)

func itoa(i int) string { return strconv.Itoa(i) }

// PutFollows stores follow edges; an edge already stored is skipped.
func (im *importTx) PutFollows(ctx context.Context, fs []marsad.Follow) (int, error) {
	if err := im.check(); err != nil || len(fs) == 0 {
		return 0, err
	}
	if im.follows == nil {
		im.follows = newBatchInsert(im.s, im.tx,
			`INSERT INTO follows (platform, follower_id, followee_id, observed_at, source_id)`,
			`ON CONFLICT DO NOTHING`, 5, 2048)
	}
	args := im.args[:0]
	for _, f := range fs {
		if f.Platform == "" || f.FollowerID == "" || f.FolloweeID == "" {
			return 0, marsad.Errorf(marsad.EINVALID, "follow without platform, follower or followee")
		}
		args = append(args, clean(f.Platform), clean(f.FollowerID), clean(f.FolloweeID), toMS(f.ObservedAt), im.src.ID)
	}
	im.args = args[:0]
	n, err := im.follows.exec(ctx, args)
	if err != nil {
		return 0, im.fail(err, "follows")
	}
	return int(n), nil
}

// PutStatusChanges stores status changes; one already stored (same account,
// status and time) is skipped.
func (im *importTx) PutStatusChanges(ctx context.Context, cs []marsad.StatusChange) (int, error) {
	if err := im.check(); err != nil || len(cs) == 0 {
		return 0, err
	}
	if im.status == nil {
		im.status = newBatchInsert(im.s, im.tx,
			`INSERT INTO status_changes (observed_at, platform, account_id, status, handle, source_id)`,
			`ON CONFLICT DO NOTHING`, 6, 2048)
	}
	args := im.args[:0]
	for _, c := range cs {
		if c.Platform == "" || c.AccountID == "" || c.Status == "" {
			return 0, marsad.Errorf(marsad.EINVALID, "status change without platform, account or status")
		}
		args = append(args, toMS(c.ObservedAt), clean(c.Platform), clean(c.AccountID), clean(string(c.Status)), clean(c.Handle), im.src.ID)
	}
	im.args = args[:0]
	n, err := im.status.exec(ctx, args)
	if err != nil {
		return 0, im.fail(err, "status changes")
	}
	return int(n), nil
}

// PutWatchlist adds watchlist entries from a file (an entry already present
// is updated with the fields the file gives) and returns how many were new.
func (im *importTx) PutWatchlist(ctx context.Context, es []marsad.WatchlistEntry) (int, error) {
	if err := im.check(); err != nil {
		return 0, err
	}
	added := 0
	for _, e := range es {
		e.SourceID = im.src.ID
		isNew, err := im.s.addWatchlist(ctx, im.tx, e, im.now)
		if err != nil {
			return added, err
		}
		if isNew {
			added++
		}
	}
	return added, nil
}
