-- Known media hashes by URL (media-hashes imports), so that a hash imported
-- before the posts or accounts that use its URL still reaches them: PutPosts
-- fills media items and the account write fills avatar hashes from this
-- table. url_key is 128 bits of SHA-256 of the URL in hex (a URL can be
-- longer than a B-tree key may be on PostgreSQL; same key on both backends).
-- source_id is the import that last changed the row. See docs/STORE.md.

-- +goose Up
CREATE TABLE media_hash_urls (
    url_key   TEXT    NOT NULL PRIMARY KEY,
    url       TEXT    NOT NULL,
    phash     TEXT    NOT NULL DEFAULT '',
    pdq       TEXT    NOT NULL DEFAULT '',
    source_id INTEGER NOT NULL REFERENCES sources (id)
) WITHOUT ROWID;

-- A media-hashes import sets the avatar hash of accounts by avatar URL.
CREATE INDEX accounts_avatar_url ON accounts (avatar_url) WHERE avatar_url <> '';

-- +goose Down
DROP INDEX accounts_avatar_url;
DROP TABLE media_hash_urls;
