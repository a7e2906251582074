-- Reads that cost what their child costs (docs/performance.md; tests/app/query_plan_test.cc):
-- a team's latest entries, newest first, without sorting every entry of the authority (the
-- team's language view, R35).
CREATE INDEX entries_by_recorded ON entries (tenant_id, recorded_at, id);
-- R32: the entries shared with a record, found by the record and answered from the index alone
-- (without entry_id in it, SQLite preferred walking the whole (tenant, entry, child) index).
CREATE INDEX entry_shares_by_child_entry ON entry_shares (tenant_id, child_id, entry_id);
DROP INDEX entry_shares_by_child;
