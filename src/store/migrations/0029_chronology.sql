-- R20: the child's chronology. Most of it is generated when read, from the other features' tables
-- by child (features/chronology/chronology_sources.cc); these tables hold what people add: items
-- added by hand or promoted from an entry, and the impact on the child they write for any item.
CREATE TABLE chronology_items (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  date_precision TEXT NOT NULL,
  date_value TEXT NOT NULL,
  sort_key TEXT NOT NULL,
  what_happened TEXT NOT NULL,
  source TEXT,
  entry_id TEXT,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
-- A page of the chronology in either order, read by keyset (sort_key, id).
CREATE INDEX chronology_items_by_child ON chronology_items (tenant_id, child_id, sort_key, id);
-- Whether an entry was promoted (its significant-entry item is then shown once, as promoted).
CREATE INDEX chronology_items_by_entry ON chronology_items (tenant_id, entry_id);

-- The impact note shown for an item, keyed "<child_id>/<source_ref>"; every note is in the journal.
CREATE TABLE chronology_impacts (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  source_ref TEXT NOT NULL,
  impact TEXT NOT NULL,
  noted_by TEXT NOT NULL,
  noted_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX chronology_impacts_by_child ON chronology_impacts (tenant_id, child_id, source_ref);

-- R20: the significant entries of a child, in date order, read by keyset without reading the rest.
CREATE INDEX entries_significant_by_child ON entries (tenant_id, child_id, significant, occurred_at, id);
