-- R33: the words a child and family prefer ("words we use"), kept per child's record as a JSON
-- list of {"term","preferred"}; replaced whole each time it is set.
CREATE TABLE words_we_use (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  words TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, id) REFERENCES children(tenant_id, id)
);
