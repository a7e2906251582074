-- Reads that cost what their child costs (docs/performance.md): a child's entries are listed
-- newest first with the entry's id to break ties, so the index by child carries the id too and
-- a page is read straight from it. Without the id, every entry of the child recorded at the same
-- moment as the page's last was read and sorted: found by bench/run on a record of 21,000 entries.
CREATE INDEX entries_by_child_in_page_order ON entries (tenant_id, child_id, occurred_at, id);
DROP INDEX entries_by_child;
