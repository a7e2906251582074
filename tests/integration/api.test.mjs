// Integration: the real binary on a free 127.0.0.1 port, driven over HTTP as a client would.
// Proves the SPEC §6 error shape for bad input and that bad input changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, makeDemoDb, login } from '../support/server.mjs';
import { earlier, HOUR, DAY } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

let dir, server, demo, token, practitioner, firstContact;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-api-'));
  demo = await makeDemoDb(dir, { children: 12 });
  server = await startServer({ dbUrl: demo.dbUrl });
  practitioner = demo.logins.find((l) => l.role === 'practitioner');
  firstContact = demo.logins.find((l) => l.role === 'first_contact');
  token = await login(server.url, practitioner.username, demo.password);
});

after(async () => {
  if (server) await server.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

async function api(method, url, { body, raw, headers = {}, auth = token } = {}) {
  const h = { ...headers };
  if (auth) h.authorization = `Bearer ${auth}`;
  if (body !== undefined) h['content-type'] ??= 'application/json';
  const res = await fetch(server.url + url, { method, headers: h, body: raw ?? (body === undefined ? undefined : JSON.stringify(body)) });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, text, headers: res.headers };
}

function assertErrorShape(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.ok(r.json && r.json.error, `error body: ${r.text}`);
  assert.equal(r.json.error.code, code);
  assert.equal(typeof r.json.error.message, 'string');
  assert.ok(r.json.error.message.length > 0);
  assert.ok('field' in r.json.error);
  if (field !== undefined) assert.equal(r.json.error.field, field);
}

// The first child on the practitioner's caseload (SPEC §2 principle 5: others need a reason to open).
async function firstChild() {
  const r = await api('GET', '/api/v1/children?limit=200');
  assert.equal(r.status, 200, r.text);
  const mine = r.json.items.find((c) => c.access === 'full');
  assert.ok(mine, `the practitioner has a child on their caseload: ${r.text}`);
  return mine;
}

async function entryCount(childId) {
  let count = 0;
  let cursor = '';
  for (;;) {
    const r = await api('GET', `/api/v1/children/${childId}/entries?limit=200${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(r.status, 200, r.text);
    count += r.json.items.length;
    if (!r.json.next) return count;
    cursor = r.json.next;
  }
}

test('healthz answers and the OpenAPI document lists the resources', async () => {
  const health = await api('GET', '/healthz', { auth: null });
  assert.equal(health.status, 200);
  const doc = await api('GET', '/api/v1/openapi.json', { auth: null });
  assert.equal(doc.status, 200);
  assert.equal(doc.json.openapi.startsWith('3.'), true);
  for (const p of ['/api/v1/tokens', '/api/v1/children', '/api/v1/children/{id}/entries', '/api/v1/entries/{id}']) {
    assert.ok(doc.json.paths[p], `OpenAPI has ${p}`);
  }
});

test('a child record is not reachable without a token', async () => {
  assertErrorShape(await api('GET', '/api/v1/children', { auth: null }), 401, 'unauthenticated');
  assertErrorShape(await api('GET', '/api/v1/children', { auth: 'forged-token' }), 401, 'unauthenticated');
  const page = await fetch(`${server.url}/children`, { redirect: 'manual' });
  assert.equal(page.status, 303);
  assert.match(page.headers.get('location'), /^\/login/);
});

test('wrong password is refused without saying whether the user exists', async () => {
  const wrong = await api('POST', '/api/v1/tokens', { auth: null, body: { username: practitioner.username, password: 'not the password' } });
  const unknown = await api('POST', '/api/v1/tokens', { auth: null, body: { username: 'nobody.here', password: 'not the password' } });
  assertErrorShape(wrong, 401, 'unauthenticated');
  assertErrorShape(unknown, 401, 'unauthenticated');
  assert.equal(wrong.json.error.message, unknown.json.error.message);
});

test('children can be searched by name, and pages follow the cursor', async () => {
  const all = await api('GET', '/api/v1/children?limit=5');
  assert.equal(all.status, 200);
  assert.equal(all.json.items.length, 5);
  assert.ok(all.json.next);
  const next = await api('GET', `/api/v1/children?limit=5&cursor=${all.json.next}`);
  assert.equal(next.status, 200);
  const firstIds = new Set(all.json.items.map((c) => c.id));
  for (const c of next.json.items) assert.ok(!firstIds.has(c.id), 'pages do not overlap');
  const name = all.json.items[0].full_name;
  const part = name.split(' ')[0].toLowerCase();
  const found = await api('GET', `/api/v1/children?q=${encodeURIComponent(part)}`);
  assert.ok(found.json.items.some((c) => c.full_name === name));
  for (const c of found.json.items) assert.ok(c.full_name.toLowerCase().includes(part));
  assertErrorShape(await api('GET', '/api/v1/children?cursor=zz'), 400, 'bad_request', 'cursor');
  assertErrorShape(await api('GET', '/api/v1/children?limit=0'), 422, 'validation', 'limit');
});

// R15/R21/R26/R28: an entry is recorded through the journal and read back; a late one is marked.
test('R28 recording an entry, on time and late', async () => {
  const child = await firstChild();
  const onTime = await api('POST', `/api/v1/children/${child.id}/entries`, {
    body: { kind: 'phone_call', occurred_at: earlier(NOW, HOUR).toISOString(), title: 'Call with school', body: 'Amelia\'s teacher said she settled well.' },
  });
  assert.equal(onTime.status, 201, onTime.text);
  assert.equal(onTime.json.late, false);
  assert.equal(onTime.json.recorded_by, practitioner.full_name);
  const late = await api('POST', `/api/v1/children/${child.id}/entries`, {
    body: { kind: 'case_note', occurred_at: earlier(NOW, 3 * DAY).toISOString(), title: 'Home visit', body: 'Written up late.' },
  });
  assert.equal(late.status, 201, late.text);
  assert.equal(late.json.late, true);
  const again = await api('GET', `/api/v1/entries/${late.json.id}`);
  assert.equal(again.status, 200);
  assert.equal(again.json.body, 'Written up late.');
  assert.match(again.json.occurred_at, /[+-]\d\d:\d\d$/, 'times carry an offset');
});

test('bad input gets the SPEC error shape and changes nothing', async () => {
  const child = await firstChild();
  const before = await entryCount(child.id);
  const url = `/api/v1/children/${child.id}/entries`;
  const past = earlier(NOW, DAY).toISOString();
  const future = earlier(NOW, -365 * DAY).toISOString();
  assertErrorShape(await api('POST', url, { raw: '{"kind": "visit",' }), 400, 'bad_request');
  assertErrorShape(await api('POST', url, { raw: 'kind=visit', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 400, 'bad_request');
  assertErrorShape(await api('POST', url, { body: ['not', 'an', 'object'] }), 400, 'bad_request');
  assertErrorShape(await api('POST', url, { body: { kind: 'visit', occurred_at: past, title: 'x' } }), 422, 'validation', 'body');
  assertErrorShape(await api('POST', url, { body: { kind: 'visit', occurred_at: future, title: 'x', body: 'y' } }), 422, 'validation', 'occurred_at');
  assertErrorShape(await api('POST', url, { body: { kind: 'rumour', occurred_at: past, title: 'x', body: 'y' } }), 422, 'validation', 'kind');
  const huge = 'x'.repeat(17 * 1024 * 1024);
  const tooBig = await api('POST', url, { raw: JSON.stringify({ kind: 'visit', occurred_at: past, title: 't', body: huge }) });
  assertErrorShape(tooBig, 413, 'too_large');
  assert.equal(await entryCount(child.id), before, 'no entry was written by bad input');
});

test('unknown routes, unknown ids and wrong methods answer in the same shape', async () => {
  assertErrorShape(await api('GET', '/api/v1/nothing-here'), 404, 'not_found');
  assertErrorShape(await api('GET', '/api/v1/children/not-an-id'), 404, 'not_found');
  assertErrorShape(await api('GET', '/api/v1/children/00000000-0000-4000-8000-000000000000'), 404, 'not_found');
  const wrong = await api('DELETE', '/api/v1/children');
  assertErrorShape(wrong, 405, 'bad_request');
  assert.match(wrong.headers.get('allow'), /GET/);
});

// R1: First Contact accepts a referral and the record opens; a practitioner cannot.
test('R1 opening a record from a referral', async () => {
  const fcToken = await login(server.url, firstContact.username, demo.password);
  const child = await firstChild();
  const full = await api('GET', `/api/v1/children/${child.id}`);
  const referral = { full_name: 'Zoë Ångström-Smith', date_of_birth: '2016-05-04', team_id: full.json.team_id,
    referral: { received_on: '2026-11-01', source: 'School', reason: 'Zoë told her teacher she was frightened at home.' } };
  assertErrorShape(await api('POST', '/api/v1/children', { body: referral }), 403, 'forbidden');
  const opened = await api('POST', '/api/v1/children', { body: referral, auth: fcToken });
  assert.equal(opened.status, 201, opened.text);
  assert.equal(opened.json.full_name, 'Zoë Ångström-Smith');
  assert.equal(opened.json.status, 'open');
  const found = await api('GET', `/api/v1/children?q=${encodeURIComponent('ångström')}`);
  assert.ok(found.json.items.some((c) => c.id === opened.json.id), JSON.stringify(found.json));
  assertErrorShape(await api('POST', '/api/v1/children', { body: { ...referral, team_id: 'nope' }, auth: fcToken }), 422, 'validation', 'team_id');
});

test('pages carry security headers and record pages are never cached', async () => {
  const res = await fetch(`${server.url}/login`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-security-policy'), /frame-ancestors 'none'/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
  const css = await fetch(`${server.url}/assets/app.css`);
  assert.equal(css.status, 200);
  assert.match(css.headers.get('cache-control'), /max-age/);
  const etag = css.headers.get('etag');
  const again = await fetch(`${server.url}/assets/app.css`, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  const escape = await fetch(`${server.url}/assets/..%2f..%2fCMakeLists.txt`);
  assert.equal(escape.status >= 400, true);
});
