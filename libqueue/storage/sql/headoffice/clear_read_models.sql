DELETE FROM branch_hours
;
DELETE FROM branch_days
;
DELETE FROM branch_state
;
DELETE FROM branch_live
