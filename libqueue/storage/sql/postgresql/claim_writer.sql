-- One server writes a journal: a second one pointed at the same database would number its
-- events from the same sequence. The lock is held by the session and ends with it.
SELECT pg_try_advisory_lock(hashtext('tessera journal writer'))
