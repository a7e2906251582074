-- R20: what the genogram needs of the people around the child, so that it is derived from the
-- record, never drawn by hand (features/people/person_details_rules.h).
--
-- A person's details (they belong to the person, whatever records they are on, as contact details
-- do): sex, date of birth or, when it is not known, birth order among brothers and sisters, and
-- whether and when they died. `id` is the person's id; `child_id` the record they were last
-- recorded on. Each version is kept in person_detail_versions, keyed "<person_id>/<version>", so
-- two records made at once from the same version collide and the second is refused.
CREATE TABLE person_details (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  sex TEXT NOT NULL,
  born_on TEXT,
  birth_order INTEGER,
  died INTEGER NOT NULL,
  died_on TEXT,
  version INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE person_detail_versions (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  sex TEXT NOT NULL,
  born_on TEXT,
  birth_order INTEGER,
  died INTEGER NOT NULL,
  died_on TEXT,
  version INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, person_id, version)
);

-- Relationships between two adults on a child's record: married, civil partners, living
-- together, separated, divorced, each dated. A later change of the pair is another row: nothing
-- is overwritten, so the genogram can show the pair as they stood on any date.
CREATE TABLE partnerships (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  first_person_id TEXT NOT NULL,
  second_person_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, child_id) REFERENCES children(tenant_id, id)
);
-- A record's relationships in date order (the People tab, the genogram).
CREATE INDEX partnerships_by_child ON partnerships (tenant_id, child_id, starts_on, id);
