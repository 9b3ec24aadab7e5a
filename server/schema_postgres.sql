-- PostgreSQL only, run by `majlis-server init` after schema.sql: row-level security as a second
-- wall between chapters, behind the per-object checks in syncservice.cpp.
--
-- Each request sets, for its transaction only, which chapters it may read and which it may
-- write ("*" for all). Nothing set means nothing but organization-wide rows: a request that
-- forgets to say fails closed. A pull reads only the user's chapters; a push may look up any row
-- (to refuse a foreign one by name) but can write only into the user's chapters.
-- FORCE applies the policies to the table owner too, since the server connects as the owner.

CREATE FUNCTION majlis_allows(setting TEXT, chapter TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$ SELECT chapter = '' OR coalesce(current_setting(setting, true), '') = '*' OR chapter = ANY (string_to_array(coalesce(current_setting(setting, true), ''), ',')) $$;

ALTER TABLE records ENABLE ROW LEVEL SECURITY;
ALTER TABLE records FORCE ROW LEVEL SECURITY;
CREATE POLICY records_read ON records FOR SELECT USING (majlis_allows('majlis.read_chapters', chapter_key));
CREATE POLICY records_add ON records FOR INSERT WITH CHECK (majlis_allows('majlis.write_chapters', chapter_key));
CREATE POLICY records_change ON records FOR UPDATE
    USING (majlis_allows('majlis.write_chapters', chapter_key))
    WITH CHECK (majlis_allows('majlis.write_chapters', chapter_key));
CREATE POLICY records_remove ON records FOR DELETE USING (majlis_allows('majlis.write_chapters', chapter_key));

ALTER TABLE evictions ENABLE ROW LEVEL SECURITY;
ALTER TABLE evictions FORCE ROW LEVEL SECURITY;
CREATE POLICY evictions_read ON evictions FOR SELECT USING (majlis_allows('majlis.read_chapters', chapter_key));
CREATE POLICY evictions_add ON evictions FOR INSERT WITH CHECK (majlis_allows('majlis.write_chapters', chapter_key));
CREATE POLICY evictions_remove ON evictions FOR DELETE USING (majlis_allows('majlis.write_chapters', chapter_key));
