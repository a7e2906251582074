-- Storage (docs/performance.md, "Storage"): an entry's text is kept once in the journal, once as
-- the current version in `entries` (for lists and search) and in the search index. R29/R30: an
-- entry's versions name the journal event that holds their title and text (`seq`) instead of
-- keeping another copy; the kind's own details (R18, R19, R27, R31) are read from the event of
-- the first version instead of being copied into `entries`. The events of versions recorded
-- before this migration are found once, by the entry and version their payloads name.
ALTER TABLE entry_versions ADD COLUMN seq BIGINT NOT NULL DEFAULT 0;

CREATE TEMP TABLE entry_version_events AS
  SELECT p.tenant_id AS tenant_id, json_extract(p.payload, '$.entry_id') AS entry_id,
         CASE j.type WHEN 'entry.recorded' THEN 1 ELSE json_extract(p.payload, '$.version') END AS version,
         j.seq AS seq
  FROM journal j JOIN journal_payloads p ON p.tenant_id = j.tenant_id AND p.seq = j.seq
  WHERE j.type IN ('entry.recorded', 'entry.amended');
CREATE INDEX temp.entry_version_events_key ON entry_version_events (tenant_id, entry_id, version);

UPDATE entry_versions SET seq = (
  SELECT e.seq FROM entry_version_events e
  WHERE e.tenant_id = entry_versions.tenant_id AND e.entry_id = entry_versions.entry_id
    AND e.version = entry_versions.version);
DROP TABLE temp.entry_version_events;

ALTER TABLE entry_versions DROP COLUMN title;
ALTER TABLE entry_versions DROP COLUMN body;
ALTER TABLE entries DROP COLUMN details;
