-- The audit views filter by the Child ID people see on the record (local_child_id), not the
-- internal id: the child is found by it through this index, one row read, however many children.
CREATE INDEX children_by_local_child_id ON children (tenant_id, local_child_id);
-- R40: the records a worker held lately (reallocated from them within 30 days), read for their
-- children list so their former children show as readable, not as needing a reason.
CREATE INDEX child_allocations_by_previous_worker ON child_allocations (tenant_id, previous_worker_id, recorded_at);
