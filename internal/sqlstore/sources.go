package sqlstore

import (
	"context"
	"database/sql"
	"errors"

	"github.com/marsad-project/marsad"
)

const sourceCols = `id, path, sha256, format, imported_at, accounts, posts, follows, status_changes,
	watchlist, media_hashes, duplicates, rejects`

func scanSource(sc interface{ Scan(...any) error }, src *marsad.Source) error {
	var at int64
	c := &src.Counts
	err := sc.Scan(&src.ID, &src.Path, &src.SHA256, &src.Format, &at, &c.Accounts, &c.Posts, &c.Follows,
		&c.StatusChanges, &c.Watchlist, &c.MediaHashes, &c.Duplicates, &c.Rejects)
	src.ImportedAt = fromMS(at)
	return err
}

// FindSourceBySHA256 returns the first committed import of a file with these
// bytes, or an ENOTFOUND error.
func (s *DB) FindSourceBySHA256(ctx context.Context, sha string) (*marsad.Source, error) {
	var src marsad.Source
	err := scanSource(s.db.QueryRowContext(ctx, s.d.Rebind(`SELECT `+sourceCols+` FROM sources
		WHERE sha256 = $1 ORDER BY id LIMIT 1`), sha), &src)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no import of a file with sha256 %s", sha)
	} else if err != nil {
		return nil, s.wrap(err, "find source")
	}
	return &src, nil
}

// ListSources returns every committed import, oldest first.
func (s *DB) ListSources(ctx context.Context) ([]marsad.Source, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+sourceCols+` FROM sources ORDER BY id`)
	if err != nil {
		return nil, s.wrap(err, "list sources")
	}
	defer rows.Close()
	var out []marsad.Source
	for rows.Next() {
		var src marsad.Source
		if err := scanSource(rows, &src); err != nil {
			return nil, s.wrap(err, "list sources")
		}
		out = append(out, src)
	}
	return out, s.wrap(rows.Err(), "list sources")
}

// Stats counts the stored records per type (`marsad stats`). Every post kind
// is present in PostsByKind, with 0 when there is none.
func (s *DB) Stats(ctx context.Context) (marsad.Stats, error) {
	st := marsad.Stats{PostsByKind: map[marsad.PostKind]int64{}}
	for _, k := range marsad.PostKinds {
		st.PostsByKind[k] = 0
	}
	for _, c := range []struct {
		q string
		v *int64
	}{
		{`SELECT count(*) FROM accounts`, &st.Accounts},
		{`SELECT count(*) FROM follows`, &st.Follows},
		{`SELECT count(*) FROM status_changes`, &st.StatusChanges},
		{`SELECT count(*) FROM media`, &st.Media},
		{`SELECT count(*) FROM sources`, &st.Sources},
		{`SELECT count(*) FROM rejects`, &st.Rejects},
	} {
		if err := s.db.QueryRowContext(ctx, c.q).Scan(c.v); err != nil {
			return st, s.wrap(err, "stats")
		}
	}
	rows, err := s.db.QueryContext(ctx, `SELECT kind, count(*) FROM posts GROUP BY kind`)
	if err != nil {
		return st, s.wrap(err, "stats")
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var n int64
		if err := rows.Scan(&k, &n); err != nil {
			return st, s.wrap(err, "stats")
		}
		st.PostsByKind[marsad.PostKind(k)] += n
		st.Posts += n
	}
	return st, s.wrap(rows.Err(), "stats")
}
