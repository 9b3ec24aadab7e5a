-- Majlis workspace schema, version 6: contacts whose search document a sync must rewrite.
--
-- A pull marks each contact it touched in the same transaction as the page, and rewrites their
-- search documents once at the end, instead of once per page that carries one of the contact's
-- rows. A crash in between leaves the marks, and the next sync finishes the job. Local only.
CREATE TABLE search_stale (
    contact_id TEXT PRIMARY KEY NOT NULL
);
