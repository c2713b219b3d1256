-- Version 2: events remember the station command that caused them, so a command retried
-- after a reconnect or a server restart is recognised and answered, not applied twice.
ALTER TABLE events ADD COLUMN command_id TEXT
;
CREATE INDEX events_by_command ON events (command_id) WHERE command_id IS NOT NULL
;
-- One random id per journal: a station resuming from a sequence number checks that it
-- is still talking to the same journal (a restored or new database starts over).
CREATE TABLE journal_identity (id TEXT NOT NULL)
;
INSERT INTO journal_identity (id) VALUES (replace(gen_random_uuid()::text, '-', ''))
