-- Majlis workspace schema, version 5: what a laptop needs to sync with majlis-server.

-- Which columns each update changed, so a push sends only those and two laptops editing
-- different fields of one contact both keep their edit. '*' means the whole row (an insert).
ALTER TABLE change_log ADD COLUMN fields TEXT NOT NULL DEFAULT '*';

-- The clock of every field as the server last sent it: the base a local edit started from.
-- chapter_key records which chapter the row came through ('' for organization-wide), so the
-- rows of a chapter the user has left can be removed from this laptop.
CREATE TABLE sync_rows (
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    chapter_key TEXT NOT NULL DEFAULT '',
    clocks      TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (table_name, row_id)
);
CREATE INDEX sync_rows_by_chapter ON sync_rows (chapter_key);

-- Values that lost a last-writer-wins race, written by the server and synced to every laptop
-- of the chapter, so nobody's edit disappears unseen. Restoring one is an ordinary edit.
CREATE TABLE sync_conflicts (
    id          TEXT PRIMARY KEY NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    field       TEXT NOT NULL,
    kept_value  TEXT NOT NULL DEFAULT 'null', -- JSON
    lost_value  TEXT NOT NULL DEFAULT 'null', -- JSON
    lost_device TEXT NOT NULL DEFAULT '',
    lost_at     INTEGER NOT NULL DEFAULT 0,
    resolved    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL
);
CREATE INDEX sync_conflicts_open ON sync_conflicts (resolved, created_at);

-- Changes the server refused (another chapter's record, a role that may not write there);
-- local only, shown to the user beside the conflicts.
CREATE TABLE sync_refusals (
    seq        INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    reason     TEXT NOT NULL,
    at         INTEGER NOT NULL
);
