-- Majlis workspace schema, version 9: events and chapters carry an IANA time zone.
--
-- An event's times stay the wall-clock times people write on a flyer; time_zone says where that
-- wall hangs ("Europe/London"), so a calendar export can name the instant. Empty, as on every
-- row written before this version, means "the chapter's zone, else the workspace's, else this
-- computer's" (core/events/eventtimezone.h resolves it in one place). Both tables are synced:
-- the change-log triggers are remade after each migration and pick the new columns up, and the
-- server keeps rows as JSON fields, so it needs no change. Advocacy days had their zone since
-- version 2.
ALTER TABLE events ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
ALTER TABLE chapters ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';
