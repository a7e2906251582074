-- R25: the child's Case Note Summary, every version kept (SPEC §2 principle 1). One row per
-- child.case_note_summary_written, keyed "<child_id>/<version>"; the highest version is current.
-- key_people is the canonical JSON list of {person_id, safety, note}: ids of people on the
-- record, never copies of their details, so a changed phone number shows everywhere.
CREATE TABLE case_note_summaries (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  pen_picture TEXT NOT NULL,
  worries TEXT NOT NULL,
  what_helps TEXT NOT NULL,
  safety_plan TEXT NOT NULL,
  contingency_plan TEXT,
  key_people TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, child_id, version),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
-- The current summary (the highest version) and the history of versions, by child: the UNIQUE
-- constraint's index (tenant_id, child_id, version) serves both.
-- R25's significant changes since the last version, read by child and time:
-- entries marked significant, newest first;
CREATE INDEX entries_significant_by_child_recorded ON entries (tenant_id, child_id, significant, recorded_at);
-- a household's moves and a link's other changes, by when they were recorded;
CREATE INDEX child_person_link_changes_by_child_time ON child_person_link_changes (tenant_id, child_id, recorded_at);
-- R25 out of hours: entries on a worker's records recorded since a time (the home page's "recorded
-- out of hours" list reads the worker's records through children_by_worker, then this).
CREATE INDEX entries_by_child_recorded ON entries (tenant_id, child_id, recorded_at);
