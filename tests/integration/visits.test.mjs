// Visits and decisions over the API (R18, R19, R6, R27, R28): a visit where the child was seen but
// not alone is refused until the practitioner says why, and the refusal writes nothing; an
// unsuccessful visit needs what happens next and the next visit; only managers record decisions,
// with reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer } from '../support/server.mjs';
import { earlier, londonDate, addDays, HOUR } from '../support/dates.mjs';

const env = useDemoServer({ prefix: 'visits', children: 10 }, setup);
let api, child;

/** Runs in useDemoServer's before hook, once the demo server is up. */
async function setup() {
  const session = await env.session('practitioner');
  api = session.api;
  child = await session.ownChild();
}

async function entryCount() {
  const r = await api('GET', `/api/v1/children/${child.id}/entries?limit=200`);
  assert.equal(r.status, 200, r.text);
  return r.json.items.length;
}

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();
const hourAgo = () => earlier(NOW, HOUR).toISOString();

function visit(overrides = {}) {
  return {
    kind: 'visit', occurred_at: hourAgo(), title: 'Home visit', body: 'Planned home visit.',
    visit: {
      place: 'At home', who_was_there: [{ name: 'Mum', role: 'Mother' }], purpose: 'Planned visit',
      interpreter_used: false, child_seen: true, seen_alone: false,
      discussed_and_seen: 'We looked at her drawings together.', childs_words: '"I like my new school."',
      analysis: { worrying: 'Mum is very tired.', helping: 'Nan visits every day.', needs_to_happen: 'Family support worker to visit on Friday.' },
      ...overrides,
    },
  };
}

test('R18: seen but not alone is refused without the reason, writes nothing, then saves with it', async () => {
  const before = await entryCount();
  const refused = await api('POST', `/api/v1/children/${child.id}/entries`, visit());
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.json.error.code, 'validation');
  assert.equal(refused.json.error.field, 'visit.seen_alone_reason');
  assert.equal(await entryCount(), before, 'the refused visit wrote nothing');

  const saved = await api('POST', `/api/v1/children/${child.id}/entries`, visit({ seen_alone_reason: 'She asked for Mum to stay.' }));
  assert.equal(saved.status, 201, saved.text);
  assert.equal(saved.json.details.visit.seen_alone, false);
  assert.equal(saved.json.details.visit.seen_alone_reason, 'She asked for Mum to stay.');
  assert.equal(saved.json.late, false);
  const again = await api('GET', `/api/v1/entries/${saved.json.id}`);
  assert.deepEqual(again.json.details, saved.json.details);
});

test('R19: an unsuccessful visit needs what happens next and when the next visit is', async () => {
  const base = { kind: 'unsuccessful_visit', occurred_at: hourAgo(), title: 'No-one home', body: 'I knocked twice.' };
  const missing = await api('POST', `/api/v1/children/${child.id}/entries`, {
    ...base, unsuccessful_visit: { place: 'At home', what_happened: 'No-one was home.', what_happens_next: 'I will phone Mum today.' },
  });
  assert.equal(missing.status, 422, missing.text);
  assert.equal(missing.json.error.field, 'unsuccessful_visit.next_visit_on');
  const tomorrow = addDays(londonDate(NOW), 1);
  const ok = await api('POST', `/api/v1/children/${child.id}/entries`, {
    ...base, unsuccessful_visit: { place: 'At home', what_happened: 'No-one was home.', what_happens_next: 'I will phone Mum today.', next_visit_on: tomorrow },
  });
  assert.equal(ok.status, 201, ok.text);
  assert.equal(ok.json.details.unsuccessful_visit.next_visit_on, tomorrow);
});

test('R6 R27: management decisions are made by managers and need their reasons', async () => {
  const decision = { kind: 'management_decision', occurred_at: hourAgo(), title: 'Decision', body: 'Step down to early help.',
    decision: { decision: 'Step down to early help', reasons: 'Things are safer at home and Mum asked for help.' } };
  const byPractitioner = await api('POST', `/api/v1/children/${child.id}/entries`, decision);
  assert.equal(byPractitioner.status, 403, byPractitioner.text);

  const { user: managerLogin, token: managerToken } = await env.session('team_manager');
  const own = (await api('GET', '/api/v1/children?limit=200', undefined, { token: managerToken })).json.items.find((c) => c.access === 'full');
  const noReasons = await api('POST', `/api/v1/children/${own.id}/entries`, { ...decision, decision: { decision: 'Step down' } }, { token: managerToken });
  assert.equal(noReasons.status, 422, noReasons.text);
  assert.equal(noReasons.json.error.field, 'decision.reasons');
  const made = await api('POST', `/api/v1/children/${own.id}/entries`, decision, { token: managerToken });
  assert.equal(made.status, 201, made.text);
  assert.equal(made.json.recorded_by, managerLogin.full_name, 'the decision shows who made it (R27)');
  assert.equal(made.json.details.decision.reasons, 'Things are safer at home and Mum asked for help.');
});
