-- Majlis workspace schema, version 12: finding one volunteer's share of a campaign's list.
-- The caller's card counts the people still open for them (theirs, or nobody's yet) each time
-- it shows the next person; without this index that count read every open row of the list, which
-- on a list of 10,000 cost more than finding the person.
-- NOCASE because the organizer may type "Amina" for the account the server knows as "amina": the
-- server matches user names without case, and so does the caller's share.
CREATE INDEX campaign_targets_by_assignee ON campaign_targets (campaign_id, assignee COLLATE NOCASE, deleted, done, contact_id);
