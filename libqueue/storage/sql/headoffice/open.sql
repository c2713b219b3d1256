SET client_min_messages TO warning
;
SET datestyle TO ISO
;
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)
