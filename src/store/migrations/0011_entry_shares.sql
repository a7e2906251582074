-- R32: an entry recorded on one child's record can also belong to chosen brothers' and sisters'
-- records. One row per (entry, sibling record), projected from entry.recorded's shared_with;
-- the entry itself stays one row in entries (its own child_id), never copied.
CREATE TABLE entry_shares (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,  -- "<entry_id>/<child_id>"
  entry_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  shared_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, entry_id, child_id)
);
CREATE INDEX entry_shares_by_child ON entry_shares (tenant_id, child_id);
CREATE INDEX entry_shares_by_entry ON entry_shares (tenant_id, entry_id);
