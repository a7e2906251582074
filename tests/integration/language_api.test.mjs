// Language checking (R33, R34) over the API: POST /api/v1/language/check answers in the SPEC §6
// shape (character and byte offsets), a record's "words we use" lead the suggestions (R33), and an
// entry with offensive words outside quotation marks needs an explicit, recorded confirmation
// (R34).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer } from '../support/server.mjs';
import { earlier, HOUR } from '../support/dates.mjs';

const env = useDemoServer({ prefix: 'language-api', children: 8 }, setup);
// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();
let api, child;

/** Runs in useDemoServer's before hook, once the demo server is up. */
async function setup() {
  const session = await env.session('practitioner');
  api = session.api;
  child = await session.ownChild();
}

test('R35 R33: findings in the SPEC shape, with character and byte offsets', async () => {
  const text = 'Zoë’s mum knows she is LAC. She enjoyed contact.';
  const r = await api('POST', '/api/v1/language/check', { text });
  assert.equal(r.status, 200, r.text);
  assert.equal(typeof r.json.reading_age, 'number');
  const lac = r.json.findings.find((f) => f.text === 'LAC');
  assert.ok(lac, r.text);
  assert.equal(lac.category, 'acronym');
  assert.ok(lac.suggestions.some((s) => /looked after/i.test(s)));
  assert.equal([...text].slice(lac.start, lac.end).join(''), 'LAC');
  assert.equal(Buffer.from(text).subarray(lac.byte_start, lac.byte_end).toString(), 'LAC');
  assert.ok(lac.byte_start > lac.start, 'bytes and characters differ after "ë’"');
  const contact = r.json.findings.find((f) => f.text === 'contact');
  assert.equal(contact.category, 'uncaring');
  assert.ok(contact.suggestions.includes('family time'));
});

test('R33: the record\'s words we use lead the suggestions', async () => {
  const bad = await api('PUT', `/api/v1/children/${child.id}/words-we-use`, { items: [{ term: 'contact', preferred: '' }] });
  assert.equal(bad.status, 422);
  assert.equal(bad.json.error.field, 'words');
  const put = await api('PUT', `/api/v1/children/${child.id}/words-we-use`, { items: [{ term: 'contact', preferred: 'time with Dad' }] });
  assert.equal(put.status, 200, put.text);
  const got = await api('GET', `/api/v1/children/${child.id}/words-we-use`);
  assert.deepEqual(got.json.items, [{ term: 'contact', preferred: 'time with Dad' }]);
  const r = await api('POST', '/api/v1/language/check', { text: 'Contact went well.', child_id: child.id });
  const contact = r.json.findings.find((f) => f.text === 'Contact');
  assert.equal(contact.suggestions[0], 'time with Dad');
  assert.equal(contact.preferred, true);
});

test('R34: offensive words outside quotation marks need confirmation, which is recorded', async () => {
  const entry = { kind: 'case_note', occurred_at: earlier(NOW, HOUR).toISOString(), title: 'Note', body: 'The half-caste boy next door visited.' };
  const refused = await api('POST', `/api/v1/children/${child.id}/entries`, entry);
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.json.error.field, 'body');
  assert.match(refused.json.error.message, /half-caste/);
  const quoted = await api('POST', `/api/v1/children/${child.id}/entries`, { ...entry, body: 'Dad said "that half-caste boy" and we talked about kinder words.' });
  assert.equal(quoted.status, 201, 'someone\'s own words in quotation marks are noted, not refused');
  const confirmed = await api('POST', `/api/v1/children/${child.id}/entries`, { ...entry, confirm_offensive_language: true });
  assert.equal(confirmed.status, 201, confirmed.text);
  const bad = await api('POST', `/api/v1/children/${child.id}/entries`, { ...entry, confirm_offensive_language: 'yes' });
  assert.equal(bad.status, 422);
  assert.equal(bad.json.error.field, 'confirm_offensive_language');
});

test('bad input to the checker names the field', async () => {
  const r = await api('POST', '/api/v1/language/check', { words: 'x' });
  assert.equal(r.status, 422);
  assert.equal(r.json.error.field, 'text');
  const unknown = await api('POST', '/api/v1/language/check', { text: 'x', child_id: '00000000-0000-4000-8000-000000000000' });
  assert.equal(unknown.status, 404);
});
