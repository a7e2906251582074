-- R40 and SPEC §4: each role's home page ("My work", features/home/) reads its lists through
-- indexes, never by reading every child or entry of the authority:
-- the entries a person wrote, newest first (their late entries of the last week, and a team's
-- through its members: users_by_team, migration 0022);
CREATE INDEX entries_by_author ON entries (tenant_id, recorded_by, recorded_at);
-- the records opened since a time (the First Contact Team's "Records opened today").
CREATE INDEX children_by_opened ON children (tenant_id, opened_at);
