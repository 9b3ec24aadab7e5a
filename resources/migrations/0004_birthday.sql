-- Majlis workspace schema, version 4: a contact's birthday, as address books carry it (vCard BDAY).
ALTER TABLE contacts ADD COLUMN birthday TEXT NOT NULL DEFAULT ''; -- ISO 8601 date, or '' when unknown
