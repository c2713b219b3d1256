-- Version 3: events found by type, for reports: the configuration in force on a day,
-- and the counter and appointment events before it, without reading the whole journal.
CREATE INDEX events_by_type ON events (type, seq)
