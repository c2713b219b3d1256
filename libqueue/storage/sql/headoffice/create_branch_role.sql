-- The program fills in the role's name and its password, both quoted: a login role that can
-- do nothing but what tessera_branches may, which is calling the branch functions.
CREATE ROLE %1 LOGIN PASSWORD %2 IN ROLE tessera_branches
