-- The server's view of who works which campaign target, run by `majlis-server init` after
-- schema.sql, and by ServerStore::upgrade on a server made before it (which then fills it from
-- the stored rows). Portable between SQLite and PostgreSQL.

-- One row per campaign_targets record, written by ServerStore::putRecord beside the record
-- itself: a caller's pull and push, and a lease, look people up here instead of reading every
-- target's JSON. assignee_key is the assignee's UserName::key ('' for nobody); an erased target
-- keeps its campaign, contact and assignee, so the caller's laptop can still be told to erase them.
CREATE TABLE target_assignments (
    target_id    TEXT PRIMARY KEY,
    chapter_key  TEXT NOT NULL,
    campaign_id  TEXT NOT NULL,
    contact_id   TEXT NOT NULL,
    assignee_key TEXT NOT NULL,
    lease_until  BIGINT NOT NULL,
    attempts     BIGINT NOT NULL,
    position     BIGINT NOT NULL,
    done         INTEGER NOT NULL,
    deleted      INTEGER NOT NULL
);
CREATE INDEX target_assignments_by_assignee ON target_assignments (assignee_key);
CREATE INDEX target_assignments_by_contact ON target_assignments (contact_id, campaign_id);
CREATE INDEX target_assignments_queue ON target_assignments (campaign_id, done, attempts, position);

-- A lease request first writes its campaign's row here and holds it to the end of its
-- transaction: a second request for the same campaign waits, then sees what the first handed
-- out, so two requests are never granted the same person.
CREATE TABLE lease_locks (
    campaign_id TEXT PRIMARY KEY,
    taken_at    BIGINT NOT NULL
);
