-- Media hash banks (internal/media/bank, root bank.go). Times are int64 Unix
-- milliseconds UTC; labels are a JSON array of strings.

-- +goose Up
CREATE TABLE banks (
    name        TEXT    NOT NULL PRIMARY KEY,
    description TEXT    NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL
);

CREATE TABLE bank_entries (
    id          INTEGER PRIMARY KEY,
    bank        TEXT    NOT NULL REFERENCES banks (name) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    quality     INTEGER NOT NULL DEFAULT 0,
    labels      TEXT    NOT NULL DEFAULT '[]',
    source      TEXT    NOT NULL DEFAULT '',
    content_uri TEXT    NOT NULL DEFAULT '',
    note        TEXT    NOT NULL DEFAULT '',
    added_at    INTEGER NOT NULL,
    UNIQUE (bank, kind, hash)
);

-- +goose Down
DROP TABLE bank_entries;
DROP TABLE banks;
