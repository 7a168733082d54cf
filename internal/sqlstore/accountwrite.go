package sqlstore

import (
	"context"
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
)

// existingAccounts loads the stored rows of keys, a chunk of ids per query.
// Each query's IN list is padded to the chunk size by repeating its last id,
// so one prepared statement serves the whole import.
func (im *importTx) existingAccounts(ctx context.Context, keys []accountKey) (map[accountKey]*marsad.Account, error) {
	out := make(map[accountKey]*marsad.Account, len(keys))
	byPlatform := map[string][]string{}
	for _, k := range keys {
		byPlatform[k.platform] = append(byPlatform[k.platform], k.id)
	}
	st, ok := im.selAccounts[accountChunk]
	if !ok {
		var q strings.Builder
		q.WriteString(`SELECT ` + accountCols + ` FROM accounts WHERE platform = $1 AND id IN (`)
		for i := 0; i < accountChunk; i++ {
			if i > 0 {
				q.WriteByte(',')
			}
			q.WriteString("$" + itoa(i+2))
		}
		q.WriteByte(')')
		var err error
		if st, err = im.tx.PrepareContext(ctx, im.s.d.Rebind(q.String())); err != nil {
			return nil, err
		}
		im.selAccounts[accountChunk] = st
	}
	args := make([]any, accountChunk+1)
	for platform, ids := range byPlatform {
		for len(ids) > 0 {
			n := min(len(ids), accountChunk)
			args[0] = platform
			for i := 0; i < accountChunk; i++ {
				args[i+1] = ids[min(i, n-1)]
			}
			ids = ids[n:]
			rows, err := st.QueryContext(ctx, args...)
			if err != nil {
				return nil, err
			}
			for rows.Next() {
				a := new(marsad.Account)
				if err := scanAccount(rows, a); err != nil {
					rows.Close()
					return nil, err
				}
				out[accountKey{a.Platform, a.ID}] = a
			}
			if err := rows.Close(); err != nil {
				return nil, err
			}
			if err := rows.Err(); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// cachedAccount is an account as the import will leave it; dirty when it
// differs from the stored row.
type cachedAccount struct {
	a     marsad.Account
	dirty bool
}

// flushAccounts writes the cached accounts that changed, with the avatar
// hash the store knows for their avatar URL (fillAvatars).
func (im *importTx) flushAccounts(ctx context.Context) error {
	var write []*marsad.Account
	for _, c := range im.accCache {
		if c.dirty {
			write = append(write, &c.a)
		}
	}
	// Avatars whose URL has a known hash get it (hashes imported earlier).
	if err := im.fillAvatars(ctx, write); err != nil {
		return im.fail(err, "accounts: avatar hashes")
	}
	// Write in key order: deterministic, and B-tree friendly.
	sort.Slice(write, func(i, j int) bool {
		if write[i].Platform != write[j].Platform {
			return write[i].Platform < write[j].Platform
		}
		return write[i].ID < write[j].ID
	})
	for len(write) > 0 {
		n := min(len(write), 4096)
		if err := im.upsertAccounts(ctx, write[:n]); err != nil {
			return err
		}
		write = write[n:]
	}
	for _, c := range im.accCache {
		c.dirty = false
	}
	return nil
}

// upsertAccounts writes merged accounts (keys are unique within the call).
func (im *importTx) upsertAccounts(ctx context.Context, as []*marsad.Account) error {
	if len(as) == 0 {
		return nil
	}
	if im.accounts == nil {
		var set []string
		for _, c := range strings.Split(accountCols, ",")[2:] {
			c = strings.TrimSpace(c)
			set = append(set, c+" = excluded."+c)
		}
		im.accounts = newBatchInsert(im.s, im.tx, `INSERT INTO accounts (`+accountCols+`)`,
			`ON CONFLICT (platform, id) DO UPDATE SET `+strings.Join(set, ", "), nAccountCols, 1024)
	}
	args := im.args[:0]
	for _, a := range as {
		args = append(args, a.Platform, a.ID, a.Handle, a.DisplayName, a.Bio, a.Location, a.URL, a.AvatarURL,
			a.AvatarHash, boolInt(a.Verified), toMS(a.CreatedAt), a.Followers, a.Following, a.PostCount,
			toMS(a.ObservedAt), a.SourceID)
	}
	im.args = args[:0]
	if _, err := im.accounts.exec(ctx, args); err != nil {
		return im.fail(err, "accounts")
	}
	return nil
}

// putHistory records profile states; a state seen before keeps its earliest
// time (and the source that showed it then).
func (im *importTx) putHistory(ctx context.Context, states map[historyKey]*marsad.ProfileObservation, order []historyKey) error {
	// Skip states this import already stored at an earlier or equal time.
	if len(im.histCache)+len(order) > historyCacheMax {
		clear(im.histCache)
	}
	kept := order[:0:0]
	for _, k := range order {
		ms := toMS(states[k].ObservedAt)
		if seen, ok := im.histCache[k]; ok && seen <= ms {
			continue
		}
		im.histCache[k] = ms
		kept = append(kept, k)
	}
	order = kept
	if len(order) == 0 {
		return nil
	}
	if im.history == nil {
		im.history = newBatchInsert(im.s, im.tx,
			`INSERT INTO profile_history (platform, account_id, state_hash, handle, display_name, bio, avatar_url, observed_at, source_id)`,
			`ON CONFLICT (platform, account_id, state_hash) DO UPDATE SET observed_at = excluded.observed_at,
			source_id = excluded.source_id WHERE excluded.observed_at < profile_history.observed_at`, 9, 1024)
	}
	args := im.args[:0]
	for _, k := range order {
		s := states[k]
		args = append(args, s.Platform, s.AccountID, k.hash, s.Handle, s.DisplayName, s.Bio, s.AvatarURL, toMS(s.ObservedAt), s.SourceID)
	}
	im.args = args[:0]
	if _, err := im.history.exec(ctx, args); err != nil {
		return im.fail(err, "profile history")
	}
	return nil
}
