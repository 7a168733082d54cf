package sqlstore

import "context"

// avatarRow is the avatar of one stored account.
type avatarRow struct{ platform, id, url, hash string }

// setAvatarHashes gives the stored accounts whose avatar URL is one of urls
// (at most mediaHashChunk) the avatar hash avatarFor picks from the URL's
// known hashes now (before: the hashes known before this import changed
// them), and returns how many accounts changed. Accounts the import holds
// in its cache are updated alike, so that writing them at commit keeps the
// hash; accounts not stored yet get theirs when they are written.
func (im *importTx) setAvatarHashes(ctx context.Context, urls []string, now, before map[string]urlHashes) (int, error) {
	st, err := im.padIn(ctx, "avatar-url", `SELECT platform, id, avatar_url, avatar_hash FROM accounts
		WHERE avatar_url <> '' AND avatar_url IN (`, 0)
	if err != nil {
		return 0, err
	}
	args := make([]any, mediaHashChunk)
	for i := range args {
		args[i] = urls[min(i, len(urls)-1)]
	}
	rs, err := st.QueryContext(ctx, args...)
	if err != nil {
		return 0, err
	}
	var changed []avatarRow
	for rs.Next() {
		var r avatarRow
		if err := rs.Scan(&r.platform, &r.id, &r.url, &r.hash); err != nil {
			rs.Close()
			return 0, err
		}
		h := avatarFor(r.hash, now[r.url], before[r.url])
		if c, ok := im.accCache[accountKey{r.platform, r.id}]; ok && c.a.AvatarURL == r.url {
			c.a.AvatarHash = avatarFor(c.a.AvatarHash, now[r.url], before[r.url])
		}
		if h != r.hash {
			r.hash = h
			changed = append(changed, r)
		}
	}
	if err := rs.Close(); err != nil {
		return 0, err
	}
	if err := rs.Err(); err != nil {
		return 0, err
	}
	if len(changed) == 0 {
		return 0, nil
	}
	if im.avatarUpdate == nil {
		// One UPDATE … FROM (VALUES …) per batch of accounts; both SQLite
		// (3.33+) and PostgreSQL name the VALUES columns column1….
		im.avatarUpdate = newBatchInsert(im.s, im.tx, `UPDATE accounts SET avatar_hash = v.column3 FROM (`,
			`) AS v WHERE accounts.platform = v.column1 AND accounts.id = v.column2`, 3, 1024)
		t := "CAST(%s AS TEXT)"
		im.avatarUpdate.cast = []string{t, t, t}
	}
	vals := make([]any, 0, 3*len(changed))
	for _, r := range changed {
		vals = append(vals, r.platform, r.id, r.hash)
	}
	if _, err := im.avatarUpdate.exec(ctx, vals); err != nil {
		return 0, err
	}
	return len(changed), nil
}
