-- The branch's stations, as it tells them with each call: how many are connected and which of
-- those that joined since its server started are not ({"connected": 5, "offline": ["Kiosk 2 (kiosk)"]}).
ALTER TABLE branches ADD COLUMN stations JSONB
;
CREATE FUNCTION branch_hello(p_branch TEXT, p_journal TEXT, p_branch_last BIGINT, p_stations JSONB) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    -- Only the branch's own role may say how its stations are; the call below checks the rest.
    UPDATE branches SET stations = p_stations WHERE branch_id = p_branch AND login_role = session_user;
    RETURN branch_hello(p_branch, p_journal, p_branch_last);
END
$$
;
REVOKE ALL ON FUNCTION branch_hello(TEXT, TEXT, BIGINT, JSONB) FROM PUBLIC
;
GRANT EXECUTE ON FUNCTION branch_hello(TEXT, TEXT, BIGINT, JSONB) TO tessera_branches
