SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM events WHERE business_day = ?
