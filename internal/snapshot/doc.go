// Package snapshot is the compact, columnar, in-memory view of a store that
// every analysis shares (DESIGN.md §2). Analyses never read the store row by
// row: they load a Snapshot once and then walk integer columns and postings
// lists, which is what keeps pair counting near-linear.
//
// Layout:
//   - Accounts are interned to uint32 indices a in [0, NumAccounts()). Every
//     account that appears anywhere (as an imported profile, a post author, a
//     referenced or mentioned account, a follow or status endpoint) has an
//     index; Known[a] says whether a profile record was imported for it.
//   - Posts are interned to uint32 indices p in [0, NumPosts()), sorted by
//     (time, platform, id), so a postings list of post indices is also in time
//     order. Posts that are referenced (reposted, quoted, replied to, a
//     conversation root) but not in the snapshot get "external" keys in
//     [NumPosts(), NumPostKeys()): PostIDs covers both ranges, the per-post
//     columns only the first.
//   - None marks a missing index in any uint32 column.
//   - Postings lists (Index, CSR layout) map a key (original post, normalised
//     text, canonical URL, folded hashtag, hashtag sequence, reply parent,
//     mentioned account, author) to the posts carrying it, in time order.
//
// A Snapshot is immutable after Build/Load and safe for concurrent readers.
// Its exported slices must not be modified. Build one from hand-made posts
// with Builder (tests), or from a store with Load.
package snapshot
