SELECT MIN(business_day), MAX(business_day) FROM events
