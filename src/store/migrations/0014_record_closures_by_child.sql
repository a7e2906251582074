-- R1: a closed record's Overview and API answer read its latest closure by child, so that read
-- costs what the child costs, not what the authority holds.
CREATE INDEX record_closures_by_child ON record_closures (tenant_id, child_id, recorded_at);
