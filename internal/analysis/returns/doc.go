// Package returns links suspended accounts to the accounts they return
// under ("successors"), with the evidence for every link, and groups each
// old account with its successors into a family that other analyses treat
// as one actor over time.
//
// The pipeline, all over a snapshot.Snapshot:
//
//  1. Suspensions (suspensions.go, disappear.go): accounts with a
//     "suspended" or "deleted" status change, plus best-effort disappearances
//     (a silent account whose posts are later referenced but missing, or that
//     a later post names in return vocabulary).
//  2. Candidate pool and blocking (pool.go, blocking.go): only accounts first
//     seen (created_at, else first post) inside some suspension's window are
//     indexed, in first-seen order, under keys that a returned account tends
//     to keep: its stripped/leet-folded handle and handle trigrams, a
//     transliteration-insensitive key of its display name, avatar-hash bands,
//     bio MinHash bands, shared followees/followers, and shout-out posts.
//     No pair of accounts is compared unless it shares a key, so the work is
//     near-linear in accounts.
//  3. Features (features.go, handles.go, shoutout.go): each candidate pair
//     gets explained feature values in [0,1] (handle similarity and pattern,
//     name, bio, avatar, follow overlap, interaction overlap, stylometry,
//     posting hours, time gap, shout-outs).
//  4. Score (model.go): a logistic model whose weights were fit on a training
//     seeds of the simulator (see docs/ANALYSES-returns.md) turns features
//     into a probability-like score; missing evidence contributes nothing,
//     so missing avatars or follows lower recall but never fail.
//  5. Linking (link.go): only corroborated pairs (more than a look-alike
//     handle and name: bio, avatar, follows, partners or a shout-out); best
//     successor per suspension, greedy by score with
//     one successor claimed once, chains A → A2 → A3 preferred over skipping
//     a generation, and extra successors only when a shout-out names them.
package returns
