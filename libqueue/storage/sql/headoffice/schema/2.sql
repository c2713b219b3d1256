-- Read models: what the live view and the period reports read, derived from the events by
-- the projector (tessera-headoffice-admin project) and rebuilt from them at will
-- (tessera-headoffice-admin rebuild). Nothing here is a source of truth; events are.
--
-- Reports read a branch's events by type (the counters' and appointments' history before a day):
CREATE INDEX events_by_type ON events (branch_id, journal_id, type, seq)
;
-- One row per branch: its figures now, as the head office program shows them.
CREATE TABLE branch_live (
    branch_id TEXT PRIMARY KEY REFERENCES branches,
    journal_id TEXT NOT NULL DEFAULT '', -- empty until the branch's first event
    seq BIGINT NOT NULL DEFAULT 0,       -- the last event folded into these figures
    at_ms BIGINT NOT NULL DEFAULT 0,     -- that event's time (the branch server's clock)
    business_day DATE,
    figures JSONB NOT NULL DEFAULT '{}', -- see docs/HEADOFFICE.md, "Live figures"
    online BOOLEAN NOT NULL DEFAULT false, -- the branch called within the last few seconds
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
;
-- The folded state of each branch (QueueState, as a snapshot in docs/PROTOCOL.md), saved now
-- and then, so that the projector goes on from there after a restart instead of from the
-- branch's first event.
CREATE TABLE branch_state (
    branch_id TEXT PRIMARY KEY REFERENCES branches,
    journal_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    state BYTEA NOT NULL,
    saved_at TIMESTAMPTZ NOT NULL DEFAULT now()
)
;
-- Per branch and business day: the daily report's figures (docs/REPORT.md), as the branch's
-- own report computes them. `report` is the whole DailyReport (CBOR), `samples` every wait
-- and service time per service (for percentiles over a period); the columns beside them
-- repeat the headline figures for plain SQL.
CREATE TABLE branch_days (
    branch_id TEXT NOT NULL REFERENCES branches,
    business_day DATE NOT NULL,
    journal_id TEXT NOT NULL,
    complete BOOLEAN NOT NULL,           -- false: the day is still running (figures up to until_ms)
    until_ms BIGINT NOT NULL,
    issued INTEGER NOT NULL,
    served INTEGER NOT NULL,
    no_show INTEGER NOT NULL,
    waits INTEGER NOT NULL,              -- first calls: the waits measured
    called_within_target INTEGER NOT NULL,
    wait_total_ms BIGINT NOT NULL,
    wait_p90_ms BIGINT NOT NULL,
    report BYTEA NOT NULL,
    samples BYTEA NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (branch_id, business_day)
)
;
CREATE INDEX branch_days_by_day ON branch_days (business_day)
;
-- Per branch, business day and clock hour: arrivals, served and waits (docs/REPORT.md, "By hour").
CREATE TABLE branch_hours (
    branch_id TEXT NOT NULL REFERENCES branches,
    business_day DATE NOT NULL,
    hour SMALLINT NOT NULL,              -- the branch's local clock hour, 0-23
    arrivals INTEGER NOT NULL,
    served INTEGER NOT NULL,
    calls INTEGER NOT NULL,
    wait_total_ms BIGINT NOT NULL,
    longest_line INTEGER NOT NULL,
    PRIMARY KEY (branch_id, business_day, hour)
)
;
GRANT SELECT ON branch_live, branch_state, branch_days, branch_hours TO tessera_viewers
