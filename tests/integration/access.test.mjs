// Integration: record access and the access log (SPEC §2 principle 5, §4; policy R40, R48)
// against the real binary on a demo authority.
//   - outside the caseload a reason is required (API: X-Access-Reason; pages: the reason form),
//     a reason of only spaces is refused, and the reason appears in the team manager's review list;
//   - every record read (API and pages) appears in the access log, with who, what and where from;
//   - restricted records are hidden from search and from everyone not named, reason or not;
//   - the Emergency Duty Team sees the overview and people of any child, read-only;
//   - bad filters get the SPEC §6 error shape / the GOV.UK error summary; CSV export;
//   - `childrecord verify` checks the access log's chain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer, apiClient, login, runVerify } from '../support/server.mjs';
import { earlier, HOUR } from '../support/dates.mjs';

const tokens = {};
const who = {};
// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

const env = useDemoServer({ prefix: 'access', children: 20 }, setup);
const call = apiClient(() => env.server.url, null, { parse: 'lenient' });
/** api(role, method, url, {body, reason, headers}): the API as the demo login with that role. */
const api = (role, method, url, { body, ...options } = {}) => call(method, url, body, { ...options, token: tokens[role] });

/** Runs in useDemoServer's before hook, once the demo server is up. */
async function setup() {
  for (const l of env.demo.logins) {
    who[l.role] = l;
    tokens[l.role] = await login(env.server.url, l.username, env.demo.password);
  }
}

function assertError(r, status, code, field) {
  assert.equal(r.status, status, r.text);
  assert.equal(r.json?.error?.code, code, r.text);
  assert.equal(typeof r.json.error.message, 'string');
  if (field !== undefined) assert.equal(r.json.error.field, field, r.text);
}

async function children(role) {
  const r = await api(role, 'GET', '/api/v1/children?limit=200');
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

async function auditRows(role, query) {
  const r = await api(role, 'GET', `/api/v1/audit?limit=500&${query}`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

function cookiesOf(res) { return res.headers.getSetCookie(); }

/** Signs in through the web form; returns a cookie header value. */
async function webLogin(username) {
  const page = await fetch(`${env.server.url}/login`);
  const html = await page.text();
  const pre = cookiesOf(page).map((c) => c.split(';')[0]).join('; ');
  const csrf = (html.match(/name="csrf_token" value="([^"]*)"/) || [])[1] ?? '';
  const res = await fetch(`${env.server.url}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre },
    body: new URLSearchParams({ username, password: env.demo.password, next: '/children', csrf_token: csrf }).toString(),
  });
  const session = cookiesOf(res).find((c) => /^childrecord=[0-9a-f]/.test(c));
  assert.ok(session, `signed in as ${username}: ${res.status}`);
  return session.split(';')[0];
}

async function page(cookie, url, { method = 'GET', form } = {}) {
  const res = await fetch(env.server.url + url, {
    method, redirect: 'manual',
    headers: { cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

test('Principle 5: a practitioner sees their own children; others by name only and with a reason', async () => {
  const items = await children('practitioner');
  const mine = items.filter((c) => c.access === 'full');
  const others = items.filter((c) => c.access === 'reason_required');
  assert.ok(mine.length > 0 && others.length > 0, JSON.stringify(items.slice(0, 3)));
  for (const c of others) assert.deepEqual(Object.keys(c).sort(), ['access', 'full_name', 'id']);
  assert.equal((await api('practitioner', 'GET', `/api/v1/children/${mine[0].id}`)).status, 200);

  const other = others[0];
  assertError(await api('practitioner', 'GET', `/api/v1/children/${other.id}`), 403, 'reason_required');
  assertError(await api('practitioner', 'GET', `/api/v1/children/${other.id}/entries`), 403, 'reason_required');
  // A reason of only spaces is refused and logs nothing.
  const before = await auditRows('auditor', `child=${other.id}`);
  assertError(await api('practitioner', 'GET', `/api/v1/children/${other.id}`, { reason: '    ' }), 422, 'validation', 'reason');
  assert.equal((await auditRows('auditor', `child=${other.id}`)).length, before.length);
  const opened = await api('practitioner', 'GET', `/api/v1/children/${other.id}`, { reason: 'Covering the duty desk for South' });
  assert.equal(opened.status, 200, opened.text);
  // Unknown child ids are not found.
  assertError(await api('practitioner', 'GET', '/api/v1/children/00000000-0000-4000-8000-000000000000', { reason: 'x' }), 404, 'not_found');
});

test('R40: access with a reason appears in the team manager\'s review list (API and page)', async () => {
  // The demo's team manager manages the practitioner's team; First Contact staff are outside it.
  const north = (await children('practitioner')).filter((c) => c.access === 'full');
  const child = north[0];
  assertError(await api('first_contact', 'GET', `/api/v1/children/${child.id}/people`), 403, 'reason_required');
  const reason = `Checking a new referral about a sibling ${Date.now()}`;
  assert.equal((await api('first_contact', 'GET', `/api/v1/children/${child.id}/people`, { reason })).status, 200);
  const review = await api('team_manager', 'GET', '/api/v1/audit/reasons?limit=500');
  assert.equal(review.status, 200, review.text);
  const row = review.json.items.find((r) => r.reason === reason);
  assert.ok(row, `the manager's review list has the reason: ${review.text.slice(0, 500)}`);
  assert.equal(row.user.username, who.first_contact.username);
  assert.equal(row.child.id, child.id);
  assert.equal(row.action, 'child.people');
  assert.equal(row.address, '127.0.0.1');
  // The page lists it too.
  const cookie = await webLogin(who.team_manager.username);
  const html = await page(cookie, '/audit/reasons');
  assert.equal(html.status, 200);
  assert.ok(html.text.includes(reason), 'the /audit/reasons page shows the reason');
  // ...in words, not the log's codes.
  assert.ok(html.text.includes('Read the people in the child'), `the action is in words: ${html.text.slice(html.text.indexOf('<tbody'), html.text.indexOf('<tbody') + 800)}`);
  assert.doesNotMatch(html.text, /child\.people|reason_required|>allowed</, 'no stored codes on the page');
  // A practitioner cannot read the audit.
  assertError(await api('practitioner', 'GET', '/api/v1/audit'), 403, 'forbidden');
});

test('Principle 5: every record read through the API and the pages is in the access log', async () => {
  const child = (await children('practitioner')).find((c) => c.access === 'full');
  const start = (await auditRows('auditor', `child=${child.id}`)).length;
  await api('practitioner', 'GET', `/api/v1/children/${child.id}`);
  await api('practitioner', 'GET', `/api/v1/children/${child.id}/people`);
  const entries = await api('practitioner', 'GET', `/api/v1/children/${child.id}/entries?limit=1`);
  await api('practitioner', 'GET', `/api/v1/entries/${entries.json.items[0].id}`);
  const cookie = await webLogin(who.practitioner.username);
  assert.equal((await page(cookie, `/children/${child.id}`)).status, 200);
  const rows = await auditRows('auditor', `child=${child.id}`);
  const fresh = rows.slice(0, rows.length - start).filter((r) => r.user.username === who.practitioner.username);
  const actions = fresh.map((r) => r.action).sort();
  // API: overview, people, entries list, one entry, a row each. The page view is one row listing
  // what it showed: the overview, people, entries, the transfers to an adoption agency (R17) and
  // where the child lives (R4).
  assert.deepEqual(actions, ['child.entries', 'child.entries', 'child.people', 'child.read', 'child.read'].sort(),
    JSON.stringify(fresh));
  const view = fresh.find((r) => r.action === 'child.read' && r.detail && r.detail.includes('; '));
  assert.ok(view, JSON.stringify(fresh));
  assert.deepEqual(view.detail.split('; ').sort(),
    ['entries', 'living arrangements', 'overview', 'people', 'transfers'], view.detail);
  for (const r of fresh) {
    assert.equal(r.outcome, 'allowed');
    assert.equal(r.address, '127.0.0.1');
    assert.match(r.recorded_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    assert.match(r.hash, /^[0-9a-f]{64}$/);
  }
  assert.ok(fresh.some((r) => r.detail === entries.json.items[0].id), 'the entry read names the entry');
  // An API read that reads the record twice is one row too: the out-of-hours summary (R25) reads
  // the summary and the latest entries, and lists both.
  const before = (await auditRows('auditor', `child=${child.id}`)).length;
  assert.equal((await api('practitioner', 'GET', `/api/v1/children/${child.id}/summary`)).status, 200);
  const after = await auditRows('auditor', `child=${child.id}`);
  const summaryRows = after.slice(0, after.length - before);
  assert.equal(summaryRows.length, 1, JSON.stringify(summaryRows));
  assert.deepEqual(summaryRows[0].detail.split('; ').sort(), ['entries', 'out of hours view'], summaryRows[0].detail);
  // Filter by user and dates; bad dates are refused with the SPEC §6 shape.
  const mine = await auditRows('auditor', `user=${who.practitioner.username}&child=${child.id}`);
  assert.ok(mine.length >= fresh.length);
  const future = await auditRows('auditor', 'from=2099-01-01');
  assert.equal(future.length, 0);
  assertError(await api('auditor', 'GET', '/api/v1/audit?from=2026-02-31'), 422, 'validation', 'from');
  assertError(await api('auditor', 'GET', '/api/v1/audit?from=2026-11-24&to=2026-11-01'), 422, 'validation', 'to');
  assertError(await api('auditor', 'GET', '/api/v1/audit?child=nope'), 422, 'validation', 'child');
  assertError(await api('auditor', 'GET', '/api/v1/audit?user=nobody.here'), 422, 'validation', 'user');
  // Pages: the error summary for a bad date; CSV export.
  const auditor = await webLogin(who.auditor.username);
  const bad = await page(auditor, '/audit?from-day=31&from-month=2&from-year=2026');
  assert.equal(bad.status, 422);
  assert.match(bad.text, /govuk-error-summary/);
  const csv = await page(auditor, `/audit.csv?child=${child.id}`);
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get('content-type'), /text\/csv/);
  assert.match(csv.text, /^seq,recorded_at,username/);
  assert.ok(csv.text.includes(who.practitioner.username));
  const apiCsv = await api('auditor', 'GET', `/api/v1/audit?format=csv&child=${child.id}&limit=2`);
  assert.equal(apiCsv.status, 200);
  assert.equal(apiCsv.text.trim().split('\r\n').length, 3);
  assert.ok(apiCsv.headers.get('x-next-cursor'));
});

test('the audit page filters by the Child ID people see; an unknown Child ID and bad dates are all told at once, kept as typed', async () => {
  const child = (await children('practitioner')).find((c) => c.access === 'full');
  assert.ok(child.local_child_id, 'the child has a Child ID');
  await api('practitioner', 'GET', `/api/v1/children/${child.id}`);
  const auditor = await webLogin(who.auditor.username);
  const found = await page(auditor, `/audit?child=${encodeURIComponent(child.local_child_id)}`);
  assert.equal(found.status, 200, found.text);
  assert.match(found.text, /app-audit-row/);
  assert.ok(found.text.includes(`href="/children/${child.id}"`), 'the rows are the child\'s');
  assert.doesNotMatch(found.text, /There is no child/);
  // Three problems: an unknown Child ID, a 'from' date that is not real, a 'to' date not a date.
  const bad = await page(auditor, '/audit?child=NO-SUCH-ID&from-day=31&from-month=2&from-year=2026&to-day=x&to-month=1&to-year=2026');
  assert.equal(bad.status, 422);
  const q = "(?:&apos;|&#39;|')";
  assert.match(bad.text, new RegExp(`<a href="#child">There is no child with the Child ID ${q}NO-SUCH-ID${q}</a>`));
  assert.match(bad.text, new RegExp(`<a href="#from-day">The ${q}from${q} date must be a real date</a>`));
  assert.match(bad.text, /<a href="#to-day">/);
  assert.match(bad.text, /id="child" name="child" type="text" value="NO-SUCH-ID"/);
  assert.match(bad.text, /name="from-day" type="text" inputmode="numeric" value="31"/);
});

test('pages: outside the caseload the reason form, then the record; only spaces refused', async () => {
  const other = (await children('practitioner')).find((c) => c.access === 'reason_required');
  const cookie = await webLogin(who.practitioner.username);
  const list = await page(cookie, '/children');
  assert.match(list.text, /give a reason to open/);
  const first = await page(cookie, `/children/${other.id}`);
  assert.equal(first.status, 403);
  assert.match(first.text, /Why do you need to see this record\?/);
  const csrf = first.text.match(/name="csrf_token" value="([^"]+)"/)[1];
  const blank = await page(cookie, `/children/${other.id}/access-reason`, { method: 'POST', form: { csrf_token: csrf, reason: '   ' } });
  assert.equal(blank.status, 422);
  assert.match(blank.text, /govuk-error-summary/);
  assert.equal((await page(cookie, `/children/${other.id}`)).status, 403, 'nothing changed');
  const given = await page(cookie, `/children/${other.id}/access-reason`, { method: 'POST', form: { csrf_token: csrf, reason: 'Duty cover tonight' } });
  assert.equal(given.status, 303);
  const opened = await page(cookie, `/children/${other.id}`);
  assert.equal(opened.status, 200);
  assert.match(opened.text, /Overview/);
  // Remembered for the rest of the session; a new session asks again.
  assert.equal((await page(cookie, `/children/${other.id}`)).status, 200);
  const again = await webLogin(who.practitioner.username);
  assert.equal((await page(again, `/children/${other.id}`)).status, 403);
  const logged = await auditRows('auditor', `child=${other.id}`);
  assert.ok(logged.some((r) => r.action === 'access.reason_given' && r.reason === 'Duty cover tonight'));
});

test('R25: the Emergency Duty Team sees overview and people of any child; notes and recording need a reason', async () => {
  const child = (await children('practitioner')).find((c) => c.access === 'full' && c.status === 'open'
    && c.allocated_worker === who.practitioner.full_name);
  assert.equal((await api('edt', 'GET', `/api/v1/children/${child.id}`)).status, 200);
  assert.equal((await api('edt', 'GET', `/api/v1/children/${child.id}/people`)).status, 200);
  assertError(await api('edt', 'GET', `/api/v1/children/${child.id}/entries`), 403, 'reason_required');
  const call = { kind: 'phone_call', occurred_at: earlier(NOW, HOUR).toISOString(), title: 'Police called about a row at home',
    body: 'The police rang at 2am: a row at home; the children are safe with their grandmother tonight.',
    details: { direction: 'incoming', with: 'Police' } };
  assertError(await api('edt', 'POST', `/api/v1/children/${child.id}/entries`, { body: call }), 403, 'reason_required');
  assertError(await api('edt', 'POST', `/api/v1/children/${child.id}/entries`, {
    body: { ...call, kind: 'management_decision', title: 'Move the children' }, reason: 'Out of hours call' }), 403, 'forbidden');
  const recorded = await api('edt', 'POST', `/api/v1/children/${child.id}/entries`, { body: call, reason: 'Out of hours call from the police' });
  assert.equal(recorded.status, 201, recorded.text);
  // The allocated worker finds it on their home page the next morning.
  const home = await page(await webLogin(who.practitioner.username), '/home');
  assert.equal(home.status, 200);
  const outOfHours = home.text.slice(home.text.indexOf('id="out-of-hours"'));
  assert.ok(home.text.includes('id="out-of-hours"'), 'the home page has the out-of-hours list');
  assert.match(outOfHours, /Police called about a row at home/);
  const cookie = await webLogin(who.edt.username);
  const html = await page(cookie, `/children/${child.id}`);
  assert.equal(html.status, 200);
  assert.match(html.text, /Why do you need to see the case notes\?/);
  // The Entries tab asks the same question instead of showing the notes.
  const tab = await page(cookie, `/children/${child.id}/entries`);
  assert.equal(tab.status, 200);
  assert.match(tab.text, /Why do you need to see the case notes\?/);
  assert.doesNotMatch(tab.text, /class="moj-timeline__item/);
});

test('restricted records are hidden from everyone not named, even with a reason', async () => {
  const child = (await children('practitioner')).find((c) => c.access === 'full');
  assertError(await api('practitioner', 'POST', `/api/v1/children/${child.id}/restriction`,
    { body: { restricted: true, reason: 'Staff relative' } }), 403, 'forbidden');
  assertError(await api('team_manager', 'POST', `/api/v1/children/${child.id}/restriction`,
    { body: { restricted: true, reason: '   ' } }), 422, 'validation', 'reason');
  const restricted = await api('team_manager', 'POST', `/api/v1/children/${child.id}/restriction`,
    { body: { restricted: true, reason: 'A member of staff\'s relative' } });
  assert.equal(restricted.status, 200, restricted.text);
  assert.equal(restricted.json.restricted, true);
  assert.ok(!(await children('practitioner')).some((c) => c.id === child.id), 'not in the practitioner\'s search');
  assert.ok(!(await children('auditor')).some((c) => c.id === child.id), 'not in the auditor\'s search');
  assert.ok((await children('team_manager')).some((c) => c.id === child.id), 'the named manager still finds it');
  for (const role of ['practitioner', 'auditor', 'senior_manager', 'edt', 'admin']) {
    assertError(await api(role, 'GET', `/api/v1/children/${child.id}`, { reason: 'I really need to' }), 404, 'not_found');
  }
  const cookie = await webLogin(who.practitioner.username);
  assert.equal((await page(cookie, `/children/${child.id}`)).status, 404);
  assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).status, 200);
  // Lifted again: the practitioner sees it once more.
  const lifted = await api('team_manager', 'POST', `/api/v1/children/${child.id}/restriction`,
    { body: { restricted: false, reason: 'No longer needed' } });
  assert.equal(lifted.status, 200, lifted.text);
  assert.equal((await api('practitioner', 'GET', `/api/v1/children/${child.id}`)).status, 200);
});

test('childrecord verify checks the access log chain too', async () => {
  const { code, stdout: out, stderr } = await runVerify(env.demo.dbUrl);
  assert.equal(code, 0, `${out}\n${stderr}`);
  assert.match(out, /^OK: /m);
  assert.match(out, /access-log rows/);
});
