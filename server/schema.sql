-- majlis-server store, portable between SQLite and PostgreSQL (only types and statements both
-- accept). Created by `majlis-server init`, with schema_campaigns.sql after it.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE chapters (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- name_key: the name after NFKC and case folding (UserName::key), what logins look up; its
-- unique index makes "amina" and "Amina" one user. failed_logins and locked_until are no longer
-- used (login_throttle replaced them) and are kept so older rows still load. An older server's
-- CHECK, without 'caller', is replaced when it is opened (ServerStore::upgrade).
CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    name_key      TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('volunteer', 'organizer', 'admin', 'caller')),
    password_hash TEXT NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  BIGINT NOT NULL DEFAULT 0,
    disabled      INTEGER NOT NULL DEFAULT 0
);
-- Also made when an older server database is opened (ServerStore::upgrade).
CREATE UNIQUE INDEX users_by_name_key ON users (name_key);

CREATE TABLE memberships (
    user_id    TEXT NOT NULL REFERENCES users (id),
    chapter_id TEXT NOT NULL REFERENCES chapters (id),
    PRIMARY KEY (user_id, chapter_id)
);

-- Only a hash of each token is kept: a copy of this database does not let anyone log in.
CREATE TABLE tokens (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id),
    expires_at BIGINT NOT NULL,
    revoked    INTEGER NOT NULL DEFAULT 0
);

-- The last change of each laptop applied here, per user, so a retried push is applied once.
-- A row is also the device's registration to its user, made at its first login: another
-- user's login with the same device id is refused (Accounts::login).
CREATE TABLE devices (
    user_id   TEXT NOT NULL,
    device_id TEXT NOT NULL,
    acked_seq BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (user_id, device_id)
);
-- Also made when an older server database is opened (ServerStore::upgrade).
CREATE INDEX devices_by_device ON devices (device_id);

-- Failed logins per bucket (typed name, remote address, or both), keyed by a SHA-256 of the
-- bucket so neither names nor addresses are kept here; see server/loginthrottle.h.
-- Also made when an older server database is opened (ServerStore::upgrade).
CREATE TABLE login_throttle (
    key          TEXT PRIMARY KEY,
    failures     INTEGER NOT NULL,
    locked_until BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX login_throttle_age ON login_throttle (updated_at);

-- One counter per chapter ('' for organization-wide rows), bumped inside the writing
-- transaction, so a cursor never skips a row committed late.
CREATE TABLE counters (
    chapter_key TEXT PRIMARY KEY,
    seq         BIGINT NOT NULL
);

-- The current state of every synced row: field values and their clocks as JSON objects.
CREATE TABLE records (
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    chapter_key  TEXT NOT NULL,
    parent_table TEXT NOT NULL DEFAULT '',
    parent_id    TEXT NOT NULL DEFAULT '',
    data         TEXT NOT NULL,
    clocks       TEXT NOT NULL,
    seq          BIGINT NOT NULL,
    PRIMARY KEY (table_name, row_id)
);
CREATE INDEX records_feed ON records (chapter_key, seq);
CREATE INDEX records_children ON records (parent_table, parent_id);
-- A chapter's rows in key order: the first copy a new laptop downloads (ServerStore::snapshot).
-- Also made when an older server database is opened (ServerStore::upgrade).
CREATE INDEX records_snapshot ON records (chapter_key, table_name, row_id);

-- A row that left a chapter (moved to another one): laptops of the old chapter drop it.
CREATE TABLE evictions (
    chapter_key TEXT NOT NULL,
    seq         BIGINT NOT NULL,
    table_name  TEXT NOT NULL,
    row_id      TEXT NOT NULL,
    PRIMARY KEY (chapter_key, seq)
);

-- Logins and refusals. Never names, emails, tokens or record contents: only ids and reasons.
CREATE TABLE audit (
    at      BIGINT NOT NULL,
    event   TEXT NOT NULL,
    user_id TEXT NOT NULL DEFAULT '',
    remote  TEXT NOT NULL DEFAULT '',
    detail  TEXT NOT NULL DEFAULT ''
);
