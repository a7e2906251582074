-- The access log moves to a file of its own beside the database (SPEC §4, every read is logged;
-- store/sqlite/sqlite_connection.h says why: a read's commit then leaves the record's pages in
-- every connection's cache). Every connection attaches that file as `audit`, so statements that
-- name `access_log` find it there once the old table is dropped. The same columns and indexes;
-- no foreign key to `tenants`, which SQLite cannot have across files (the program writes only
-- its own tenants' rows). IF NOT EXISTS and OR IGNORE because the two files commit separately:
-- if the machine stopped in the middle of this migration's COMMIT, running it again finishes it.
CREATE TABLE IF NOT EXISTS audit.access_log (
  tenant_id TEXT NOT NULL,
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
INSERT OR IGNORE INTO audit.access_log
  (tenant_id, seq, recorded_at, user_id, child_id, action, detail, address, reason, outcome, prev_hash, hash)
  SELECT tenant_id, seq, recorded_at, user_id, child_id, action, detail, address, reason, outcome, prev_hash, hash
  FROM main.access_log;
CREATE INDEX IF NOT EXISTS audit.access_log_by_child ON access_log (tenant_id, child_id, seq);
CREATE INDEX IF NOT EXISTS audit.access_log_by_user ON access_log (tenant_id, user_id, seq);
CREATE INDEX IF NOT EXISTS audit.access_log_by_time ON access_log (tenant_id, recorded_at);
CREATE TRIGGER IF NOT EXISTS audit.access_log_no_update BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit.access_log_no_delete BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
DROP TABLE main.access_log;
