-- R29/R30: amending an entry makes a new version with a reason; every version is kept.
-- entries holds the current version; entry_versions every version, the first included.
ALTER TABLE entries ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE entries ADD COLUMN amended INTEGER NOT NULL DEFAULT 0;

CREATE TABLE entry_versions (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  reason TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, entry_id, version)
);

-- Entries recorded before this migration have their first version too, as a replay makes it.
INSERT INTO entry_versions (tenant_id, id, entry_id, version, title, body, reason, recorded_at, recorded_by)
  SELECT tenant_id, id || '/1', id, 1, title, body, NULL, recorded_at, recorded_by FROM entries;
