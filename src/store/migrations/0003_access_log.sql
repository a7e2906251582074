-- Issue 3 items 7 and 8: who may see a child's record, and proof of who did.

-- The access log (SPEC §2 principle 5, §4): one row for every read or change of a child's record,
-- hash-chained per tenant with the journal's rules (canonical JSON header, SHA-256; see
-- src/audit/access_log_entry.h). Append-only: the backend files add triggers that refuse change.
CREATE TABLE access_log (
  tenant_id TEXT NOT NULL REFERENCES tenants(id),
  seq BIGINT NOT NULL,
  recorded_at TEXT NOT NULL,
  user_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL,
  address TEXT NOT NULL,
  reason TEXT NOT NULL,
  outcome TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (tenant_id, seq)
);
CREATE INDEX access_log_by_child ON access_log (tenant_id, child_id, seq);
CREATE INDEX access_log_by_user ON access_log (tenant_id, user_id, seq);
CREATE INDEX access_log_by_time ON access_log (tenant_id, recorded_at);

-- Restricted records (e.g. a staff member's relative): projected from child.access_restricted.
-- restricted_to holds the named user ids, each followed by a space, after a leading space
-- (" id1 id2 "), so that "is this user named" is one LIKE.
ALTER TABLE children ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE children ADD COLUMN restricted_to TEXT;

-- "Access with reason" given on a page is remembered for that child for the rest of the
-- session. Operational, not part of the record: the reason itself is in the access log.
CREATE TABLE access_grants (
  session_token_hash TEXT NOT NULL,
  tenant_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (session_token_hash, child_id)
);
