SELECT seq, at_ms, business_day, type, payload, command_id FROM events WHERE seq > ? AND seq <= ? ORDER BY seq
