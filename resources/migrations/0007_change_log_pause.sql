-- Majlis workspace schema, version 7: rows written by a pull are not logged as local edits.
--
-- The change-log triggers skip their insert while this table holds its one row. A pull puts
-- the row in at the start of each page's transaction and takes it out before the commit, so no
-- other connection ever sees it, and a crash in between rolls it back with the page. Before, a
-- pulled row logged itself and the pull deleted the entries again: on a laptop's first sync,
-- two writes to the change log for every row it received. Local only.
CREATE TABLE change_log_pause (
    only INTEGER PRIMARY KEY NOT NULL CHECK (only = 1)
);
