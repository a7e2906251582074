-- SQLite's entries' search index drops its lists of words by their first letters (the SQLite file
-- of this version). PostgreSQL's (entries.search_vector, GIN) never kept such lists, so nothing
-- changes here; the version is recorded so that both backends share one schema history.
SELECT 1;
