package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
)

const accountCols = `platform, id, handle, display_name, bio, location, url, avatar_url,
	avatar_hash, verified, created_at, followers, following, post_count, observed_at, source_id`

const nAccountCols = 16

// accountChunk is how many accounts one upsert or existence query carries.
const accountChunk = 128

type accountKey struct{ platform, id string }

// Bounds of the per-import caches of written accounts and profile states,
// which spare a tweet-v1 import (every post carries its author) a query per
// author per batch. Past the bound a cache is simply emptied.
const (
	accountCacheMax = 100000
	historyCacheMax = 400000
)

// PutAccounts upserts accounts. Within the batch and against the stored row,
// observations are merged field by field by mergeAccount (the newest
// observation is the current profile; fields it lacks keep older values).
// Every distinct (handle, display name, bio, avatar) state is kept in the
// profile history with the earliest time it was seen. It returns how many
// accounts were new.
func (im *importTx) PutAccounts(ctx context.Context, accounts []marsad.Account) (int, error) {
	if err := im.check(); err != nil {
		return 0, err
	}
	merged := make(map[accountKey]*marsad.Account, len(accounts))
	var order []accountKey
	states := map[historyKey]*marsad.ProfileObservation{}
	var stateOrder []historyKey
	for i := range accounts {
		a := cleanAccount(accounts[i])
		if a.Platform == "" || a.ID == "" {
			return 0, marsad.Errorf(marsad.EINVALID, "account without platform or id (handle %q)", a.Handle)
		}
		a.SourceID = im.src.ID
		k := accountKey{a.Platform, a.ID}
		if cur, ok := merged[k]; ok {
			*cur = mergeAccount(*cur, a)
		} else {
			merged[k] = &a
			order = append(order, k)
		}
		if a.Handle != "" || a.DisplayName != "" || a.Bio != "" || a.AvatarURL != "" {
			hk := historyKey{a.Platform, a.ID, stateHash(&a)}
			if st, ok := states[hk]; !ok {
				states[hk] = &marsad.ProfileObservation{Platform: a.Platform, AccountID: a.ID, Handle: a.Handle,
					DisplayName: a.DisplayName, Bio: a.Bio, AvatarURL: a.AvatarURL, ObservedAt: a.ObservedAt, SourceID: a.SourceID}
				stateOrder = append(stateOrder, hk)
			} else if a.ObservedAt.Before(st.ObservedAt) {
				st.ObservedAt = a.ObservedAt
			}
		}
	}
	// Accounts are merged into the import's cache and written once, when
	// the import commits or the cache is full: a tweet-v1 file repeats a
	// popular author thousands of times, and updating one row that often in
	// one transaction is slow (on PostgreSQL every update is a new row
	// version). Accounts already in the cache need no query either.
	if len(im.accCache)+len(order) > accountCacheMax {
		if err := im.flushAccounts(ctx); err != nil {
			return 0, err
		}
		clear(im.accCache)
	}
	var unknown []accountKey
	for _, k := range order {
		if _, ok := im.accCache[k]; !ok {
			unknown = append(unknown, k)
		}
	}
	existing, err := im.existingAccounts(ctx, unknown)
	if err != nil {
		return 0, im.fail(err, "accounts")
	}
	added := 0
	for _, k := range order {
		a := merged[k]
		c, ok := im.accCache[k]
		if !ok {
			if found, inDB := existing[k]; inDB {
				c = &cachedAccount{a: *found}
			} else {
				added++
				im.accCache[k] = &cachedAccount{a: *a, dirty: true}
				continue
			}
			im.accCache[k] = c
		}
		if m := mergeAccount(c.a, *a); m != c.a {
			c.a, c.dirty = m, true
		}
	}
	if err := im.putHistory(ctx, states, stateOrder); err != nil {
		return 0, err
	}
	return added, nil
}

// cleanAccount returns a with every text field made storable.
func cleanAccount(a marsad.Account) marsad.Account {
	for _, p := range []*string{&a.Platform, &a.ID, &a.Handle, &a.DisplayName, &a.Bio, &a.Location, &a.URL, &a.AvatarURL, &a.AvatarHash} {
		*p = clean(*p)
	}
	a.CreatedAt = fromMS(toMS(a.CreatedAt))
	a.ObservedAt = fromMS(toMS(a.ObservedAt))
	return a
}

// mergeAccount combines a stored (or earlier) account with a new observation
// of it. The newer observation (ObservedAt ≥, ties go to obs) decides every
// field it knows; a field it lacks (empty text, count -1, zero time) keeps
// the other's value, so a format without bios does not erase a bio another
// format supplied. The result is observed at the later time.
func mergeAccount(cur, obs marsad.Account) marsad.Account {
	newer, older := obs, cur
	if obs.ObservedAt.Before(cur.ObservedAt) {
		newer, older = cur, obs
	}
	m := newer
	pick := func(a *string, b string) {
		if *a == "" {
			*a = b
		}
	}
	pick(&m.Handle, older.Handle)
	pick(&m.DisplayName, older.DisplayName)
	pick(&m.Bio, older.Bio)
	pick(&m.Location, older.Location)
	pick(&m.URL, older.URL)
	pick(&m.AvatarURL, older.AvatarURL)
	if m.AvatarHash == "" && m.AvatarURL == older.AvatarURL {
		m.AvatarHash = older.AvatarHash
	}
	for _, c := range []struct {
		a *int64
		b int64
	}{{&m.Followers, older.Followers}, {&m.Following, older.Following}, {&m.PostCount, older.PostCount}} {
		if *c.a < 0 {
			*c.a = c.b
		}
	}
	if m.CreatedAt.IsZero() {
		m.CreatedAt = older.CreatedAt
	}
	return m
}

type historyKey struct{ platform, id, hash string }

// stateHash identifies a profile state (handle, display name, bio, avatar)
// with 128 bits of SHA-256, so the history's key stays small whatever the
// bio's length. Cleaned text holds no NUL, so NUL separates fields.
func stateHash(a *marsad.Account) string {
	h := sha256.New()
	for _, s := range []string{a.Handle, a.DisplayName, a.Bio, a.AvatarURL} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	var sum [sha256.Size]byte
	return hex.EncodeToString(h.Sum(sum[:0])[:16])
}

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

// flushAccounts writes the cached accounts that changed.
func (im *importTx) flushAccounts(ctx context.Context) error {
	var write []*marsad.Account
	for _, c := range im.accCache {
		if c.dirty {
			write = append(write, &c.a)
		}
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
