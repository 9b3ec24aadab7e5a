-- Majlis workspace schema, version 8: prefix indexes for four and five characters.
--
-- Phone numbers are searched by their first digits as people dial them ("5550…"), and a prefix
-- longer than the longest indexed one makes FTS5 merge the lists of every term that starts with
-- it: at 100,000 contacts "5550" took four times as long as "555". FTS5 cannot change a table's
-- prefix option, so the index is built again from its own documents (already folded text).
CREATE VIRTUAL TABLE contact_search_rebuilt USING fts5 (
    names, emails, phones, tags, organization, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4 5'
);
INSERT INTO contact_search_rebuilt (rowid, names, emails, phones, tags, organization, notes)
    SELECT rowid, names, emails, phones, tags, organization, notes FROM contact_search;
DROP TABLE contact_search;
ALTER TABLE contact_search_rebuilt RENAME TO contact_search;
