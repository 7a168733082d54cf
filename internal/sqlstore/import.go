package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/marsad-project/marsad"
)

// importTx is one open import: one transaction for the whole file, with its
// multi-row INSERT statements prepared on first use and reused.
type importTx struct {
	s    *DB
	tx   *sql.Tx
	src  *marsad.Source
	now  int64
	done bool

	posts, media, follows, status, rejects *batchInsert
	accounts, history                      *batchInsert
	selAccounts                            map[int]*sql.Stmt
	mediaUpsert, knownUpsert, avatarUpdate *batchInsert
	named                                  map[string]*sql.Stmt // other statements prepared once
	// knownState says whether media_hash_urls has rows: 0 not asked yet,
	// -1 none, 1 some (see knownHashes).
	knownState int8
	// Per-import caches (see accountCacheMax).
	accCache  map[accountKey]*cachedAccount
	histCache map[historyKey]int64
	args      []any
	buf       []byte
}

// BeginImport starts the transaction of one source file and records the
// source in it, so that a rollback leaves no trace. It sets src.ID and
// src.ImportedAt.
func (s *DB) BeginImport(ctx context.Context, src *marsad.Source) (marsad.Import, error) {
	if src == nil {
		return nil, marsad.Errorf(marsad.EINVALID, "begin import: no source")
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.wrap(err, "begin import")
	}
	now := s.Now().UTC()
	var id int64
	err = tx.QueryRowContext(ctx, s.d.Rebind(
		`INSERT INTO sources (path, sha256, format, imported_at) VALUES ($1, $2, $3, $4) RETURNING id`),
		clean(src.Path), clean(src.SHA256), clean(src.Format), toMS(now)).Scan(&id)
	if err != nil {
		tx.Rollback()
		return nil, s.wrap(err, "begin import: record source")
	}
	src.ID = id
	src.ImportedAt = fromMS(toMS(now))
	return &importTx{s: s, tx: tx, src: src, now: toMS(now), selAccounts: map[int]*sql.Stmt{}, named: map[string]*sql.Stmt{},
		accCache: map[accountKey]*cachedAccount{}, histCache: map[historyKey]int64{}}, nil
}

// check refuses work on a finished import.
func (im *importTx) check() error {
	if im.done {
		return marsad.Errorf(marsad.EINVALID, "import of %s is already committed or rolled back", im.src.Path)
	}
	return nil
}

// Commit records the final counts on the source and commits the file.
func (im *importTx) Commit(ctx context.Context, c marsad.ImportCounts) error {
	if err := im.check(); err != nil {
		return err
	}
	if err := im.flushAccounts(ctx); err != nil {
		im.Rollback()
		return err
	}
	_, err := im.tx.ExecContext(ctx, im.s.d.Rebind(`UPDATE sources SET accounts = $1, posts = $2,
		follows = $3, status_changes = $4, watchlist = $5, media_hashes = $6, duplicates = $7,
		rejects = $8 WHERE id = $9`),
		c.Accounts, c.Posts, c.Follows, c.StatusChanges, c.Watchlist, c.MediaHashes, c.Duplicates, c.Rejects, im.src.ID)
	if err != nil {
		im.Rollback()
		return im.s.wrap(err, "commit import: counts")
	}
	im.closeStmts()
	im.done = true
	if err := im.tx.Commit(); err != nil {
		return im.s.wrap(err, "commit import")
	}
	im.src.Counts = c
	return nil
}

// Rollback discards the import; it is a no-op after Commit or Rollback.
func (im *importTx) Rollback() error {
	if im.done {
		return nil
	}
	im.closeStmts()
	im.done = true
	if err := im.tx.Rollback(); err != nil && !errors.Is(err, sql.ErrTxDone) {
		return im.s.wrap(err, "rollback import")
	}
	return nil
}

func (im *importTx) closeStmts() {
	for _, b := range []*batchInsert{im.posts, im.media, im.follows, im.status, im.rejects, im.accounts, im.history, im.mediaUpsert,
		im.knownUpsert, im.avatarUpdate} {
		if b != nil {
			b.close()
		}
	}
	for _, st := range im.selAccounts {
		st.Close()
	}
	for _, st := range im.named {
		st.Close()
	}
}

// fail wraps a write error with the import's context.
func (im *importTx) fail(err error, what string) error {
	return fmt.Errorf("import %s: %w", im.src.Path, im.s.wrap(err, what))
}

// PutRejects stores rejected input records of this source.
func (im *importTx) PutRejects(ctx context.Context, rs []marsad.Reject) error {
	if err := im.check(); err != nil || len(rs) == 0 {
		return err
	}
	if im.rejects == nil {
		im.rejects = newBatchInsert(im.s, im.tx,
			`INSERT INTO rejects (source_id, file, line, reason, raw)`, ``, 5, 1024)
	}
	args := im.args[:0]
	for _, r := range rs {
		args = append(args, im.src.ID, clean(r.File), r.Line, clean(r.Reason), clean(r.Raw))
	}
	im.args = args[:0]
	if _, err := im.rejects.exec(ctx, args); err != nil {
		return im.fail(err, "rejects")
	}
	return nil
}
