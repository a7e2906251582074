-- Storage (docs/performance.md, "Storage"): an entry's text is kept once in the journal, once as
-- the current version in `entries` (for lists and search) and in the search index. R29/R30: an
-- entry's versions name the journal event that holds their title and text (`seq`) instead of
-- keeping another copy; the kind's own details (R18, R19, R27, R31) are read from the event of
-- the first version instead of being copied into `entries`. The events of versions recorded
-- before this migration are found once, by the entry and version their payloads name.

-- SQLite's json_type and json_extract, for the '$.key' paths the reads use (record/read_models.cc):
-- the type of a top-level member ('object', ...; NULL when absent), and its value as text (an
-- object or array as its JSON, exactly as stored).
CREATE FUNCTION json_type(document text, path text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS
$$ SELECT json_typeof(document::json -> substr(path, 3)) $$;
CREATE FUNCTION json_extract(document text, path text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS
$$ SELECT CASE WHEN json_typeof(document::json -> substr(path, 3)) IN ('object', 'array')
              THEN (document::json -> substr(path, 3))::text
              ELSE document::json ->> substr(path, 3) END $$;

ALTER TABLE entry_versions ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

UPDATE entry_versions v SET seq = e.seq
FROM (SELECT j.tenant_id, p.payload::jsonb ->> 'entry_id' AS entry_id,
             CASE j.type WHEN 'entry.recorded' THEN 1 ELSE (p.payload::jsonb ->> 'version')::bigint END AS version,
             j.seq
      FROM journal j JOIN journal_payloads p ON p.tenant_id = j.tenant_id AND p.seq = j.seq
      WHERE j.type IN ('entry.recorded', 'entry.amended')) e
WHERE e.tenant_id = v.tenant_id AND e.entry_id = v.entry_id AND e.version = v.version;

ALTER TABLE entry_versions DROP COLUMN title, DROP COLUMN body;
ALTER TABLE entries DROP COLUMN details;
