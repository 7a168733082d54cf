package sqlstore

import (
	"context"
	"database/sql"
	"strings"

	"github.com/marsad-project/marsad"
)

// hashColumn says which media column a hash belongs in by its length:
// 16 hex digits are a pHash, 64 a PDQ hash.
func hashColumn(h string) (string, bool) {
	for _, c := range h {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return "", false
		}
	}
	switch len(h) {
	case 16:
		return "phash", true
	case 64:
		return "pdq", true
	}
	return "", false
}

// PutMediaHashes sets each hash on every stored media item with its URL, in
// the media table and in the entities of the posts that carry the item, and
// returns how many media items changed.
func (im *importTx) PutMediaHashes(ctx context.Context, hs []marsad.MediaHash) (int, error) {
	if err := im.check(); err != nil {
		return 0, err
	}
	q := im.s.d.Rebind
	find, err := im.tx.PrepareContext(ctx, q(`SELECT platform, post_id, idx, phash, pdq FROM media WHERE url = $1`))
	if err != nil {
		return 0, im.fail(err, "media hashes")
	}
	defer find.Close()
	updated := 0
	for _, h := range hs {
		hash := strings.ToLower(h.Hash)
		col, ok := hashColumn(hash)
		if !ok {
			return updated, marsad.Errorf(marsad.EINVALID, "media hash %q is neither 16 hex (pHash) nor 64 hex (PDQ)", h.Hash)
		}
		type item struct {
			platform, post string
			idx            int
		}
		var items []item
		rows, err := find.QueryContext(ctx, clean(h.MediaURL))
		if err != nil {
			return updated, im.fail(err, "media hashes")
		}
		for rows.Next() {
			var it item
			var ph, pdq string
			if err := rows.Scan(&it.platform, &it.post, &it.idx, &ph, &pdq); err != nil {
				rows.Close()
				return updated, im.fail(err, "media hashes")
			}
			if (col == "phash" && ph != hash) || (col == "pdq" && pdq != hash) {
				items = append(items, it)
			}
		}
		if err := rows.Close(); err != nil {
			return updated, im.fail(err, "media hashes")
		}
		for _, it := range items {
			if err := im.setMediaHash(ctx, it.platform, it.post, it.idx, col, hash); err != nil {
				return updated, err
			}
			updated++
		}
	}
	return updated, nil
}

// setMediaHash updates one media item in both places it is stored.
func (im *importTx) setMediaHash(ctx context.Context, platform, post string, idx int, col, hash string) error {
	q := im.s.d.Rebind
	if _, err := im.tx.ExecContext(ctx, q(`UPDATE media SET `+col+` = $1 WHERE platform = $2 AND post_id = $3 AND idx = $4`),
		hash, platform, post, idx); err != nil {
		return im.fail(err, "media hashes")
	}
	var ent []byte
	err := im.tx.QueryRowContext(ctx, q(`SELECT entities FROM posts WHERE platform = $1 AND id = $2`), platform, post).Scan(&ent)
	if err == sql.ErrNoRows {
		return nil
	} else if err != nil {
		return im.fail(err, "media hashes")
	}
	var p marsad.Post
	if err := decodeEntities(ent, &p); err != nil || idx >= len(p.Media) {
		return im.fail(errEntities, "media hashes: post "+post)
	}
	if col == "phash" {
		p.Media[idx].PHash = hash
	} else {
		p.Media[idx].PDQ = hash
	}
	if _, err := im.tx.ExecContext(ctx, q(`UPDATE posts SET entities = $1 WHERE platform = $2 AND id = $3`),
		appendEntities(nil, &p), platform, post); err != nil {
		return im.fail(err, "media hashes")
	}
	return nil
}
