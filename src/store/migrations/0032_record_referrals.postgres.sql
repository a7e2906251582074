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

INSERT INTO record_referrals (tenant_id, id, child_id, received_on, source, reason, reopened, recorded_by, recorded_at)
  SELECT j.tenant_id, (p.payload::jsonb ->> 'child_id') || '/' || j.seq::text, p.payload::jsonb ->> 'child_id',
         p.payload::jsonb -> 'referral' ->> 'received_on', p.payload::jsonb -> 'referral' ->> 'source',
         p.payload::jsonb -> 'referral' ->> 'reason', CASE j.type WHEN 'child.record_reopened' THEN 1 ELSE 0 END,
         j.actor, j.recorded_at
  FROM journal j JOIN journal_payloads p ON p.tenant_id = j.tenant_id AND p.seq = j.seq
  WHERE j.type IN ('child.record_opened', 'child.record_reopened');
