-- R20, R40: a record moving to another team with its transfer summary (child.team_changed). The
-- move is a row of the record's allocation history (child_allocations): the worker it leaves is
-- the previous worker, who keeps read access for 30 days as after any reallocation. Rows of
-- child.allocated leave these columns NULL.
ALTER TABLE child_allocations ADD COLUMN from_team_id TEXT;
ALTER TABLE child_allocations ADD COLUMN to_team_id TEXT;
ALTER TABLE child_allocations ADD COLUMN transfer_summary TEXT;
