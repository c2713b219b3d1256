SELECT report, samples FROM branch_days WHERE branch_id = ANY (?::text[]) AND business_day BETWEEN ?::date AND ?::date ORDER BY branch_id, business_day
