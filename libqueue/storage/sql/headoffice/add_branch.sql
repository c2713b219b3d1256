INSERT INTO branches (branch_id, login_role) VALUES (?, ?)
