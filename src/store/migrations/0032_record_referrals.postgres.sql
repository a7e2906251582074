-- R1, R20: record_referrals (0032_record_referrals.sql) for the records opened or reopened before
-- it, from their journal events as a replay makes the rows; the JSON is read in this backend's dialect.
INSERT INTO record_referrals (tenant_id, id, child_id, received_on, source, reason, reopened, recorded_by, recorded_at)
  SELECT j.tenant_id, (p.payload::jsonb ->> 'child_id') || '/' || j.seq::text, p.payload::jsonb ->> 'child_id',
         p.payload::jsonb -> 'referral' ->> 'received_on', p.payload::jsonb -> 'referral' ->> 'source',
         p.payload::jsonb -> 'referral' ->> 'reason', CASE j.type WHEN 'child.record_reopened' THEN 1 ELSE 0 END,
         j.actor, j.recorded_at
  FROM journal j JOIN journal_payloads p ON p.tenant_id = j.tenant_id AND p.seq = j.seq
  WHERE j.type IN ('child.record_opened', 'child.record_reopened');
