-- An entry's current text is read from the journal event of its current version instead of a
-- copy in `entries` (storage: docs/performance.md, "Storage: one entry on disk"). `entries.seq`
-- names that event (the entry's recording, or its latest amendment: R29/R30); the text is the
-- event payload's "body". The title stays in `entries`: lists, pages and search rank it, and it
-- is short.
ALTER TABLE entries ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
UPDATE entries SET seq = (
  SELECT v.seq FROM entry_versions v
  WHERE v.tenant_id = entries.tenant_id AND v.entry_id = entries.id AND v.version = entries.version);

-- The search index reads the text from the same event. Its triggers and its content view named
-- `entries.body`, so they are made again before the column goes.
DROP TRIGGER entries_search_insert;
DROP TRIGGER entries_search_update;
DROP TRIGGER entries_search_delete;
DROP VIEW entry_search_source;
ALTER TABLE entries DROP COLUMN body;

CREATE VIEW entry_search_source AS
  SELECT r.search_rowid AS search_rowid, e.title AS title, json_extract(p.payload, '$.body') AS body
  FROM entry_search_rows r
  JOIN entries e ON e.tenant_id = r.tenant_id AND e.id = r.entry_id
  JOIN journal_payloads p ON p.tenant_id = e.tenant_id AND p.seq = e.seq;

-- The journal's payload is written before the event's projection (store/store.cc), so the new
-- row's event is there to read.
CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
  INSERT INTO entry_search_rows (tenant_id, entry_id, child_id) VALUES (NEW.tenant_id, NEW.id, NEW.child_id);
  INSERT INTO entry_search (rowid, title, body)
    SELECT r.search_rowid, NEW.title, json_extract(p.payload, '$.body')
    FROM entry_search_rows r, journal_payloads p
    WHERE r.tenant_id = NEW.tenant_id AND r.entry_id = NEW.id AND p.tenant_id = NEW.tenant_id AND p.seq = NEW.seq;
END;
CREATE TRIGGER entries_search_update AFTER UPDATE OF title, seq ON entries BEGIN
  INSERT INTO entry_search (entry_search, rowid, title, body)
    SELECT 'delete', r.search_rowid, OLD.title, json_extract(p.payload, '$.body')
    FROM entry_search_rows r, journal_payloads p
    WHERE r.tenant_id = OLD.tenant_id AND r.entry_id = OLD.id AND p.tenant_id = OLD.tenant_id AND p.seq = OLD.seq;
  INSERT INTO entry_search (rowid, title, body)
    SELECT r.search_rowid, NEW.title, json_extract(p.payload, '$.body')
    FROM entry_search_rows r, journal_payloads p
    WHERE r.tenant_id = NEW.tenant_id AND r.entry_id = NEW.id AND p.tenant_id = NEW.tenant_id AND p.seq = NEW.seq;
END;
CREATE TRIGGER entries_search_delete AFTER DELETE ON entries BEGIN
  INSERT INTO entry_search (entry_search, rowid, title, body)
    SELECT 'delete', r.search_rowid, OLD.title, json_extract(p.payload, '$.body')
    FROM entry_search_rows r, journal_payloads p
    WHERE r.tenant_id = OLD.tenant_id AND r.entry_id = OLD.id AND p.tenant_id = OLD.tenant_id AND p.seq = OLD.seq;
  DELETE FROM entry_search_rows WHERE tenant_id = OLD.tenant_id AND entry_id = OLD.id;
END;
