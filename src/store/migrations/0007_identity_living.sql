-- Issue 4 items 2 and 4. R2: the child's identity details and their dated history; R4/R8: where
-- and with whom the child lives and their legal status, dated.
--
-- children keeps the identity in force today. Each detail has the date its current value is
-- true from (<detail>_from; NULL: as given when the record was opened). A change updates a
-- detail only when it is true from the same date or later than the one stored, so a
-- back-dated correction recorded after a later change never overwrites it (docs/recording.md).
ALTER TABLE children ADD COLUMN other_names TEXT;
ALTER TABLE children ADD COLUMN nhs_number TEXT;
ALTER TABLE children ADD COLUMN upn TEXT;
ALTER TABLE children ADD COLUMN full_name_from TEXT;
ALTER TABLE children ADD COLUMN other_names_from TEXT;
ALTER TABLE children ADD COLUMN date_of_birth_from TEXT;
ALTER TABLE children ADD COLUMN nhs_number_from TEXT;
ALTER TABLE children ADD COLUMN upn_from TEXT;
ALTER TABLE children ADD COLUMN local_child_id_from TEXT;
-- The details as the record was opened: what the identity was before its first dated change.
ALTER TABLE children ADD COLUMN opened_full_name TEXT;
ALTER TABLE children ADD COLUMN opened_date_of_birth TEXT;
ALTER TABLE children ADD COLUMN opened_local_child_id TEXT;
UPDATE children SET opened_full_name = full_name, opened_date_of_birth = date_of_birth,
  opened_local_child_id = local_child_id;

-- Every identity change (child.identity_changed), keyed by its journal position (12 digits, so
-- the key's order is the order they were recorded). changes is the payload's canonical JSON.
CREATE TABLE identity_changes (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  reason TEXT,
  changes TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
CREATE INDEX identity_changes_by_child ON identity_changes (tenant_id, child_id, id);

-- Every living arrangement (child.living_arrangement_recorded), keyed like identity_changes.
CREATE TABLE living_arrangements (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  effective_from TEXT NOT NULL,
  place_kind TEXT NOT NULL,
  place TEXT,
  with_whom TEXT,
  legal_status TEXT NOT NULL,
  order_made_on TEXT,
  order_court TEXT,
  order_document_id TEXT,
  provider_name TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
CREATE INDEX living_arrangements_by_child ON living_arrangements (tenant_id, child_id, id);
