package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"github.com/marsad-project/marsad"
)

// execer is what both *sql.DB and *sql.Tx offer.
type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// watchKey is an entry's identity: its account id or, without one, its
// lower-cased handle.
func watchKey(e *marsad.WatchlistEntry) string {
	if e.AccountID != "" {
		return "id:" + e.AccountID
	}
	return "@" + strings.ToLower(e.Handle)
}

// addWatchlist inserts or updates one entry and reports whether it was new.
// An update keeps stored fields the new entry leaves empty.
func (s *DB) addWatchlist(ctx context.Context, x execer, e marsad.WatchlistEntry, now int64) (bool, error) {
	for _, p := range []*string{&e.Platform, &e.AccountID, &e.Handle, &e.Name, &e.PhotoPath, &e.PhotoHash, &e.Note} {
		*p = clean(strings.TrimSpace(*p))
	}
	e.Handle = strings.TrimPrefix(e.Handle, "@")
	if e.Platform == "" {
		e.Platform = marsad.PlatformTwitter
	}
	if e.AccountID == "" && e.Handle == "" {
		return false, marsad.Errorf(marsad.EINVALID, "a watchlist entry needs an account id or a handle")
	}
	added := now
	if !e.AddedAt.IsZero() {
		added = toMS(e.AddedAt)
	}
	var src any
	if e.SourceID != 0 {
		src = e.SourceID
	}
	key := watchKey(&e)
	q := s.d.Rebind
	res, err := x.ExecContext(ctx, q(`INSERT INTO watchlist (platform, entry_key, account_id, handle, handle_lower,
		name, photo_path, photo_hash, note, added_at, source_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)
		ON CONFLICT (platform, entry_key) DO NOTHING`),
		e.Platform, key, e.AccountID, e.Handle, strings.ToLower(e.Handle), e.Name, e.PhotoPath, e.PhotoHash, e.Note, added, src)
	if err != nil {
		return false, s.wrap(err, "watchlist add")
	}
	if n, err := res.RowsAffected(); err != nil {
		return false, s.wrap(err, "watchlist add")
	} else if n == 1 {
		return true, nil
	}
	_, err = x.ExecContext(ctx, q(`UPDATE watchlist SET
		handle = CASE WHEN $1 = '' THEN handle ELSE $1 END,
		handle_lower = CASE WHEN $1 = '' THEN handle_lower ELSE $2 END,
		name = CASE WHEN $3 = '' THEN name ELSE $3 END,
		photo_path = CASE WHEN $4 = '' THEN photo_path ELSE $4 END,
		photo_hash = CASE WHEN $5 = '' THEN photo_hash ELSE $5 END,
		note = CASE WHEN $6 = '' THEN note ELSE $6 END
		WHERE platform = $7 AND entry_key = $8`),
		e.Handle, strings.ToLower(e.Handle), e.Name, e.PhotoPath, e.PhotoHash, e.Note, e.Platform, key)
	return false, s.wrap(err, "watchlist update")
}

// AddWatchlist adds or updates one entry outside any import.
func (s *DB) AddWatchlist(ctx context.Context, e marsad.WatchlistEntry) error {
	_, err := s.addWatchlist(ctx, s.db, e, toMS(s.Now()))
	return err
}

// RemoveWatchlist removes the entries of platform whose account id is
// idOrHandle or whose handle is idOrHandle (case-insensitive, '@' optional).
func (s *DB) RemoveWatchlist(ctx context.Context, platform, idOrHandle string) error {
	if platform == "" {
		platform = marsad.PlatformTwitter
	}
	v := strings.TrimSpace(idOrHandle)
	res, err := s.db.ExecContext(ctx, s.d.Rebind(`DELETE FROM watchlist WHERE platform = $1 AND
		(account_id = $2 OR (handle_lower <> '' AND handle_lower = $3))`),
		platform, v, strings.ToLower(strings.TrimPrefix(v, "@")))
	if err != nil {
		return s.wrap(err, "watchlist remove")
	}
	if n, err := res.RowsAffected(); err != nil {
		return s.wrap(err, "watchlist remove")
	} else if n == 0 {
		return marsad.Errorf(marsad.ENOTFOUND, "no watchlist entry %q on %s", idOrHandle, platform)
	}
	return nil
}

// ListWatchlist returns every entry ordered by (platform, account id, handle).
func (s *DB) ListWatchlist(ctx context.Context) ([]marsad.WatchlistEntry, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT platform, account_id, handle, name, photo_path, photo_hash,
		note, added_at, source_id FROM watchlist ORDER BY platform, account_id, handle_lower, handle`)
	if err != nil {
		return nil, s.wrap(err, "watchlist list")
	}
	defer rows.Close()
	var out []marsad.WatchlistEntry
	for rows.Next() {
		var e marsad.WatchlistEntry
		var added int64
		var src sql.NullInt64
		if err := rows.Scan(&e.Platform, &e.AccountID, &e.Handle, &e.Name, &e.PhotoPath, &e.PhotoHash,
			&e.Note, &added, &src); err != nil {
			return nil, s.wrap(err, "watchlist list")
		}
		e.AddedAt, e.SourceID = fromMS(added), src.Int64
		out = append(out, e)
	}
	return out, s.wrap(rows.Err(), "watchlist list")
}
