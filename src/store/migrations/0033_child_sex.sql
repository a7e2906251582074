-- R20, R2: the child's own sex, an identity detail (features/identity/identity_rules.h), so the
-- genogram draws the child at its centre as a square or a circle, as it draws the people around
-- them. Recorded only by a dated identity change (child.identity_changed); sex_from is the date
-- the sex in force is true from, as for the other identity details (0007_identity_living.sql).
ALTER TABLE children ADD COLUMN sex TEXT;
ALTER TABLE children ADD COLUMN sex_from TEXT;
