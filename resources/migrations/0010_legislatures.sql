-- majlis: foreign-keys-off
-- Majlis workspace schema, version 10: every legislature, not only the U.S. Congress.
--
-- The line above asks the migration runner to switch foreign keys off around this file, as
-- SQLite's procedure for rebuilding a table requires, and to check them all before committing:
-- legislators is rebuilt because its chamber CHECK knew only 'senate' and 'house'.
--
-- Compatibility with rows already on a sync server: legislators keeps its column names and
-- Congress's values ('senate', 'house', bioguide_id holding the bioguide id), and the new
-- body_id defaults to the U.S. Congress, so a row pushed by version 9 still reads as what it was.
-- The Congress body's id is naturalId('legislative_bodies', ['us-congress']), the same on every
-- laptop (core/common/naturalid.h).

CREATE TABLE legislative_bodies (
    id              TEXT PRIMARY KEY NOT NULL,
    code            TEXT NOT NULL UNIQUE,    -- 'us-congress', 'us-mi', 'gb-parliament'
    name            TEXT NOT NULL,
    country         TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '', -- a state legislature's state
    city            TEXT NOT NULL DEFAULT '', -- where the capitol stands: a new day's default place
    time_zone       TEXT NOT NULL DEFAULT '',
    senate_name     TEXT NOT NULL DEFAULT '', -- the upper chamber; '' when there is none
    house_name      TEXT NOT NULL DEFAULT '', -- the lower chamber
    unicameral_name TEXT NOT NULL DEFAULT '', -- the only chamber (Nebraska)
    campus          TEXT NOT NULL DEFAULT '[]', -- JSON [{"building": ..., "group": ...}]
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    device_id       TEXT NOT NULL
);

INSERT INTO legislative_bodies (id, code, name, country, city, time_zone, senate_name, house_name,
                                campus, created_at, updated_at, device_id)
VALUES ('59e15d16-79f9-5a57-be12-8d696eca8eb7', 'us-congress', 'U.S. Congress', 'US',
        'Washington, DC', 'America/New_York', 'Senate', 'House of Representatives', '[]',
        CAST(strftime('%s', 'now') AS INTEGER) * 1000, CAST(strftime('%s', 'now') AS INTEGER) * 1000,
        COALESCE((SELECT value FROM local_settings WHERE key = 'device_id'), ''));
-- Not logged: every laptop and every server knows this row already (the server takes a link to
-- it as valid without holding it), so no laptop, a volunteer's least of all, has to send it.

CREATE TABLE legislators_v10 (
    id           TEXT PRIMARY KEY NOT NULL,
    body_id      TEXT NOT NULL DEFAULT '59e15d16-79f9-5a57-be12-8d696eca8eb7'
                 REFERENCES legislative_bodies (id),
    bioguide_id  TEXT NOT NULL,           -- the source's stable key: bioguide id, Open States id...
    chamber      TEXT NOT NULL CHECK (chamber IN ('senate', 'house', 'unicameral')),
    state        TEXT NOT NULL DEFAULT '',
    district     TEXT NOT NULL DEFAULT '', -- '' for a statewide seat; '0' for at-large
    senate_class INTEGER NOT NULL DEFAULT 0,
    party        TEXT NOT NULL DEFAULT '',
    first_name   TEXT NOT NULL DEFAULT '',
    last_name    TEXT NOT NULL DEFAULT '',
    full_name    TEXT NOT NULL DEFAULT '',
    nickname     TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    contact_form TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    building     TEXT NOT NULL DEFAULT '',
    room         TEXT NOT NULL DEFAULT '',
    term_start   TEXT NOT NULL DEFAULT '', -- ISO 8601 date
    term_end     TEXT NOT NULL DEFAULT '',
    in_office    INTEGER NOT NULL DEFAULT 1,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    device_id    TEXT NOT NULL,
    UNIQUE (body_id, bioguide_id)
);
INSERT INTO legislators_v10 (id, bioguide_id, chamber, state, district, senate_class, party,
    first_name, last_name, full_name, nickname, phone, url, contact_form, address, building, room,
    in_office, created_at, updated_at, deleted, device_id)
SELECT id, bioguide_id, chamber, state,
    CASE WHEN chamber = 'senate' OR district IS NULL THEN '' ELSE CAST(district AS TEXT) END,
    senate_class, party, first_name, last_name, full_name, nickname, phone, url, contact_form,
    address, building, room, in_office, created_at, updated_at, deleted, device_id
FROM legislators;
DROP TABLE legislators;
ALTER TABLE legislators_v10 RENAME TO legislators;
CREATE INDEX legislators_by_seat ON legislators (body_id, state, chamber, district);

-- Offices beyond the one at the capitol: district offices, as the sources list them.
CREATE TABLE legislator_offices (
    id            TEXT PRIMARY KEY NOT NULL,
    legislator_id TEXT NOT NULL REFERENCES legislators (id),
    position      INTEGER NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL DEFAULT 'district' CHECK (kind IN ('capitol', 'district')),
    name          TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    fax           TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    device_id     TEXT NOT NULL
);
CREATE INDEX legislator_offices_by_legislator ON legislator_offices (legislator_id, deleted, position);

-- A contact's district in a body's chamber, and how sure we are of it. For the U.S. House the
-- district itself stays in contacts.district, where every older reader finds it; a row here
-- then only says how it was found, and counts only while its district matches the contact's.
-- 'ambiguous' rows hold the candidates a ZIP code spans, for the organizer to choose among.
CREATE TABLE contact_districts (
    id         TEXT PRIMARY KEY NOT NULL,
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    body_id    TEXT NOT NULL REFERENCES legislative_bodies (id),
    chamber    TEXT NOT NULL CHECK (chamber IN ('senate', 'house', 'unicameral')),
    district   TEXT NOT NULL DEFAULT '',
    status     TEXT NOT NULL DEFAULT 'manual'
               CHECK (status IN ('manual', 'confirmed', 'estimated', 'ambiguous')),
    candidates TEXT NOT NULL DEFAULT '', -- ambiguous: the districts the postcode spans, '|' between
    source     TEXT NOT NULL DEFAULT '', -- what it came from: 'zip 48126'
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL,
    UNIQUE (contact_id, body_id, chamber)
);
CREATE INDEX contact_districts_by_body ON contact_districts (body_id, chamber, status, deleted);

-- A day is planned for one body; days older than bodies were at the U.S. Capitol.
ALTER TABLE advocacy_days ADD COLUMN body_id TEXT NOT NULL DEFAULT '59e15d16-79f9-5a57-be12-8d696eca8eb7';

-- Postcode to district files an organizer imported for a body (the U.S. ZIP file for Congress
-- ships in the app instead). Reference data of this laptop: not synced, replaced per body and
-- chamber on each import.
CREATE TABLE postcode_districts (
    body_code TEXT NOT NULL,
    chamber   TEXT NOT NULL,
    postcode  TEXT NOT NULL,
    district  TEXT NOT NULL,
    PRIMARY KEY (body_code, chamber, postcode, district)
);
