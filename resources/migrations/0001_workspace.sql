-- Majlis workspace schema, version 1.
-- Every table that syncs carries: id (client-made UUID), created_at and updated_at (UTC ms),
-- deleted (tombstone: rows are never removed, so a delete can travel to other laptops) and
-- device_id (the laptop that wrote the row last). Triggers at the end append every insert and
-- update of those tables to change_log inside the writing transaction.

PRAGMA application_id = 1298229836; -- 'MJLS'

-- Settings of this copy of the workspace only; never synced.
CREATE TABLE local_settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    row_id     TEXT NOT NULL,
    op         TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete', 'restore')),
    changed_at INTEGER NOT NULL,
    device_id  TEXT NOT NULL
);

CREATE TABLE chapters (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    city       TEXT NOT NULL DEFAULT '',
    region     TEXT NOT NULL DEFAULT '',
    country    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL
);
CREATE INDEX chapters_name ON chapters (name COLLATE NOCASE);

-- rid is an explicit INTEGER PRIMARY KEY because the search index is keyed by it, and an
-- implicit rowid may be renumbered by VACUUM.
CREATE TABLE contacts (
    rid            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    given_name     TEXT NOT NULL DEFAULT '',
    family_name    TEXT NOT NULL DEFAULT '',
    preferred_name TEXT NOT NULL DEFAULT '',
    street         TEXT NOT NULL DEFAULT '',
    locality       TEXT NOT NULL DEFAULT '',
    region         TEXT NOT NULL DEFAULT '',
    postal_code    TEXT NOT NULL DEFAULT '',
    country        TEXT NOT NULL DEFAULT '',
    us_state       TEXT NOT NULL DEFAULT '',
    district       INTEGER,               -- congressional district; 0 for at-large
    chapter_id     TEXT REFERENCES chapters (id),
    languages      TEXT NOT NULL DEFAULT '[]', -- JSON array of BCP 47 codes
    organization   TEXT NOT NULL DEFAULT '',
    role           TEXT NOT NULL DEFAULT '',
    skills         TEXT NOT NULL DEFAULT '[]', -- JSON array
    interests      TEXT NOT NULL DEFAULT '[]', -- JSON array
    notes          TEXT NOT NULL DEFAULT '',
    sort_key       TEXT NOT NULL DEFAULT '',   -- folded "family given" for ordering
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    device_id      TEXT NOT NULL
);
CREATE INDEX contacts_by_name ON contacts (deleted, sort_key);
CREATE INDEX contacts_by_chapter ON contacts (chapter_id, deleted, sort_key);
CREATE INDEX contacts_by_district ON contacts (us_state, district);

CREATE TABLE contact_emails (
    id         TEXT PRIMARY KEY NOT NULL,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    label      TEXT NOT NULL DEFAULT '',
    address    TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL
);
CREATE INDEX contact_emails_by_contact ON contact_emails (contact_id, deleted, position);
CREATE INDEX contact_emails_by_address ON contact_emails (address);

CREATE TABLE contact_phones (
    id         TEXT PRIMARY KEY NOT NULL,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    label      TEXT NOT NULL DEFAULT '',
    number     TEXT NOT NULL,            -- E.164 when the country is known, else as entered
    position   INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL
);
CREATE INDEX contact_phones_by_contact ON contact_phones (contact_id, deleted, position);
CREATE INDEX contact_phones_by_number ON contact_phones (number);

CREATE TABLE tags (
    id         TEXT PRIMARY KEY NOT NULL,
    name       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL
);
CREATE UNIQUE INDEX tags_by_name ON tags (name COLLATE NOCASE);

-- A tag on a contact is a row of its own, so two laptops adding tags concurrently both win.
CREATE TABLE contact_tags (
    id         TEXT PRIMARY KEY NOT NULL,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    tag_id     TEXT NOT NULL REFERENCES tags (id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL,
    UNIQUE (contact_id, tag_id)
);
CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id, deleted);

CREATE TABLE contact_consents (
    id          TEXT PRIMARY KEY NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'sms', 'phone', 'photo')),
    granted     INTEGER NOT NULL,
    recorded_on TEXT NOT NULL DEFAULT '', -- ISO 8601 date the consent was given or withdrawn
    source      TEXT NOT NULL DEFAULT '', -- where: "sign-up form", "event check-in", ...
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL,
    UNIQUE (contact_id, channel)
);

CREATE TABLE contact_activities (
    id          TEXT PRIMARY KEY NOT NULL,
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    kind        TEXT NOT NULL,  -- created, edited, deleted, restored, tagged; later: event, meeting
    detail      TEXT NOT NULL DEFAULT '',
    occurred_at INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL
);
CREATE INDEX contact_activities_by_contact ON contact_activities (contact_id, occurred_at);

-- Full-text search. The repository writes one document per contact keyed by contacts.rid,
-- with text already folded (case, Latin diacritics, Arabic harakat), and phones as digits.
CREATE VIRTUAL TABLE contact_search USING fts5 (
    names, emails, phones, tags, organization, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- Change log triggers.
CREATE TRIGGER chapters_log_insert AFTER INSERT ON chapters BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('chapters', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER chapters_log_update AFTER UPDATE ON chapters BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('chapters', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;

CREATE TRIGGER contacts_log_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contacts', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER contacts_log_update AFTER UPDATE ON contacts BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contacts', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;

CREATE TRIGGER contact_emails_log_insert AFTER INSERT ON contact_emails BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_emails', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER contact_emails_log_update AFTER UPDATE ON contact_emails BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_emails', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;

CREATE TRIGGER contact_phones_log_insert AFTER INSERT ON contact_phones BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_phones', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER contact_phones_log_update AFTER UPDATE ON contact_phones BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_phones', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;

CREATE TRIGGER tags_log_insert AFTER INSERT ON tags BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('tags', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER tags_log_update AFTER UPDATE ON tags BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('tags', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;

CREATE TRIGGER contact_tags_log_insert AFTER INSERT ON contact_tags BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_tags', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER contact_tags_log_update AFTER UPDATE ON contact_tags BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_tags', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;

CREATE TRIGGER contact_consents_log_insert AFTER INSERT ON contact_consents BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_consents', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER contact_consents_log_update AFTER UPDATE ON contact_consents BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_consents', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;

CREATE TRIGGER contact_activities_log_insert AFTER INSERT ON contact_activities BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_activities', NEW.id, 'insert', NEW.updated_at, NEW.device_id);
END;
CREATE TRIGGER contact_activities_log_update AFTER UPDATE ON contact_activities BEGIN
    INSERT INTO change_log (table_name, row_id, op, changed_at, device_id)
    VALUES ('contact_activities', NEW.id,
            CASE WHEN NEW.deleted > OLD.deleted THEN 'delete'
                 WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END,
            NEW.updated_at, NEW.device_id);
END;
