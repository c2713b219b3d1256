-- The program fills in the role's name and its password, both quoted, and its group role: a
-- login role that can do nothing but what its group may (tessera_branches: call the branch
-- functions; tessera_viewers: read).
CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE %3
