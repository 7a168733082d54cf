package sqlstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"

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
