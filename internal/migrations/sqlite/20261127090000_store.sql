-- marsad store schema (SQLite). Times are int64 Unix milliseconds UTC (0 =
-- unknown); platform ids are TEXT; every record keeps the import (source)
-- that produced it. See docs/STORE.md.

-- +goose Up
CREATE TABLE sources (
    id             INTEGER PRIMARY KEY,
    path           TEXT    NOT NULL,
    sha256         TEXT    NOT NULL,
    format         TEXT    NOT NULL,
    imported_at    INTEGER NOT NULL,
    accounts       INTEGER NOT NULL DEFAULT 0,
    posts          INTEGER NOT NULL DEFAULT 0,
    follows        INTEGER NOT NULL DEFAULT 0,
    status_changes INTEGER NOT NULL DEFAULT 0,
    watchlist      INTEGER NOT NULL DEFAULT 0,
    media_hashes   INTEGER NOT NULL DEFAULT 0,
    duplicates     INTEGER NOT NULL DEFAULT 0,
    rejects        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sources_sha256 ON sources (sha256);

CREATE TABLE rejects (
    id        INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    file      TEXT    NOT NULL,
    line      INTEGER NOT NULL,
    reason    TEXT    NOT NULL,
    raw       TEXT    NOT NULL
);
CREATE INDEX rejects_source ON rejects (source_id);

CREATE TABLE accounts (
    platform     TEXT    NOT NULL,
    id           TEXT    NOT NULL,
    handle       TEXT    NOT NULL DEFAULT '',
    display_name TEXT    NOT NULL DEFAULT '',
    bio          TEXT    NOT NULL DEFAULT '',
    location     TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    avatar_url   TEXT    NOT NULL DEFAULT '',
    avatar_hash  TEXT    NOT NULL DEFAULT '',
    verified     INTEGER NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL DEFAULT 0,
    followers    INTEGER NOT NULL DEFAULT -1,
    following    INTEGER NOT NULL DEFAULT -1,
    post_count   INTEGER NOT NULL DEFAULT -1,
    observed_at  INTEGER NOT NULL DEFAULT 0,
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (platform, id)
) WITHOUT ROWID;

-- One row per distinct (handle, display name, bio, avatar) state of an
-- account; state_hash is a digest of the four so the key stays small.
CREATE TABLE profile_history (
    platform     TEXT    NOT NULL,
    account_id   TEXT    NOT NULL,
    state_hash   TEXT    NOT NULL,
    handle       TEXT    NOT NULL,
    display_name TEXT    NOT NULL,
    bio          TEXT    NOT NULL,
    avatar_url   TEXT    NOT NULL,
    observed_at  INTEGER NOT NULL,
    source_id    INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (platform, account_id, state_hash)
) WITHOUT ROWID;

-- Posts are clustered by (created_at, platform, id) so that the time-ordered
-- scan every analysis starts with reads the table front to back; the unique
-- index on (platform, id) makes re-import idempotent. Mentions, hashtags,
-- URLs and media travel in one compact binary column (entities).
CREATE TABLE posts (
    created_at           INTEGER NOT NULL,
    platform             TEXT    NOT NULL,
    id                   TEXT    NOT NULL,
    account_id           TEXT    NOT NULL,
    account_handle       TEXT    NOT NULL DEFAULT '',
    text                 TEXT    NOT NULL DEFAULT '',
    lang                 TEXT    NOT NULL DEFAULT '',
    kind                 TEXT    NOT NULL,
    reply_to_post_id     TEXT    NOT NULL DEFAULT '',
    reply_to_account_id  TEXT    NOT NULL DEFAULT '',
    repost_of_post_id    TEXT    NOT NULL DEFAULT '',
    repost_of_account_id TEXT    NOT NULL DEFAULT '',
    quoted_post_id       TEXT    NOT NULL DEFAULT '',
    quoted_account_id    TEXT    NOT NULL DEFAULT '',
    conversation_id      TEXT    NOT NULL DEFAULT '',
    entities             BLOB,
    source_id            INTEGER NOT NULL REFERENCES sources (id),
    source_line          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (created_at, platform, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX posts_platform_id ON posts (platform, id);

-- Media items, also encoded in posts.entities: this table is the index by URL
-- that media-hash imports update, and what `marsad stats` counts.
CREATE TABLE media (
    platform   TEXT    NOT NULL,
    post_id    TEXT    NOT NULL,
    idx        INTEGER NOT NULL,
    url        TEXT    NOT NULL,
    type       TEXT    NOT NULL DEFAULT '',
    local_path TEXT    NOT NULL DEFAULT '',
    phash      TEXT    NOT NULL DEFAULT '',
    pdq        TEXT    NOT NULL DEFAULT '',
    source_id  INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (platform, post_id, idx)
) WITHOUT ROWID;
CREATE INDEX media_url ON media (url);

CREATE TABLE follows (
    platform    TEXT    NOT NULL,
    follower_id TEXT    NOT NULL,
    followee_id TEXT    NOT NULL,
    observed_at INTEGER NOT NULL DEFAULT 0,
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (platform, follower_id, followee_id)
) WITHOUT ROWID;

CREATE TABLE status_changes (
    observed_at INTEGER NOT NULL,
    platform    TEXT    NOT NULL,
    account_id  TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    handle      TEXT    NOT NULL DEFAULT '',
    source_id   INTEGER NOT NULL REFERENCES sources (id),
    PRIMARY KEY (observed_at, platform, account_id, status)
) WITHOUT ROWID;

-- Watchlist entries are keyed by "id:<account id>" or, without an id,
-- "@<lower-cased handle>".
CREATE TABLE watchlist (
    platform     TEXT    NOT NULL,
    entry_key    TEXT    NOT NULL,
    account_id   TEXT    NOT NULL DEFAULT '',
    handle       TEXT    NOT NULL DEFAULT '',
    handle_lower TEXT    NOT NULL DEFAULT '',
    name         TEXT    NOT NULL DEFAULT '',
    photo_path   TEXT    NOT NULL DEFAULT '',
    photo_hash   TEXT    NOT NULL DEFAULT '',
    note         TEXT    NOT NULL DEFAULT '',
    added_at     INTEGER NOT NULL,
    source_id    INTEGER REFERENCES sources (id),
    PRIMARY KEY (platform, entry_key)
) WITHOUT ROWID;

CREATE TABLE analysis_runs (
    id          INTEGER PRIMARY KEY,
    analysis    TEXT    NOT NULL,
    params      TEXT    NOT NULL DEFAULT '',
    since_at    INTEGER NOT NULL DEFAULT 0,
    until_at    INTEGER NOT NULL DEFAULT 0,
    started_at  INTEGER NOT NULL,
    duration_ns INTEGER NOT NULL DEFAULT 0,
    result      BLOB
);
CREATE INDEX analysis_runs_latest ON analysis_runs (analysis, started_at, id);

-- +goose Down
DROP TABLE analysis_runs;
DROP TABLE watchlist;
DROP TABLE status_changes;
DROP TABLE follows;
DROP TABLE media;
DROP TABLE posts;
DROP TABLE profile_history;
DROP TABLE accounts;
DROP TABLE rejects;
DROP TABLE sources;
