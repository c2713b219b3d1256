SELECT journal_id, seq, state FROM branch_state WHERE branch_id = ?
