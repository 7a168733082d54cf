package sqlstore

import (
	"context"
	"database/sql"
	"errors"

	"github.com/marsad-project/marsad"
)

func scanAccount(sc interface{ Scan(...any) error }, a *marsad.Account) error {
	var verified, created, observed int64
	err := sc.Scan(&a.Platform, &a.ID, &a.Handle, &a.DisplayName, &a.Bio, &a.Location, &a.URL, &a.AvatarURL,
		&a.AvatarHash, &verified, &created, &a.Followers, &a.Following, &a.PostCount, &observed, &a.SourceID)
	a.Verified, a.CreatedAt, a.ObservedAt = verified != 0, fromMS(created), fromMS(observed)
	return err
}

// ScanAccounts streams every account (latest profile) in (platform, id)
// order; the Account is reused between calls.
func (s *DB) ScanAccounts(ctx context.Context, fn func(*marsad.Account) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+accountCols+` FROM accounts ORDER BY platform, id`)
	if err != nil {
		return s.wrap(err, "scan accounts")
	}
	defer rows.Close()
	var a marsad.Account
	for rows.Next() {
		if err := scanAccount(rows, &a); err != nil {
			return s.wrap(err, "scan accounts")
		}
		if err := fn(&a); err != nil {
			return err
		}
	}
	return s.wrap(rows.Err(), "scan accounts")
}

// FindAccount returns one account or an ENOTFOUND error.
func (s *DB) FindAccount(ctx context.Context, platform, id string) (*marsad.Account, error) {
	var a marsad.Account
	err := scanAccount(s.db.QueryRowContext(ctx, s.d.Rebind(`SELECT `+accountCols+` FROM accounts
		WHERE platform = $1 AND id = $2`), platform, id), &a)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no account %s on %s", id, platform)
	} else if err != nil {
		return nil, s.wrap(err, "find account")
	}
	return &a, nil
}

// ProfileHistory returns an account's distinct profile states, oldest first.
func (s *DB) ProfileHistory(ctx context.Context, platform, id string) ([]marsad.ProfileObservation, error) {
	rows, err := s.db.QueryContext(ctx, s.d.Rebind(`SELECT platform, account_id, handle, display_name, bio,
		avatar_url, observed_at, source_id FROM profile_history WHERE platform = $1 AND account_id = $2
		ORDER BY observed_at, state_hash`), platform, id)
	if err != nil {
		return nil, s.wrap(err, "profile history")
	}
	defer rows.Close()
	out := []marsad.ProfileObservation{}
	for rows.Next() {
		var o marsad.ProfileObservation
		var at int64
		if err := rows.Scan(&o.Platform, &o.AccountID, &o.Handle, &o.DisplayName, &o.Bio, &o.AvatarURL, &at, &o.SourceID); err != nil {
			return nil, s.wrap(err, "profile history")
		}
		o.ObservedAt = fromMS(at)
		out = append(out, o)
	}
	return out, s.wrap(rows.Err(), "profile history")
}

// ScanFollows streams every follow edge in (platform, follower, followee) order.
func (s *DB) ScanFollows(ctx context.Context, fn func(marsad.Follow) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT platform, follower_id, followee_id, observed_at, source_id
		FROM follows ORDER BY platform, follower_id, followee_id`)
	if err != nil {
		return s.wrap(err, "scan follows")
	}
	defer rows.Close()
	for rows.Next() {
		var f marsad.Follow
		var at int64
		if err := rows.Scan(&f.Platform, &f.FollowerID, &f.FolloweeID, &at, &f.SourceID); err != nil {
			return s.wrap(err, "scan follows")
		}
		f.ObservedAt = fromMS(at)
		if err := fn(f); err != nil {
			return err
		}
	}
	return s.wrap(rows.Err(), "scan follows")
}

// ScanStatusChanges streams status changes in (observed_at, platform,
// account, status) order.
func (s *DB) ScanStatusChanges(ctx context.Context, fn func(marsad.StatusChange) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT observed_at, platform, account_id, status, handle, source_id
		FROM status_changes ORDER BY observed_at, platform, account_id, status`)
	if err != nil {
		return s.wrap(err, "scan status changes")
	}
	defer rows.Close()
	for rows.Next() {
		var c marsad.StatusChange
		var at int64
		var st string
		if err := rows.Scan(&at, &c.Platform, &c.AccountID, &st, &c.Handle, &c.SourceID); err != nil {
			return s.wrap(err, "scan status changes")
		}
		c.ObservedAt, c.Status = fromMS(at), marsad.AccountStatus(st)
		if err := fn(c); err != nil {
			return err
		}
	}
	return s.wrap(rows.Err(), "scan status changes")
}
