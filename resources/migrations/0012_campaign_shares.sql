-- Majlis workspace schema, version 12: finding one volunteer's share of a campaign's list.
-- The caller's card counts the people still open for them (theirs, or nobody's yet) each time
-- it shows the next person; without this index that count read every open row of the list, which
-- on a list of 10,000 cost more than finding the person.
CREATE INDEX campaign_targets_by_assignee ON campaign_targets (campaign_id, assignee, deleted, done, contact_id);
