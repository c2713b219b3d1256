SELECT MAX(business_day) FROM events WHERE business_day < ?
