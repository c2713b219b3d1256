-- Notices ("already exists, skipping") are not for the server's log.
SET client_min_messages TO warning
;
-- Dates travel as ISO text (YYYY-MM-DD), as on SQLite.
SET datestyle TO ISO
;
-- Acknowledged only after commit: a commit returns once it is flushed to disk.
SET synchronous_commit TO on
;
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)
