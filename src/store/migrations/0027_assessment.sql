-- R20, R23, R27, R37, R38: the Child and Family Assessment. One row per assessment (its latest
-- state, projected from assessment.started / saved / completed / returned / authorised) and one
-- per saved version (every version is kept). A record holds several over the years.
CREATE TABLE assessments (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  status TEXT NOT NULL,                 -- in_progress, submitted (waiting for a manager), authorised
  started_on TEXT NOT NULL,
  due_on TEXT NOT NULL,                 -- 45 working days after the referral (R20)
  referral_received_on TEXT NOT NULL,
  version INTEGER NOT NULL,
  content TEXT NOT NULL,                -- the latest version's sections and views, canonical JSON
  started_by TEXT NOT NULL,
  started_at TEXT NOT NULL,
  submitted_by TEXT,
  submitted_at TEXT,
  returned_by TEXT,
  returned_at TEXT,
  return_reasons TEXT,
  authorised_on TEXT,
  authorised_by TEXT,
  authorised_at TEXT,
  authorisation_reasons TEXT,
  outcome TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
-- A record's assessments, newest first; the team's overdue ones are found through the team's
-- records (children_by_team_worker) and then this index per record, by status and due date.
CREATE INDEX assessments_by_child ON assessments (tenant_id, child_id, status, due_on);
CREATE INDEX assessments_by_child_started ON assessments (tenant_id, child_id, started_at);

CREATE TABLE assessment_versions (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,                     -- <assessment id>/<version>
  assessment_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  content TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, assessment_id) REFERENCES assessments(tenant_id, id)
);
-- An assessment's versions, in order, and who wrote them (R27: its authors may not authorise it).
CREATE INDEX assessment_versions_by_assessment ON assessment_versions (tenant_id, assessment_id, version);
