-- R17: the written record of each transfer of a copy of the record to an adoption agency
-- (projected from child.record_transferred). parts is the canonical JSON list of parts sent.
CREATE TABLE record_transfers (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  agency TEXT NOT NULL,
  agency_contact TEXT,
  sent_on TEXT NOT NULL,
  method TEXT NOT NULL,
  parts TEXT NOT NULL,
  entries_from TEXT,
  entries_to TEXT,
  reason TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
CREATE INDEX record_transfers_child ON record_transfers (tenant_id, child_id);
