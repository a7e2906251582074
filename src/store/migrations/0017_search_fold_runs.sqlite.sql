-- Nothing to change on SQLite: FTS5's tokenizer folds accents itself (remove_diacritics 2), so
-- SQLite has no search_fold(). The version exists on both backends so that both record the same
-- schema versions.
SELECT 1;
