-- The connection is opened read-only already; this refuses writes in SQL too.
PRAGMA query_only=ON
