WITH scope AS (SELECT ?::text AS branch, ?::text AS journal) SELECT MIN(business_day), MAX(business_day) FROM events, scope WHERE events.branch_id = scope.branch AND events.journal_id = scope.journal
