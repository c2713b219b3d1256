SELECT append_events(?, ?, ?, CAST(? AS BIGINT[]), CAST(? AS DATE[]), CAST(? AS TEXT[]), CAST(? AS BYTEA[]))
