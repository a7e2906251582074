-- An entry's current text is read from the journal event of its current version instead of a
-- copy in `entries` (storage: docs/performance.md, "Storage: one entry on disk"). `entries.seq`
-- names that event (the entry's recording, or its latest amendment: R29/R30); the text is the
-- event payload's "body". The title stays in `entries`: lists, pages and search rank it, and it
-- is short.
ALTER TABLE entries ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;
UPDATE entries e SET seq = v.seq
FROM entry_versions v
WHERE v.tenant_id = e.tenant_id AND v.entry_id = e.id AND v.version = e.version;

-- The search vector was generated from `entries.body`; it is now kept by a trigger that reads the
-- text from the event `seq` names. The journal's payload is written before the event's projection
-- (store/store.cc), so the event is there to read. Existing vectors are kept as they are.
ALTER TABLE entries ADD COLUMN search_vector_kept tsvector;
UPDATE entries SET search_vector_kept = search_vector;
DROP INDEX entries_search;
ALTER TABLE entries DROP COLUMN search_vector;
ALTER TABLE entries RENAME COLUMN search_vector_kept TO search_vector;
ALTER TABLE entries DROP COLUMN body;
CREATE INDEX entries_search ON entries USING gin (search_vector);

CREATE FUNCTION entries_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('simple'::regconfig, search_fold(NEW.title)), 'A') ||
    setweight(to_tsvector('simple'::regconfig, search_fold(COALESCE(
      (SELECT p.payload::json ->> 'body' FROM journal_payloads p
       WHERE p.tenant_id = NEW.tenant_id AND p.seq = NEW.seq), ''))), 'B');
  RETURN NEW;
END $$;
CREATE TRIGGER entries_search_vector BEFORE INSERT OR UPDATE OF title, seq ON entries
  FOR EACH ROW EXECUTE FUNCTION entries_search_vector();
