SELECT seq, at_ms, business_day, type, payload FROM events WHERE seq > ? ORDER BY seq
