-- The journal: one row per event, never updated or deleted.
CREATE TABLE events (
    seq BIGINT PRIMARY KEY,           -- the server's sequence number, gapless from 1
    at_ms BIGINT NOT NULL,            -- server time, UTC milliseconds
    business_day DATE NOT NULL,       -- the business day the event belongs to
    type TEXT NOT NULL,               -- event type name, e.g. TicketIssued
    payload BYTEA NOT NULL            -- the event's fields as a CBOR map
)
;
CREATE INDEX events_by_day ON events (business_day, seq)
;
INSERT INTO schema_version (version) VALUES (0)
