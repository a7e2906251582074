-- Issue 4 item 11: full-text search of entries and children's names (SQLite: FTS5).
-- The search index is DERIVED from the projected tables entries and children by the triggers
-- below; it is not a projection (not in ProjectedTables(), not compared by verify) and holds no
-- text of its own: the FTS5 tables are external-content tables reading the text back from
-- entries/children through the views, so an index row is only ever the words of the current
-- version. Rebuilt from scratch with:
--   INSERT INTO entry_search(entry_search) VALUES ('rebuild');
--   INSERT INTO child_search(child_search) VALUES ('rebuild');
-- The *_search_rows tables give each entry and child a stable integer key for its index row
-- (the projected tables' own rowids may change on VACUUM, as they have no INTEGER PRIMARY KEY).
-- Tokenizer: unicode61 with remove_diacritics 2, so "Zoë" is found by "zoe" and "Siobhán" by
-- "siobhan"; no stemming, so both backends find the same words (search_text.h: a plain word
-- also finds words beginning with it).

CREATE TABLE entry_search_rows (
  search_rowid INTEGER PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  entry_id TEXT NOT NULL,
  UNIQUE (tenant_id, entry_id)
);
CREATE VIEW entry_search_source AS
  SELECT r.search_rowid AS search_rowid, e.title AS title, e.body AS body
  FROM entry_search_rows r JOIN entries e ON e.tenant_id = r.tenant_id AND e.id = r.entry_id;
CREATE VIRTUAL TABLE entry_search USING fts5(
  title, body, content='entry_search_source', content_rowid='search_rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3');

CREATE TABLE child_search_rows (
  search_rowid INTEGER PRIMARY KEY,
  tenant_id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  UNIQUE (tenant_id, child_id)
);
CREATE VIEW child_search_source AS
  SELECT r.search_rowid AS search_rowid, c.full_name AS full_name
  FROM child_search_rows r JOIN children c ON c.tenant_id = r.tenant_id AND c.id = r.child_id;
CREATE VIRTUAL TABLE child_search USING fts5(
  full_name, content='child_search_source', content_rowid='search_rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3');

-- Kept current in the same transaction as the projection that changes the text. An amendment
-- (entry.amended) updates entries.title/body: the old words leave the index, the new ones enter.
CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
  INSERT INTO entry_search_rows (tenant_id, entry_id) VALUES (NEW.tenant_id, NEW.id);
  INSERT INTO entry_search (rowid, title, body)
    SELECT search_rowid, NEW.title, NEW.body FROM entry_search_rows
    WHERE tenant_id = NEW.tenant_id AND entry_id = NEW.id;
END;
CREATE TRIGGER entries_search_update AFTER UPDATE OF title, body ON entries BEGIN
  INSERT INTO entry_search (entry_search, rowid, title, body)
    SELECT 'delete', search_rowid, OLD.title, OLD.body FROM entry_search_rows
    WHERE tenant_id = OLD.tenant_id AND entry_id = OLD.id;
  INSERT INTO entry_search (rowid, title, body)
    SELECT search_rowid, NEW.title, NEW.body FROM entry_search_rows
    WHERE tenant_id = NEW.tenant_id AND entry_id = NEW.id;
END;
CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN
  INSERT INTO entry_search (entry_search, rowid, title, body)
    SELECT 'delete', search_rowid, OLD.title, OLD.body FROM entry_search_rows
    WHERE tenant_id = OLD.tenant_id AND entry_id = OLD.id;
  DELETE FROM entry_search_rows WHERE tenant_id = OLD.tenant_id AND entry_id = OLD.id;
END;

CREATE TRIGGER children_search_insert AFTER INSERT ON children BEGIN
  INSERT INTO child_search_rows (tenant_id, child_id) VALUES (NEW.tenant_id, NEW.id);
  INSERT INTO child_search (rowid, full_name)
    SELECT search_rowid, NEW.full_name FROM child_search_rows
    WHERE tenant_id = NEW.tenant_id AND child_id = NEW.id;
END;
CREATE TRIGGER children_search_update AFTER UPDATE OF full_name ON children BEGIN
  INSERT INTO child_search (child_search, rowid, full_name)
    SELECT 'delete', search_rowid, OLD.full_name FROM child_search_rows
    WHERE tenant_id = OLD.tenant_id AND child_id = OLD.id;
  INSERT INTO child_search (rowid, full_name)
    SELECT search_rowid, NEW.full_name FROM child_search_rows
    WHERE tenant_id = NEW.tenant_id AND child_id = NEW.id;
END;
CREATE TRIGGER children_search_delete AFTER DELETE ON children BEGIN
  INSERT INTO child_search (child_search, rowid, full_name)
    SELECT 'delete', search_rowid, OLD.full_name FROM child_search_rows
    WHERE tenant_id = OLD.tenant_id AND child_id = OLD.id;
  DELETE FROM child_search_rows WHERE tenant_id = OLD.tenant_id AND child_id = OLD.id;
END;

-- Records written before this migration.
INSERT INTO entry_search_rows (tenant_id, entry_id) SELECT tenant_id, id FROM entries ORDER BY tenant_id, id;
INSERT INTO child_search_rows (tenant_id, child_id) SELECT tenant_id, id FROM children ORDER BY tenant_id, id;
INSERT INTO entry_search (entry_search) VALUES ('rebuild');
INSERT INTO child_search (child_search) VALUES ('rebuild');
