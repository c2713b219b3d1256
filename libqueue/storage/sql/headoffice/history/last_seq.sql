WITH scope AS (SELECT ?::text AS branch, ?::text AS journal) SELECT COALESCE(MAX(seq), 0) FROM events, scope WHERE events.branch_id = scope.branch AND events.journal_id = scope.journal
