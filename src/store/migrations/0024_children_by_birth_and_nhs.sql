-- R1: one record per child. Before a referral opens a record, the records that may be the same
-- child are looked up by date of birth and by NHS number (features/referral/referral_repository.h)
-- as well as by name (the children's name index, migration 0010): each through its own index,
-- never by reading every child of the authority.
CREATE INDEX children_by_date_of_birth ON children (tenant_id, date_of_birth);
CREATE INDEX children_by_nhs_number ON children (tenant_id, nhs_number);
