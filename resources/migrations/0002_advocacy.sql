-- Majlis workspace schema, version 2: Capitol advocacy days.
-- Synced tables follow 0001's shape (id, created_at, updated_at, deleted, device_id); their
-- change-log triggers are made by the migration runner for every such table.

-- Members of Congress from the congress-legislators file. A re-import updates rows in place by
-- bioguide_id and marks members it no longer lists as out of office, so planned meetings keep
-- pointing at them.
CREATE TABLE legislators (
    id           TEXT PRIMARY KEY NOT NULL,
    bioguide_id  TEXT NOT NULL UNIQUE,
    chamber      TEXT NOT NULL CHECK (chamber IN ('senate', 'house')),
    state        TEXT NOT NULL,
    district     INTEGER,                 -- House only; 0 for at-large
    senate_class INTEGER NOT NULL DEFAULT 0,
    party        TEXT NOT NULL DEFAULT '',
    first_name   TEXT NOT NULL DEFAULT '',
    last_name    TEXT NOT NULL DEFAULT '',
    full_name    TEXT NOT NULL DEFAULT '',
    nickname     TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    contact_form TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    building     TEXT NOT NULL DEFAULT '',
    room         TEXT NOT NULL DEFAULT '',
    in_office    INTEGER NOT NULL DEFAULT 1,
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0,
    device_id    TEXT NOT NULL
);
CREATE INDEX legislators_by_seat ON legislators (state, chamber, district);

-- Times are minutes after midnight in the day's own time zone (the Capitol's by default).
CREATE TABLE advocacy_days (
    id                 TEXT PRIMARY KEY NOT NULL,
    title              TEXT NOT NULL,
    day_date           TEXT NOT NULL,      -- ISO 8601 date
    city               TEXT NOT NULL DEFAULT '',
    theme              TEXT NOT NULL DEFAULT '',
    time_zone          TEXT NOT NULL DEFAULT 'America/New_York',
    window_start       INTEGER NOT NULL DEFAULT 540,
    window_end         INTEGER NOT NULL DEFAULT 1020,
    slot_minutes       INTEGER NOT NULL DEFAULT 30,
    max_team_size      INTEGER NOT NULL DEFAULT 8,
    walk_same_building INTEGER NOT NULL DEFAULT 0,
    walk_same_side     INTEGER NOT NULL DEFAULT 10,
    walk_across        INTEGER NOT NULL DEFAULT 20,
    leave_behinds      TEXT NOT NULL DEFAULT '[]', -- JSON array of file paths
    notes              TEXT NOT NULL DEFAULT '',
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    deleted            INTEGER NOT NULL DEFAULT 0,
    device_id          TEXT NOT NULL
);

CREATE TABLE day_asks (
    id             TEXT PRIMARY KEY NOT NULL,
    day_id         TEXT NOT NULL REFERENCES advocacy_days (id),
    position       INTEGER NOT NULL DEFAULT 0,
    bill           TEXT NOT NULL DEFAULT '',  -- "H.R. 1234", "S. 567"
    title          TEXT NOT NULL DEFAULT '',
    talking_points TEXT NOT NULL DEFAULT '',
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0,
    device_id      TEXT NOT NULL
);
CREATE INDEX day_asks_by_day ON day_asks (day_id, deleted, position);

CREATE TABLE day_attendees (
    id         TEXT PRIMARY KEY NOT NULL,
    day_id     TEXT NOT NULL REFERENCES advocacy_days (id),
    contact_id TEXT NOT NULL REFERENCES contacts (id),
    role       TEXT NOT NULL DEFAULT 'constituent'
               CHECK (role IN ('constituent', 'team_lead', 'note_taker', 'first_timer')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL,
    UNIQUE (day_id, contact_id)
);
CREATE INDEX day_attendees_by_contact ON day_attendees (contact_id, deleted);

-- A time an office confirmed for a meeting, or a time it cannot meet.
CREATE TABLE day_office_times (
    id            TEXT PRIMARY KEY NOT NULL,
    day_id        TEXT NOT NULL REFERENCES advocacy_days (id),
    legislator_id TEXT NOT NULL REFERENCES legislators (id),
    kind          TEXT NOT NULL CHECK (kind IN ('confirmed', 'blackout')),
    start_minute  INTEGER NOT NULL,
    end_minute    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    device_id     TEXT NOT NULL
);
CREATE INDEX day_office_times_by_day ON day_office_times (day_id, deleted);

CREATE TABLE meetings (
    id               TEXT PRIMARY KEY NOT NULL,
    day_id           TEXT NOT NULL REFERENCES advocacy_days (id),
    legislator_id    TEXT NOT NULL REFERENCES legislators (id),
    start_minute     INTEGER NOT NULL,
    end_minute       INTEGER NOT NULL,
    pinned           INTEGER NOT NULL DEFAULT 0, -- placed by hand: the scheduler leaves it
    lead_attendee_id TEXT REFERENCES day_attendees (id),
    status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    met_with         TEXT NOT NULL DEFAULT '',
    met_role         TEXT NOT NULL DEFAULT '' CHECK (met_role IN ('', 'member', 'staffer')),
    report_notes     TEXT NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0,
    device_id        TEXT NOT NULL
);
CREATE INDEX meetings_by_day ON meetings (day_id, deleted, start_minute);
CREATE INDEX meetings_by_legislator ON meetings (legislator_id);

CREATE TABLE meeting_attendees (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id),
    attendee_id TEXT NOT NULL REFERENCES day_attendees (id),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL,
    UNIQUE (meeting_id, attendee_id)
);
CREATE INDEX meeting_attendees_by_attendee ON meeting_attendees (attendee_id, deleted);

CREATE TABLE meeting_outcomes (
    id         TEXT PRIMARY KEY NOT NULL,
    meeting_id TEXT NOT NULL REFERENCES meetings (id),
    ask_id     TEXT NOT NULL REFERENCES day_asks (id),
    outcome    TEXT NOT NULL CHECK (outcome IN ('supportive', 'undecided', 'opposed', 'no_answer')),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    device_id  TEXT NOT NULL,
    UNIQUE (meeting_id, ask_id)
);

CREATE TABLE follow_ups (
    id          TEXT PRIMARY KEY NOT NULL,
    meeting_id  TEXT NOT NULL REFERENCES meetings (id),
    description TEXT NOT NULL,
    due_date    TEXT NOT NULL DEFAULT '', -- ISO 8601 date
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL
);
CREATE INDEX follow_ups_by_meeting ON follow_ups (meeting_id, deleted);
