PRAGMA journal_mode=WAL
;
PRAGMA synchronous=FULL
;
PRAGMA foreign_keys=ON
;
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)
