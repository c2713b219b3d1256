INSERT INTO events (seq, at_ms, business_day, type, payload, command_id) VALUES (?, ?, ?, ?, ?, ?)
