-- Documents on the child's record (R8-R14, R22), projected from document.added. The bytes are
-- not here: they are files in the blob folder named by `sha256` (store/blob_store.h,
-- docs/operations.md), which the journal's payload names too.
CREATE TABLE documents (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  dated TEXT NOT NULL,
  description TEXT,
  child_asked_to_keep INTEGER NOT NULL,
  filename TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX documents_by_child ON documents (tenant_id, child_id, dated);
