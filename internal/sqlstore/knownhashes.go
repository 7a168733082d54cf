package sqlstore

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"

	"github.com/marsad-project/marsad"
)

// A media-hashes import names media by URL, and the posts and accounts that
// use a URL may come before or after it (a folder is imported file by file,
// in name order). So every hash is also kept in media_hash_urls, the hashes
// known by URL, and the two other writers consult it: PutPosts fills media
// items that lack a hash, and the account write (flushAccounts) fills avatar
// hashes. Whichever comes first, the stored result is the same.

// urlHashes is what the store knows of one URL: its pHash and PDQ hash
// (either may be empty).
type urlHashes struct{ phash, pdq string }

// preferred is the hash an avatar takes: PDQ when known (256 bits, the more
// robust of the two), else pHash.
func (h urlHashes) preferred() string {
	if h.pdq != "" {
		return h.pdq
	}
	return h.phash
}

// avatarFor returns the avatar hash of an account whose avatar URL has the
// known hashes now (and had before, when a media-hashes import just changed
// them; pass now twice otherwise). The known hash replaces an empty hash
// or one the store itself took from the URL's hashes; a different hash the
// account's own source supplied is kept. With the same rule on both paths,
// hashes imported before and after an account give the same avatar hash.
func avatarFor(cur string, now, before urlHashes) string {
	switch cur {
	case "", now.phash, now.pdq, before.phash, before.pdq:
		return now.preferred()
	}
	return cur
}

// urlKey is the key of a URL in media_hash_urls: 128 bits of SHA-256 in
// hex, so that a URL of any length fits a B-tree index on both backends.
func urlKey(u string) string {
	sum := sha256.Sum256([]byte(u))
	return hex.EncodeToString(sum[:16])
}

// knownHashes returns the known hashes of urls (distinct, non-empty), one
// padded query per mediaHashChunk URLs. URLs the store does not know are
// absent from the map.
func (im *importTx) knownHashes(ctx context.Context, urls []string) (map[string]urlHashes, error) {
	out := map[string]urlHashes{}
	if len(urls) == 0 {
		return out, nil
	}
	// A store that knows no hash needs no lookup: asked once per import
	// (until this import records hashes). Exact on SQLite, where the
	// import's transaction excludes other writers; on PostgreSQL a hash
	// import committed meanwhile is missed, as it would miss this import's
	// uncommitted posts anyway (see docs/STORE.md).
	if im.knownState == 0 {
		var one int
		err := im.tx.QueryRowContext(ctx, `SELECT 1 FROM media_hash_urls LIMIT 1`).Scan(&one)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			im.knownState = -1
		case err != nil:
			return nil, err
		default:
			im.knownState = 1
		}
	}
	if im.knownState < 0 {
		return out, nil
	}
	st, err := im.padIn(ctx, "known-hashes", `SELECT url, phash, pdq FROM media_hash_urls WHERE url_key IN (`, 0)
	if err != nil {
		return nil, err
	}
	args := make([]any, mediaHashChunk)
	for len(urls) > 0 {
		n := min(len(urls), mediaHashChunk)
		for i := range args {
			args[i] = urlKey(urls[min(i, n-1)])
		}
		urls = urls[n:]
		rs, err := st.QueryContext(ctx, args...)
		if err != nil {
			return nil, err
		}
		for rs.Next() {
			var u string
			var h urlHashes
			if err := rs.Scan(&u, &h.phash, &h.pdq); err != nil {
				rs.Close()
				return nil, err
			}
			// Keyed by the URL itself: a digest collision cannot lend one
			// URL's hashes to another.
			out[u] = h
		}
		if err := rs.Close(); err != nil {
			return nil, err
		}
		if err := rs.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// putKnownHashes upserts rows of media_hash_urls (URLs distinct).
func (im *importTx) putKnownHashes(ctx context.Context, urls []string, hs map[string]urlHashes) error {
	if len(urls) == 0 {
		return nil
	}
	if im.knownUpsert == nil {
		im.knownUpsert = newBatchInsert(im.s, im.tx,
			`INSERT INTO media_hash_urls (url_key, url, phash, pdq, source_id)`,
			`ON CONFLICT (url_key) DO UPDATE SET url = excluded.url, phash = excluded.phash,
			pdq = excluded.pdq, source_id = excluded.source_id`, 5, 1024)
	}
	im.knownState = 1
	args := make([]any, 0, 5*len(urls))
	for _, u := range urls {
		h := hs[u]
		args = append(args, urlKey(u), u, h.phash, h.pdq, im.src.ID)
	}
	_, err := im.knownUpsert.exec(ctx, args)
	return err
}

// fillPostMedia returns, by index in chunk, the media of the posts whose
// items lack a hash the store knows for their URL, with those hashes filled
// in (each empty kind from the URL's known hash of that kind). It returns
// nil when nothing is to be filled, which is the common case and costs one
// lookup per mediaHashChunk distinct URLs lacking a hash. The caller's posts
// are not modified.
func (im *importTx) fillPostMedia(ctx context.Context, chunk []marsad.Post) (map[int][]marsad.Media, error) {
	if im.knownState < 0 {
		return nil, nil // the store knows no hash (see knownHashes)
	}
	seen := map[string]bool{}
	var urls []string
	for i := range chunk {
		for _, m := range chunk[i].Media {
			u := clean(m.URL)
			if u != "" && (m.PHash == "" || m.PDQ == "") && !seen[u] {
				seen[u] = true
				urls = append(urls, u)
			}
		}
	}
	if len(urls) == 0 {
		return nil, nil
	}
	known, err := im.knownHashes(ctx, urls)
	if err != nil || len(known) == 0 {
		return nil, err
	}
	var out map[int][]marsad.Media
	for i := range chunk {
		var ms []marsad.Media
		for j, m := range chunk[i].Media {
			h, ok := known[clean(m.URL)]
			if !ok || (m.PHash != "" || h.phash == "") && (m.PDQ != "" || h.pdq == "") {
				continue
			}
			if ms == nil {
				ms = append([]marsad.Media(nil), chunk[i].Media...)
			}
			if ms[j].PHash == "" {
				ms[j].PHash = h.phash
			}
			if ms[j].PDQ == "" {
				ms[j].PDQ = h.pdq
			}
		}
		if ms != nil {
			if out == nil {
				out = map[int][]marsad.Media{}
			}
			out[i] = ms
		}
	}
	return out, nil
}

// fillAvatars gives the accounts about to be written the avatar hash the
// store knows for their avatar URL (by avatarFor).
func (im *importTx) fillAvatars(ctx context.Context, as []*marsad.Account) error {
	seen := map[string]bool{}
	var urls []string
	for _, a := range as {
		if u := a.AvatarURL; u != "" && !seen[u] {
			seen[u] = true
			urls = append(urls, u)
		}
	}
	if len(urls) == 0 {
		return nil
	}
	known, err := im.knownHashes(ctx, urls)
	if err != nil {
		return err
	}
	for _, a := range as {
		if h, ok := known[a.AvatarURL]; ok && a.AvatarURL != "" {
			a.AvatarHash = avatarFor(a.AvatarHash, h, h)
		}
	}
	return nil
}
