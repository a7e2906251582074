-- Search that costs what the reader's matches cost (docs/performance.md, "Search"): a search
-- keeps only the matches on records the reader may see, and found each match's record through
-- its entry's row (a large row, read only for its child's id). The search rows now carry the
-- child's id, so a match leads to its record by one small row; the entry's row is read only for
-- the page's matches. An entry's child never changes (a transferred record's entries are copied).
ALTER TABLE entry_search_rows ADD COLUMN child_id TEXT NOT NULL DEFAULT '';
UPDATE entry_search_rows SET child_id = (
  SELECT e.child_id FROM entries e WHERE e.tenant_id = entry_search_rows.tenant_id AND e.id = entry_search_rows.entry_id);

DROP TRIGGER entries_search_insert;
CREATE TRIGGER entries_search_insert AFTER INSERT ON entries BEGIN
  INSERT INTO entry_search_rows (tenant_id, entry_id, child_id) VALUES (NEW.tenant_id, NEW.id, NEW.child_id);
  INSERT INTO entry_search (rowid, title, body)
    SELECT search_rowid, NEW.title, NEW.body FROM entry_search_rows
    WHERE tenant_id = NEW.tenant_id AND entry_id = NEW.id;
END;
