-- PostgreSQL only, after schema_campaigns.sql: the same wall between chapters as on records
-- (schema_postgres.sql). A target row is in its contact's chapter.

ALTER TABLE target_assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE target_assignments FORCE ROW LEVEL SECURITY;
CREATE POLICY target_assignments_read ON target_assignments FOR SELECT USING (majlis_allows('majlis.read_chapters', chapter_key));
CREATE POLICY target_assignments_add ON target_assignments FOR INSERT WITH CHECK (majlis_allows('majlis.write_chapters', chapter_key));
CREATE POLICY target_assignments_change ON target_assignments FOR UPDATE
    USING (majlis_allows('majlis.write_chapters', chapter_key))
    WITH CHECK (majlis_allows('majlis.write_chapters', chapter_key));
CREATE POLICY target_assignments_remove ON target_assignments FOR DELETE USING (majlis_allows('majlis.write_chapters', chapter_key));
