-- The entries' search index without its lists of words by their first two and three letters
-- (FTS5's prefix='2 3'). They took more than half the index (about 750 bytes an entry, storage:
-- docs/performance.md, "Storage: one entry on disk") and served only searches for a word of two
-- or three letters as the beginning of longer words; entries now find such a word whole
-- (features/search/search_rules.h EntryTerms), and a longer beginning ("visi") was never read
-- from those lists. The children's name index keeps its lists: one row a child.
DROP TABLE entry_search;
CREATE VIRTUAL TABLE entry_search USING fts5(
  title, body, content='entry_search_source', content_rowid='search_rowid',
  tokenize='unicode61 remove_diacritics 2');
INSERT INTO entry_search (entry_search) VALUES ('rebuild');
