SELECT COALESCE(MAX(seq), 0) FROM events WHERE business_day < ?
