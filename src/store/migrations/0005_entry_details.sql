-- Issue 4: each entry keeps its kind's own details (R18 visit, R19 unsuccessful visit, R6/R27
-- management decision, R31 marked sections) as canonical JSON text; NULL for kinds without any.
ALTER TABLE entries ADD COLUMN details TEXT;
