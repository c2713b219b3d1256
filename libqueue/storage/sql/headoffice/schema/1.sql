-- The head office database: the journal events of every branch, forwarded by each branch
-- server (store and forward), and read models derived from them. See docs/HEADOFFICE.md.
--
-- Two group roles hold the rights; each branch logs in with a role of its own, member of
-- tessera_branches, and each person at the head office with one in tessera_viewers.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tessera_branches') THEN
        CREATE ROLE tessera_branches NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tessera_viewers') THEN
        CREATE ROLE tessera_viewers NOLOGIN;
    END IF;
END
$$
;
INSERT INTO schema_version (version) VALUES (0)
;
-- One row per branch the head office accepts events from.
CREATE TABLE branches (
    branch_id TEXT PRIMARY KEY,          -- as in the branch's branch.json
    login_role TEXT NOT NULL UNIQUE,     -- the PostgreSQL role the branch forwards as
    journal_id TEXT,                     -- the branch journal's id, bound by its first contact
    last_seq BIGINT NOT NULL DEFAULT 0,  -- the last event the head office holds
    branch_last_seq BIGINT,              -- the branch journal's last event at its last call
    last_contact TIMESTAMPTZ,            -- the branch's last call (it calls every second)
    refused TEXT,                        -- why the branch's last call was refused, if it was
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
;
-- Every event of every branch, as the branch journaled it. The key is the branch, its
-- journal and the event's sequence number: an event sent twice is stored once.
CREATE TABLE events (
    branch_id TEXT NOT NULL REFERENCES branches,
    journal_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    at_ms BIGINT NOT NULL,               -- the branch server's time, UTC milliseconds
    business_day DATE NOT NULL,
    type TEXT NOT NULL,
    payload BYTEA NOT NULL,              -- the event's fields as a CBOR map (docs/PROTOCOL.md)
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (branch_id, journal_id, seq)
)
;
CREATE INDEX events_by_day ON events (branch_id, business_day, seq)
;
-- A branch's call on connecting and every second after: checks that the caller is the
-- branch's role and that the branch's journal is the one the head office has been
-- following, and not behind it (a journal restored from a backup would number new events
-- over ones the head office already holds). Returns the last sequence number held, from
-- which the branch sends.
CREATE FUNCTION branch_hello(p_branch TEXT, p_journal TEXT, p_branch_last BIGINT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    b branches%ROWTYPE;
    why TEXT;
BEGIN
    SELECT * INTO b FROM branches WHERE branch_id = p_branch FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the head office has no branch "%": add it there (tessera-headoffice-admin add-branch URL %)',
            p_branch, p_branch USING ERRCODE = 'TS001';
    END IF;
    IF b.login_role <> session_user THEN
        RAISE EXCEPTION 'the role "%" is not the role of branch "%": use the role made for this branch ("%")',
            session_user, p_branch, b.login_role USING ERRCODE = 'TS002';
    END IF;
    IF b.journal_id IS NOT NULL AND b.journal_id <> p_journal THEN
        why := format('this branch''s journal (%s) is not the one the head office has followed (%s): the branch was '
                      'replaced or its data directory started anew. Its events are kept apart until the head office '
                      'decides (tessera-headoffice-admin accept-journal URL %s %s)', p_journal, b.journal_id, p_branch, p_journal);
    ELSIF b.last_seq > p_branch_last THEN
        why := format('the head office holds events up to %s of this journal, but the branch''s journal ends at %s: '
                      'it was restored from a backup. Its new events would take numbers the head office already has; '
                      'nothing is forwarded until the head office decides (tessera-headoffice-admin accept-journal URL %s %s)',
                      b.last_seq, p_branch_last, p_branch, p_journal);
    END IF;
    UPDATE branches SET last_contact = now(), refused = why, branch_last_seq = p_branch_last,
                        journal_id = COALESCE(b.journal_id, p_journal)
    WHERE branch_id = p_branch;
    IF why IS NOT NULL THEN
        -- The refusal is recorded (committed by the caller's transaction) and shown to the branch.
        RETURN -1;
    END IF;
    PERFORM pg_notify('tessera_branches', p_branch);
    RETURN b.last_seq;
END
$$
;
-- The reason branch_hello returned -1: readable by the branch for its own row only.
CREATE FUNCTION branch_refusal(p_branch TEXT) RETURNS TEXT
LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT refused FROM branches WHERE branch_id = p_branch AND login_role = session_user
$$
;
-- Appends a run of a branch's events, consecutive from p_first. Events the head office
-- already holds (a batch sent again after a lost answer) are skipped; a gap is refused.
CREATE FUNCTION append_events(p_branch TEXT, p_journal TEXT, p_first BIGINT, p_at BIGINT[], p_day DATE[],
                              p_type TEXT[], p_payload BYTEA[]) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    b branches%ROWTYPE;
    n INTEGER := cardinality(p_at);
    last BIGINT;
BEGIN
    SELECT * INTO b FROM branches WHERE branch_id = p_branch FOR UPDATE;
    IF NOT FOUND OR b.login_role <> session_user THEN
        RAISE EXCEPTION 'the role "%" may not append events of branch "%"', session_user, p_branch
            USING ERRCODE = 'TS002';
    END IF;
    IF b.journal_id IS DISTINCT FROM p_journal OR b.refused IS NOT NULL THEN
        RAISE EXCEPTION 'the head office does not take events of journal % for branch "%": %', p_journal, p_branch,
            COALESCE(b.refused, 'say hello first') USING ERRCODE = 'TS003';
    END IF;
    IF p_first > b.last_seq + 1 THEN
        RAISE EXCEPTION 'events % to % of branch "%" are missing before %', b.last_seq + 1, p_first - 1, p_branch,
            p_first USING ERRCODE = 'TS004';
    END IF;
    last := p_first + n - 1;
    IF last <= b.last_seq THEN
        RETURN b.last_seq;
    END IF;
    INSERT INTO events (branch_id, journal_id, seq, at_ms, business_day, type, payload)
    SELECT p_branch, p_journal, p_first + i - 1, p_at[i], p_day[i], p_type[i], p_payload[i]
    FROM generate_series(b.last_seq - p_first + 2, n) AS i;
    UPDATE branches SET last_seq = last, last_contact = now() WHERE branch_id = p_branch;
    PERFORM pg_notify('tessera_events', p_branch);
    RETURN last;
END
$$
;
-- The head office's decision on a refused branch (run by its administrator): take the
-- branch's present journal from now on. The events already held stay. A journal restored
-- from a backup keeps its id: the events the backup lacks are kept under the id with
-- "/before-restore-<time>" added, and the branch's new events take their numbers.
CREATE FUNCTION accept_journal(p_branch TEXT, p_journal TEXT) RETURNS TEXT
LANGUAGE plpgsql AS $$
DECLARE
    b branches%ROWTYPE;
    kept TEXT;
BEGIN
    SELECT * INTO b FROM branches WHERE branch_id = p_branch FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the head office has no branch "%"', p_branch;
    END IF;
    IF b.journal_id = p_journal THEN
        IF b.branch_last_seq IS NULL OR b.branch_last_seq >= b.last_seq THEN
            RAISE EXCEPTION 'branch "%" is not refused for journal %: nothing to accept', p_branch, p_journal;
        END IF;
        kept := p_journal || '/before-restore-' || to_char(now(), 'YYYYMMDD"T"HH24MISS');
        UPDATE events SET journal_id = kept
        WHERE branch_id = p_branch AND journal_id = p_journal AND seq > b.branch_last_seq;
        UPDATE branches SET last_seq = b.branch_last_seq, refused = NULL WHERE branch_id = p_branch;
        RETURN format('events %s to %s of the old history are kept as journal %s', b.branch_last_seq + 1, b.last_seq,
                      kept);
    END IF;
    UPDATE branches SET journal_id = p_journal, last_seq = 0, refused = NULL WHERE branch_id = p_branch;
    RETURN format('the events of journal %s stay; journal %s is followed from its first event', b.journal_id, p_journal);
END
$$
;
REVOKE ALL ON FUNCTION accept_journal(TEXT, TEXT) FROM PUBLIC
;
REVOKE ALL ON FUNCTION branch_hello(TEXT, TEXT, BIGINT), branch_refusal(TEXT),
    append_events(TEXT, TEXT, BIGINT, BIGINT[], DATE[], TEXT[], BYTEA[]) FROM PUBLIC
;
GRANT EXECUTE ON FUNCTION branch_hello(TEXT, TEXT, BIGINT), branch_refusal(TEXT),
    append_events(TEXT, TEXT, BIGINT, BIGINT[], DATE[], TEXT[], BYTEA[]) TO tessera_branches
;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC
;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO tessera_viewers
;
-- A branch checks that it knows the head office's schema before it sends anything.
GRANT SELECT ON schema_version TO tessera_branches
;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO tessera_viewers
