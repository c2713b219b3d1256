SELECT seq, at_ms, business_day, type, payload, command_id FROM events WHERE type = ? AND seq <= ? ORDER BY seq DESC LIMIT 1
