-- The audit views filter by the Child ID people see on the record (local_child_id), not the
-- internal id: the child is found by it through this index, one row read, however many children.
CREATE INDEX children_by_local_child_id ON children (tenant_id, local_child_id);
