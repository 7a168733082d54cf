package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/marsad-project/marsad"
)

// postScanner scans post rows into one reused Post.
type postScanner struct {
	p       marsad.Post
	created int64
	kind    string
	ent     []byte
	dest    []any
}

func newPostScanner() *postScanner {
	ps := &postScanner{}
	p := &ps.p
	ps.dest = []any{&ps.created, &p.Platform, &p.ID, &p.AccountID, &p.AccountHandle, &p.Text, &p.Lang, &ps.kind,
		&p.ReplyToPostID, &p.ReplyToAccountID, &p.RepostOfPostID, &p.RepostOfAccountID,
		&p.QuotedPostID, &p.QuotedAccountID, &p.ConversationID, &ps.ent, &p.SourceID, &p.SourceLine}
	return ps
}

func (ps *postScanner) scan(rows interface{ Scan(...any) error }) error {
	ps.ent = ps.ent[:0]
	if err := rows.Scan(ps.dest...); err != nil {
		return err
	}
	ps.p.CreatedAt = fromMS(ps.created)
	ps.p.Kind = marsad.PostKind(ps.kind)
	if err := decodeEntities(ps.ent, &ps.p); err != nil {
		return fmt.Errorf("post %s/%s: %w", ps.p.Platform, ps.p.ID, err)
	}
	return nil
}

// ScanPosts streams posts in (CreatedAt, Platform, ID) order with their
// entities through one query (a rows cursor), calling fn with a Post that is
// reused between calls.
func (s *DB) ScanPosts(ctx context.Context, f marsad.PostFilter, fn func(*marsad.Post) error) error {
	lo, hi := rangeMS(f.Since, f.Until)
	rows, err := s.db.QueryContext(ctx, s.d.Rebind(`SELECT `+postCols+` FROM posts
		WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, platform, id`), lo, hi)
	if err != nil {
		return s.wrap(err, "scan posts")
	}
	defer rows.Close()
	ps := newPostScanner()
	for rows.Next() {
		if err := ps.scan(rows); err != nil {
			return s.wrap(err, "scan posts")
		}
		if err := fn(&ps.p); err != nil {
			return err
		}
	}
	return s.wrap(rows.Err(), "scan posts")
}

// FindPost returns one post or an ENOTFOUND error.
func (s *DB) FindPost(ctx context.Context, platform, id string) (*marsad.Post, error) {
	ps := newPostScanner()
	err := ps.scan(s.db.QueryRowContext(ctx, s.d.Rebind(`SELECT `+postCols+` FROM posts
		WHERE platform = $1 AND id = $2`), platform, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, marsad.Errorf(marsad.ENOTFOUND, "no post %s on %s", id, platform)
	} else if err != nil {
		return nil, s.wrap(err, "find post")
	}
	p := ps.p
	return &p, nil
}
