// Integration: full-text search (SPEC §3) against the real binary on a demo authority.
//   - GET /api/v1/search finds an entry's words (title and body), marks them, and pages;
//   - results stay within each role's access (R40, R48; docs/access.md): entries only where the
//     role reads them without a reason, other records by name only (reason_required), restricted
//     records not at all for anyone not named;
//   - an empty or hostile query is a validation error naming q / plain words, never a 500;
//   - the search is one "records.search" row in the access log with the words searched for;
//   - the page /search escapes an entry's text before marking it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer, apiClient, login, ownChild } from '../support/server.mjs';
import { earlier, DAY } from '../support/dates.mjs';

let child, entry;
const tokens = {};
const who = {};
const WORD = 'zebrafinch';
// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

const env = useDemoServer({ prefix: 'search', children: 20 }, setup);
const call = apiClient(() => env.server.url, null, { parse: 'lenient' });
/** api(role, method, url, {body, reason, headers}): the API as the demo login with that role. */
const api = (role, method, url, { body, ...options } = {}) => call(method, url, body, { ...options, token: tokens[role] });

/** Runs in useDemoServer's before hook, once the demo server is up. */
async function setup() {
  for (const l of env.demo.logins) {
    who[l.role] = l;
    tokens[l.role] = await login(env.server.url, l.username, env.demo.password);
  }
  // The practitioner records an entry on their own child with a word nobody else uses, and
  // text that would be markup if it were not escaped.
  child = await ownChild(env.server.url, tokens.practitioner, who.practitioner.full_name);
  const r = await api('practitioner', 'POST', `/api/v1/children/${child.id}/entries`, {
    body: {
      kind: 'case_note', occurred_at: earlier(NOW, DAY).toISOString(), title: `Talked about the ${WORD} nest`,
      body: `Saw the nest. <script>alert("${WORD}")</script> Zoë's Café visit was good.`,
    },
  });
  assert.equal(r.status, 201, r.text);
  entry = r.json;
}

async function search(role, q, extra = '') {
  const r = await api(role, 'GET', `/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
  assert.equal(r.status, 200, `${role} ${q}: ${r.text}`);
  return r.json;
}

const entryHits = (res) => res.items.filter((i) => i.type === 'entry');
const nameHits = (res) => res.items.filter((i) => i.type === 'child');

test('the practitioner finds the entry by a word of its title and body, the words marked', async () => {
  const res = await search('practitioner', WORD);
  const hits = entryHits(res);
  assert.equal(hits.length, 1, JSON.stringify(res));
  assert.equal(hits[0].entry.id, entry.id);
  assert.equal(hits[0].child.id, child.id);
  assert.equal(hits[0].child.access, 'full');
  assert.deepEqual(hits[0].title.filter((p) => p.marked).map((p) => p.text), [WORD]);
  assert.ok(hits[0].snippet.some((p) => p.marked && p.text === WORD));
  // The API gives plain text parts; the text is as written (escaping is the page's job).
  assert.ok(hits[0].snippet.map((p) => p.text).join('').includes('<script>'));
  // Diacritics folded both ways; every word must match; quoted phrases.
  assert.equal(entryHits(await search('practitioner', 'zoe cafe')).length, 1);
  assert.equal(entryHits(await search('practitioner', `"${WORD} nest"`)).length, 1);
  assert.equal(entryHits(await search('practitioner', `"nest ${WORD}"`)).length, 0);
  assert.equal(entryHits(await search('practitioner', `${WORD} hippopotamus`)).length, 0);
});

test('R40/R48: other roles see only what the access table lets them read without a reason', async () => {
  // Same team's manager: on the caseload.
  assert.equal(entryHits(await search('team_manager', WORD)).length, 1);
  // EDT, records officer, data protection, auditor, admin read entries only with a reason, and a
  // reason is given for one record, never for a search: no entry text at all.
  for (const role of ['edt', 'records_officer', 'data_protection', 'auditor', 'admin']) {
    assert.equal(entryHits(await search(role, WORD)).length, 0, role);
  }
  // First contact is another team: not on their caseload.
  assert.equal(entryHits(await search('first_contact', WORD)).length, 0);

  // Names: everyone may find the child by name; outside one's reach only the name.
  const name = child.full_name.split(' ')[0];
  for (const role of ['first_contact', 'auditor', 'edt', 'practitioner']) {
    const hit = nameHits(await search(role, child.full_name)).find((h) => h.child.id === child.id);
    assert.ok(hit, `${role} finds ${child.full_name} by name (${name})`);
    const expected = role === 'practitioner' || role === 'edt' ? 'full' : 'reason_required';
    assert.equal(hit.child.access, expected, role);
    assert.deepEqual(Object.keys(hit.child).sort(), ['access', 'full_name', 'id']);
  }
});

test('a restricted record is found by nobody but the people named on it', async () => {
  const r = await api('team_manager', 'POST', `/api/v1/children/${child.id}/restriction`,
    { body: { restricted: true, named_user_ids: [], reason: 'A member of staff\'s relative' } });
  assert.equal(r.status, 200, r.text);
  try {
    for (const role of ['practitioner', 'edt', 'auditor', 'senior_manager', 'first_contact']) {
      const byWord = await search(role, WORD);
      const byName = await search(role, child.full_name);
      assert.ok(![...byWord.items, ...byName.items].some((h) => h.child.id === child.id), `${role} must not see it`);
    }
    // The team manager restricted it, so is named.
    assert.equal(entryHits(await search('team_manager', WORD)).length, 1);
  } finally {
    const lifted = await api('team_manager', 'POST', `/api/v1/children/${child.id}/restriction`,
      { body: { restricted: false, reason: 'Checked' } });
    assert.equal(lifted.status, 200, lifted.text);
  }
  assert.equal(entryHits(await search('practitioner', WORD)).length, 1);
});

test('an empty query is a validation error naming q; query syntax is only words', async () => {
  for (const q of ['', '   ', '"', '()*:^-']) {
    const r = await api('practitioner', 'GET', `/api/v1/search?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 422, r.text);
    assert.equal(r.json.error.code, 'validation');
    assert.equal(r.json.error.field, 'q');
  }
  for (const q of [`NEAR(${WORD}`, `"${WORD}`, `${WORD} AND OR NOT`, `${WORD}* ^title:x`, `${WORD} <-> !x | y & z`]) {
    const r = await api('practitioner', 'GET', `/api/v1/search?q=${encodeURIComponent(q)}`);
    assert.equal(r.status, 200, `${q}: ${r.text}`);
  }
  const bad = await api('practitioner', 'GET', '/api/v1/search?q=visit&cursor=nonsense');
  assert.equal(bad.status, 400, bad.text);
});

test('results page through a cursor without repeats', async () => {
  const seen = new Set();
  let next = null;
  let pages = 0;
  do {
    const res = await search('practitioner', 'a', `&limit=5${next ? `&cursor=${next}` : ''}`);
    assert.ok(res.items.length <= 5);
    for (const h of res.items) {
      const key = h.type === 'entry' ? h.entry.id : `child:${h.child.id}`;
      assert.ok(!seen.has(key), `repeated ${key}`);
      seen.add(key);
    }
    next = res.next;
  } while (next && ++pages < 50);
  assert.ok(seen.size > 5);
});

test('the search is one records.search row in the access log with the words searched for', async () => {
  const q = `${WORD} logged`;
  await search('first_contact', q);
  const r = await api('auditor', 'GET', `/api/v1/audit?limit=50&user=${who.first_contact.username}`);
  assert.equal(r.status, 200, r.text);
  const rows = r.json.items.filter((row) => row.action === 'records.search' && row.detail?.startsWith(`q: ${q}`));
  assert.equal(rows.length, 1, JSON.stringify(r.json.items.slice(0, 3)));
  assert.equal(rows[0].outcome, 'allowed');
  // The practitioner's search shows entries of their child: the row says from which records.
  await search('practitioner', WORD);
  const mine = await api('auditor', 'GET', `/api/v1/audit?limit=5&user=${who.practitioner.username}`);
  const row = mine.json.items.find((x) => x.action === 'records.search');
  assert.ok(row.detail.includes(child.id), row.detail);
});

test('the /search page escapes the entry text before marking the words found', async () => {
  const page = await fetch(`${env.server.url}/login`);
  const html = await page.text();
  const pre = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = (html.match(/name="csrf_token" value="([^"]*)"/) || [])[1] ?? '';
  const res = await fetch(`${env.server.url}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre },
    body: new URLSearchParams({ username: who.practitioner.username, password: env.demo.password, next: '/children', csrf_token: csrf }).toString(),
  });
  const session = res.headers.getSetCookie().find((c) => /^childrecord=[0-9a-f]/.test(c));
  assert.ok(session, `signed in (HTTP ${res.status})`);
  const cookie = session.split(';')[0];
  const result = await fetch(`${env.server.url}/search?q=${WORD}`, { headers: { cookie } });
  assert.equal(result.status, 200);
  const body = await result.text();
  assert.ok(!body.includes('<script>alert'), 'the entry text must be escaped');
  assert.ok(body.includes('&lt;script&gt;alert('), body.slice(0, 200));
  assert.ok(body.includes(`<mark>${WORD}</mark>`));
  assert.ok(body.includes(`href="/entries/${entry.id}"`));
  const empty = await fetch(`${env.server.url}/search?q=`, { headers: { cookie } });
  assert.equal(empty.status, 400);
  const emptyHtml = await empty.text();
  assert.ok(emptyHtml.includes('govuk-error-summary'));
  assert.ok(emptyHtml.includes('href="#q"'));
});
