SELECT seq, at_ms, business_day, type, payload, command_id FROM events WHERE type = ? AND seq > ? AND seq <= ? ORDER BY seq
