INSERT INTO branch_live (branch_id, online) VALUES (?, ?) ON CONFLICT (branch_id) DO UPDATE SET online = EXCLUDED.online
