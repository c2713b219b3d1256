SELECT COALESCE((SELECT seq FROM events WHERE business_day < ? ORDER BY business_day DESC, seq DESC LIMIT 1), 0)
