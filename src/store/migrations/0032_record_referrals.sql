-- R1, R20: every referral of a child's record: the one that opened it (child.record_opened) and
-- each that reopened it (child.record_reopened). `children.referral_*` holds the latest only; the
-- chronology lists them all. Records opened or reopened before this migration get their rows from
-- their journal events, as a replay makes them (features/children/children_events.h ReferralRow).
CREATE TABLE record_referrals (
  tenant_id TEXT NOT NULL,
  id TEXT NOT NULL,
  child_id TEXT NOT NULL,
  received_on TEXT NOT NULL,
  source TEXT NOT NULL,
  reason TEXT NOT NULL,
  reopened INTEGER NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX record_referrals_by_child ON record_referrals (tenant_id, child_id, received_on);

