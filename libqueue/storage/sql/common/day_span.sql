SELECT COALESCE((SELECT seq FROM events WHERE business_day = ? ORDER BY seq LIMIT 1), 0), COALESCE((SELECT seq FROM events WHERE business_day = ? ORDER BY seq DESC LIMIT 1), 0)
