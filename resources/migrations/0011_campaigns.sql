-- Majlis workspace schema, version 11: year-round voter engagement. Phone banks, door lists and
-- get-out-the-vote drives, each worked from a stable list, with results per attempt and the
-- opt-outs every later list must honour. Change-log triggers come from the migration runner.

-- An election a chapter mobilizes for.
CREATE TABLE elections (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    election_date TEXT NOT NULL DEFAULT '', -- ISO 8601 date
    jurisdiction  TEXT NOT NULL DEFAULT '', -- "Michigan", "Dearborn", "Greater London"
    chapter_id    TEXT REFERENCES chapters (id),
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    deleted       INTEGER NOT NULL DEFAULT 0,
    device_id     TEXT NOT NULL
);

-- script is JSON (core/campaigns/campaignscript.h): the introduction and the survey questions,
-- kept whole in the row because a script is edited and read as one piece.
CREATE TABLE campaigns (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'phone' CHECK (kind IN ('phone', 'door', 'gotv')),
    chapter_id  TEXT REFERENCES chapters (id),
    election_id TEXT REFERENCES elections (id),
    starts_on   TEXT NOT NULL DEFAULT '',
    ends_on     TEXT NOT NULL DEFAULT '',
    closed      INTEGER NOT NULL DEFAULT 0,
    script      TEXT NOT NULL DEFAULT '{}',
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL
);

-- The list a campaign works: a snapshot made once, so it does not shift under the callers.
-- assignee is the volunteer's sync user name ('' while nobody has it). done is set by a final
-- result; attempts orders the retries of people not reached after everyone untried.
CREATE TABLE campaign_targets (
    id          TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    position    INTEGER NOT NULL,
    assignee    TEXT NOT NULL DEFAULT '',
    lease_until INTEGER NOT NULL DEFAULT 0, -- UTC ms the server's lease on it ends; 0: none
    attempts    INTEGER NOT NULL DEFAULT 0,
    done        INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL,
    UNIQUE (campaign_id, contact_id)
);
CREATE INDEX campaign_targets_queue ON campaign_targets (campaign_id, deleted, done, attempts, position);
CREATE INDEX campaign_targets_by_contact ON campaign_targets (contact_id);

-- One attempt to reach a person, with the survey's answers as JSON {question: answer or [answers]}.
-- Rows are never changed after the fact except by an organizer's roll-back (a tombstone).
CREATE TABLE campaign_results (
    id          TEXT PRIMARY KEY NOT NULL,
    campaign_id TEXT NOT NULL REFERENCES campaigns (id),
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    code        TEXT NOT NULL CHECK (code IN ('contacted', 'not_home', 'left_message', 'busy', 'refused',
                                              'moved', 'wrong_number', 'disconnected', 'language_barrier',
                                              'deceased', 'do_not_contact')),
    answers     TEXT NOT NULL DEFAULT '{}',
    follow_up   INTEGER NOT NULL DEFAULT 0, -- an answer asked for a voter-registration follow-up
    pledge      INTEGER NOT NULL DEFAULT 0, -- an answer was a pledge to vote
    opt_out     TEXT NOT NULL DEFAULT '',   -- the do-not-contact reason this result put on the person
    caller      TEXT NOT NULL DEFAULT '',
    recorded_at INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL
);
CREATE INDEX campaign_results_by_campaign ON campaign_results (campaign_id, deleted, recorded_at);
CREATE INDEX campaign_results_by_contact ON campaign_results (contact_id, recorded_at);

-- Who pledged to vote in an election and who has voted, one row per person and election.
CREATE TABLE election_turnout (
    id          TEXT PRIMARY KEY NOT NULL,
    election_id TEXT NOT NULL REFERENCES elections (id),
    contact_id  TEXT NOT NULL REFERENCES contacts (id),
    pledged     INTEGER NOT NULL DEFAULT 0,
    voted       INTEGER NOT NULL DEFAULT 0,
    voted_at    INTEGER NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    device_id   TEXT NOT NULL,
    UNIQUE (election_id, contact_id)
);

-- Why a person must not be contacted again ('' when they may be): 'requested', 'refused',
-- 'hostile', 'deceased'. Every list, campaign and calling export leaves them out.
ALTER TABLE contacts ADD COLUMN do_not_contact TEXT NOT NULL DEFAULT '';
-- A number a caller found disconnected or wrong: kept, so nobody retypes it, but not dialled.
ALTER TABLE contact_phones ADD COLUMN bad INTEGER NOT NULL DEFAULT 0;
