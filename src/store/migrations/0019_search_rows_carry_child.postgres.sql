-- Nothing to change on PostgreSQL: its search reads the entries' own search_vector, with the
-- child's id on the same row. The version exists on both backends so that both record the same
-- schema versions (the SQLite version gives its search rows the child's id).
SELECT 1;
