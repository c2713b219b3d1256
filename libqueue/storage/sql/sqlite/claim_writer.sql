-- SQLite locks the file for each write transaction itself: there is nothing to claim.
SELECT 1
