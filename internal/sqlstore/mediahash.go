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

// mediaHashChunk is how many URLs one lookup query carries.
const mediaHashChunk = 128

// wantHash is what a media-hashes batch gives one URL.
type wantHash struct{ phash, pdq string }

// mediaRow is one stored media item.
type mediaRow struct {
	platform, post              string
	idx                         int64
	url, typ, local, phash, pdq string
	source                      int64
}

// PutMediaHashes records each hash as known for its URL (media_hash_urls,
// so that posts and accounts imported later get it too, see knownhashes.go)
// and sets it on every stored media item with that URL, in the media table
// and in the entities of the posts that carry the item, and on every stored
// account whose avatar URL it is (the avatar takes the URL's PDQ hash when
// one is known, else its pHash; see avatarFor). It returns how many media
// items plus accounts changed, so re-importing the same hashes returns 0. A
// URL given twice takes the later hash of each kind; an empty URL is
// ignored. Work is batched: per 128 URLs one lookup of the known hashes,
// one of the media and one of the accounts, then multi-row writes, plus one
// entities read per 128 posts and one update per changed post.
func (im *importTx) PutMediaHashes(ctx context.Context, hs []marsad.MediaHash) (int, error) {
	if err := im.check(); err != nil {
		return 0, err
	}
	wanted := map[string]*wantHash{}
	var urls []string
	for _, h := range hs {
		hash := strings.ToLower(strings.TrimSpace(h.Hash))
		col, ok := hashColumn(hash)
		if !ok {
			return 0, marsad.Errorf(marsad.EINVALID, "media hash %q is neither 16 hex (pHash) nor 64 hex (PDQ)", h.Hash)
		}
		u := clean(h.MediaURL)
		if u == "" {
			continue
		}
		w, ok := wanted[u]
		if !ok {
			w = &wantHash{}
			wanted[u] = w
			urls = append(urls, u)
		}
		if col == "phash" {
			w.phash = hash
		} else {
			w.pdq = hash
		}
	}
	updated := 0
	for len(urls) > 0 {
		n := min(len(urls), mediaHashChunk)
		chunk := urls[:n]
		urls = urls[n:]
		c, err := im.putHashChunk(ctx, chunk, wanted)
		updated += c
		if err != nil {
			return updated, err
		}
	}
	return updated, nil
}

// putHashChunk does PutMediaHashes' work for at most mediaHashChunk URLs.
func (im *importTx) putHashChunk(ctx context.Context, urls []string, wanted map[string]*wantHash) (int, error) {
	before, err := im.knownHashes(ctx, urls)
	if err != nil {
		return 0, im.fail(err, "media hashes: known hashes")
	}
	now := make(map[string]urlHashes, len(urls))
	var newer []string
	for _, u := range urls {
		w, old := wanted[u], before[u]
		h := old
		if w.phash != "" {
			h.phash = w.phash
		}
		if w.pdq != "" {
			h.pdq = w.pdq
		}
		now[u] = h
		if _, known := before[u]; !known || h != old {
			newer = append(newer, u)
		}
	}
	if err := im.putKnownHashes(ctx, newer, now); err != nil {
		return 0, im.fail(err, "media hashes: known hashes")
	}
	rows, err := im.mediaByURL(ctx, urls)
	if err != nil {
		return 0, im.fail(err, "media hashes")
	}
	var changed []mediaRow
	for _, r := range rows {
		w := wanted[r.url]
		c := r
		if w.phash != "" {
			c.phash = w.phash
		}
		if w.pdq != "" {
			c.pdq = w.pdq
		}
		if c != r {
			changed = append(changed, c)
		}
	}
	if err := im.writeMediaHashes(ctx, changed); err != nil {
		return 0, err
	}
	avatars, err := im.setAvatarHashes(ctx, urls, now, before)
	if err != nil {
		return len(changed), im.fail(err, "media hashes: avatars")
	}
	return len(changed) + avatars, nil
}

// mediaByURL loads the media rows of urls (at most mediaHashChunk; the IN
// list is padded by repeating the last URL so one statement serves all).
func (im *importTx) mediaByURL(ctx context.Context, urls []string) ([]mediaRow, error) {
	st, err := im.padIn(ctx, "media-url", `SELECT platform, post_id, idx, url, type, local_path, phash, pdq, source_id
		FROM media WHERE url IN (`, 0)
	if err != nil {
		return nil, err
	}
	args := make([]any, mediaHashChunk)
	for i := range args {
		args[i] = urls[min(i, len(urls)-1)]
	}
	rs, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	var out []mediaRow
	for rs.Next() {
		var r mediaRow
		if err := rs.Scan(&r.platform, &r.post, &r.idx, &r.url, &r.typ, &r.local, &r.phash, &r.pdq, &r.source); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rs.Err()
}

// padIn prepares (once per import) "<head>$k+1, …, $k+mediaHashChunk)" for
// queries whose IN list is padded to a fixed length after k fixed parameters.
func (im *importTx) padIn(ctx context.Context, name, head string, k int) (*sql.Stmt, error) {
	if st, ok := im.named[name]; ok {
		return st, nil
	}
	var q strings.Builder
	q.WriteString(head)
	for i := 0; i < mediaHashChunk; i++ {
		if i > 0 {
			q.WriteByte(',')
		}
		q.WriteString("$" + itoa(k+i+1))
	}
	q.WriteByte(')')
	st, err := im.tx.PrepareContext(ctx, im.s.d.Rebind(q.String()))
	if err != nil {
		return nil, err
	}
	im.named[name] = st
	return st, nil
}

// writeMediaHashes stores changed media rows and rewrites the entities of
// the posts that carry them.
func (im *importTx) writeMediaHashes(ctx context.Context, changed []mediaRow) error {
	if len(changed) == 0 {
		return nil
	}
	if im.mediaUpsert == nil {
		im.mediaUpsert = newBatchInsert(im.s, im.tx,
			`INSERT INTO media (platform, post_id, idx, url, type, local_path, phash, pdq, source_id)`,
			`ON CONFLICT (platform, post_id, idx) DO UPDATE SET phash = excluded.phash, pdq = excluded.pdq`, 9, 1024)
	}
	var args []any
	type postKey struct{ platform, id string }
	byPost := map[postKey][]mediaRow{}
	var posts []postKey
	for _, r := range changed {
		args = append(args, r.platform, r.post, r.idx, r.url, r.typ, r.local, r.phash, r.pdq, r.source)
		k := postKey{r.platform, r.post}
		if _, ok := byPost[k]; !ok {
			posts = append(posts, k)
		}
		byPost[k] = append(byPost[k], r)
	}
	if _, err := im.mediaUpsert.exec(ctx, args); err != nil {
		return im.fail(err, "media hashes")
	}
	upd, ok := im.named["post-entities"]
	if !ok {
		var err error
		upd, err = im.tx.PrepareContext(ctx, im.s.d.Rebind(`UPDATE posts SET entities = $1 WHERE platform = $2 AND id = $3`))
		if err != nil {
			return im.fail(err, "media hashes")
		}
		im.named["post-entities"] = upd
	}
	// Read the posts' entities, a chunk of ids of one platform per query.
	for len(posts) > 0 {
		platform := posts[0].platform
		var ids []string
		rest := posts[:0:0]
		for _, k := range posts {
			if k.platform == platform && len(ids) < mediaHashChunk {
				ids = append(ids, k.id)
			} else {
				rest = append(rest, k)
			}
		}
		posts = rest
		ents, err := im.entitiesOf(ctx, platform, ids)
		if err != nil {
			return im.fail(err, "media hashes")
		}
		for _, id := range ids {
			b, ok := ents[id]
			if !ok {
				continue
			}
			var p marsad.Post
			if err := decodeEntities(b, &p); err != nil {
				return im.fail(err, "media hashes: post "+id)
			}
			for _, r := range byPost[postKey{platform, id}] {
				if int(r.idx) >= len(p.Media) {
					return im.fail(errEntities, "media hashes: post "+id)
				}
				p.Media[r.idx].PHash, p.Media[r.idx].PDQ = r.phash, r.pdq
			}
			if _, err := upd.ExecContext(ctx, appendEntities(nil, &p), platform, id); err != nil {
				return im.fail(err, "media hashes")
			}
		}
	}
	return nil
}

// entitiesOf returns the entities column of the given posts of a platform.
func (im *importTx) entitiesOf(ctx context.Context, platform string, ids []string) (map[string][]byte, error) {
	st, err := im.padIn(ctx, "post-entities-by-id", `SELECT id, entities FROM posts WHERE platform = $1 AND id IN (`, 1)
	if err != nil {
		return nil, err
	}
	args := make([]any, mediaHashChunk+1)
	args[0] = platform
	for i := 0; i < mediaHashChunk; i++ {
		args[i+1] = ids[min(i, len(ids)-1)]
	}
	rs, err := st.QueryContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	defer rs.Close()
	out := map[string][]byte{}
	for rs.Next() {
		var id string
		var b []byte
		if err := rs.Scan(&id, &b); err != nil {
			return nil, err
		}
		out[id] = b
	}
	return out, rs.Err()
}
