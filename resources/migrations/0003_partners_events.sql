-- Majlis workspace schema, version 3: coalition partners, sign-on letters, community events
-- with check-in, and voter-registration drives. Change-log triggers come from the migration
-- runner, as for every synced table.

CREATE TABLE organizations (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'other'
                CHECK (kind IN ('mosque', 'interfaith', 'civil_rights', 'immigrant_rights', 'labor', 'student',
                                'faith_other', 'government', 'media', 'other')),
    issue_areas TEXT NOT NULL DEFAULT '[]',  -- JSON array of short labels
    city        TEXT NOT NULL DEFAULT '',
    region      TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    website     TEXT NOT NULL DEFAULT '',
    chapter_id  TEXT REFERENCES chapters (id),
    owner_id    TEXT REFERENCES contacts (id), -- who in the chapter keeps the relationship
    status      TEXT NOT NULL DEFAULT 'prospect' CHECK (status IN ('prospect', 'active', 'dormant')),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL
);
CREATE INDEX organizations_by_name ON organizations (deleted, name COLLATE NOCASE);

-- A person at a partner, with a role, for a span of time: people move between organizations.
CREATE TABLE organization_members (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    contact_id      TEXT NOT NULL REFERENCES contacts (id),
    role            TEXT NOT NULL DEFAULT '',
    since           TEXT NOT NULL DEFAULT '', -- ISO 8601 dates
    until           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    device_id       TEXT NOT NULL
);
CREATE INDEX organization_members_by_org ON organization_members (organization_id, deleted);
CREATE INDEX organization_members_by_contact ON organization_members (contact_id, deleted);

CREATE TABLE interactions (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    kind            TEXT NOT NULL CHECK (kind IN ('meeting', 'call', 'email', 'joint_event', 'sign_on', 'other')),
    occurred_on     TEXT NOT NULL,            -- ISO 8601 date
    summary         TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    device_id       TEXT NOT NULL
);
CREATE INDEX interactions_by_org ON interactions (organization_id, deleted, occurred_on);

CREATE TABLE interaction_participants (
    id             TEXT PRIMARY KEY NOT NULL,
    interaction_id TEXT NOT NULL REFERENCES interactions (id),
    contact_id     TEXT NOT NULL REFERENCES contacts (id),
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    device_id      TEXT NOT NULL,
    UNIQUE (interaction_id, contact_id)
);

CREATE TABLE sign_on_letters (
    id         TEXT PRIMARY KEY NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    link       TEXT NOT NULL DEFAULT '',
    deadline   TEXT NOT NULL DEFAULT '',   -- ISO 8601 date
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL
);

-- A partner asked to sign a letter, and its answer.
CREATE TABLE letter_partners (
    id              TEXT PRIMARY KEY NOT NULL,
    letter_id       TEXT NOT NULL REFERENCES sign_on_letters (id),
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    answer          TEXT NOT NULL DEFAULT 'asked' CHECK (answer IN ('asked', 'signed', 'declined')),
    answered_on     TEXT NOT NULL DEFAULT '',
    signed_by       TEXT NOT NULL DEFAULT '',  -- the name of who signed for the partner
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    device_id       TEXT NOT NULL,
    UNIQUE (letter_id, organization_id)
);

-- Times are local to the event's place: "2027-05-01T18:30".
CREATE TABLE events (
    id         TEXT PRIMARY KEY NOT NULL,
    title      TEXT NOT NULL,
    kind       TEXT NOT NULL DEFAULT 'community'
               CHECK (kind IN ('voter_registration', 'interfaith', 'town_hall', 'training', 'cultural',
                               'community', 'other')),
    chapter_id TEXT REFERENCES chapters (id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL DEFAULT '',
    place      TEXT NOT NULL DEFAULT '',
    capacity   INTEGER NOT NULL DEFAULT 0,  -- 0: no limit
    notes      TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL
);
CREATE INDEX events_by_start ON events (deleted, starts_at);

-- Partners co-sponsoring an event or an advocacy day.
CREATE TABLE cosponsors (
    id              TEXT PRIMARY KEY NOT NULL,
    organization_id TEXT NOT NULL REFERENCES organizations (id),
    event_id        TEXT REFERENCES events (id),
    day_id          TEXT REFERENCES advocacy_days (id),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    device_id       TEXT NOT NULL,
    CHECK ((event_id IS NULL) <> (day_id IS NULL))
);
CREATE INDEX cosponsors_by_event ON cosponsors (event_id, deleted);
CREATE INDEX cosponsors_by_day ON cosponsors (day_id, deleted);

-- Who registered and who came: checked_in_at is set the moment the door checks them in.
CREATE TABLE event_registrations (
    id            TEXT PRIMARY KEY NOT NULL,
    event_id      TEXT NOT NULL REFERENCES events (id),
    contact_id    TEXT NOT NULL REFERENCES contacts (id),
    registered    INTEGER NOT NULL DEFAULT 1, -- 0: came without registering
    walk_in       INTEGER NOT NULL DEFAULT 0, -- 1: the contact was created at the door
    checked_in_at INTEGER,                    -- UTC ms, NULL until they arrive
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    device_id     TEXT NOT NULL,
    UNIQUE (event_id, contact_id)
);
CREATE INDEX event_registrations_by_contact ON event_registrations (contact_id, deleted);

-- A person's voter registration as recorded at a drive.
CREATE TABLE voter_records (
    id              TEXT PRIMARY KEY NOT NULL,
    event_id        TEXT NOT NULL REFERENCES events (id),
    contact_id      TEXT NOT NULL REFERENCES contacts (id),
    eligible        INTEGER,                  -- NULL: not asked
    status          TEXT NOT NULL DEFAULT 'unknown'
                    CHECK (status IN ('unknown', 'registered_here', 'already_registered', 'needs_follow_up',
                                      'not_eligible')),
    pledged         INTEGER NOT NULL DEFAULT 0,
    follow_up_done  INTEGER NOT NULL DEFAULT 0,
    notes           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    deleted         INTEGER NOT NULL DEFAULT 0,
    device_id       TEXT NOT NULL,
    UNIQUE (event_id, contact_id)
);
