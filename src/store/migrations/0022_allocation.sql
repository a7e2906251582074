-- R40: a team manager allocates a record to a worker of the team and reallocates it. One row per
-- child.allocated (the record's allocation history); children.allocated_worker_id is the current
-- worker. A row's previous_worker_id and recorded_at are when that worker's allocation ended: they
-- keep read access for 30 days after (auth/access_policy.h), decided on every read from this table.
CREATE TABLE child_allocations (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  worker_id TEXT,
  previous_worker_id TEXT,
  reason TEXT,
  allocated_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
-- The record's history and its recent previous workers, read on every access to the record.
CREATE INDEX child_allocations_by_child ON child_allocations (tenant_id, child_id, recorded_at);
-- The team's unallocated records (allocated_worker_id IS NULL), in name order, for the manager.
CREATE INDEX children_by_team_worker ON children (tenant_id, team_id, allocated_worker_id, name_key);
-- A worker's caseload: the records allocated to them.
CREATE INDEX children_by_worker ON children (tenant_id, allocated_worker_id);
-- The workers of a team, to allocate to.
CREATE INDEX users_by_team ON users (tenant_id, team_id);
