SELECT (SELECT MIN(business_day) FROM events), (SELECT MAX(business_day) FROM events)
