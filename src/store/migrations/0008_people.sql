-- Issue 4 item 3: the people around the child (R3, R5, R7, R13) and their history.
-- A link of a person to a child's record keeps, beside the relationship: on what basis the person
-- holds parental responsibility and since when (R3), whether they are important to the child, the
-- parents or both (R5), the dated periods they lived in the child's home (R3, R18 key changes) as
-- canonical JSON text, and a version that every change raises. Links recorded before this
-- migration keep NULL in the new columns (as a replay of their events makes them).
ALTER TABLE child_people ADD COLUMN parental_responsibility_basis TEXT;
ALTER TABLE child_people ADD COLUMN parental_responsibility_since TEXT;
ALTER TABLE child_people ADD COLUMN important_to TEXT;
ALTER TABLE child_people ADD COLUMN home_periods TEXT;
ALTER TABLE child_people ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Every change of a link (moved in or out, parental responsibility, relationship, important to):
-- the link as it became, what changed and why, and the visit it came from when it did. Keyed
-- "<link_id>/<version>", so two changes made at once from the same version collide and the second
-- is refused rather than silently overwriting the first.
CREATE TABLE child_person_link_changes (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  link_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  changed TEXT NOT NULL,
  relationship TEXT NOT NULL,
  lives_in_home INTEGER NOT NULL,
  parental_responsibility INTEGER NOT NULL,
  parental_responsibility_basis TEXT,
  parental_responsibility_since TEXT,
  important_to TEXT,
  home_periods TEXT,
  reason TEXT,
  entry_id TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, link_id, version)
);
CREATE INDEX child_person_link_changes_by_child ON child_person_link_changes (tenant_id, child_id);
CREATE INDEX child_people_by_person ON child_people (tenant_id, person_id);

-- R7: arrangements for family time. `with_people` is the canonical JSON list of {person_id} or {name}.
CREATE TABLE family_time (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  with_people TEXT NOT NULL,
  how_often TEXT NOT NULL,
  place TEXT,
  support TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  childs_views TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX family_time_by_child ON family_time (tenant_id, child_id);

-- R13: private providers used for the child (an independent fostering agency, a private children's home).
CREATE TABLE private_providers (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  provider_name TEXT NOT NULL,
  kind TEXT NOT NULL,
  ofsted_urn TEXT,
  arrangement TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX private_providers_by_child ON private_providers (tenant_id, child_id);
