-- R1: a record is closed when involvement ends, and stays readable; nothing is deleted.
-- One row per closed record (projected from child.record_closed); children.status says "closed".
CREATE TABLE record_closures (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  closed_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  closing_summary TEXT,
  closed_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
