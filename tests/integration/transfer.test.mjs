// R17: "When adoption is the plan: transfer of a copy of all or part of the record to another
// adoption agency, with a written record of the transfer."
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';
import { earlier, londonDate, londonParts, HOUR, MINUTE, DAY } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs); dates are read
// on London's clock, as the server reads sent_on and entries_from.
const NOW = new Date();
const day = (msAgo) => londonDate(earlier(NOW, msAgo));

test('R17: a team manager records a transfer of part of the record; the copy holds only what was sent and is logged', async () => {
  const env = await startDemo({ prefix: 'transfer', children: 8 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'team_manager', 'auditor']) apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    const api = (role, method, url, body) => apis[role](method, url, body);
    const list = await api('team_manager', 'GET', '/api/v1/children?limit=200');
    const child = list.json.items.find((c) => c.access === 'full' && c.status === 'open');
    assert.ok(child, 'the team manager has a record of their own team');
    const url = `/api/v1/children/${child.id}/transfers`;
    const note = (title, msAgo) => api('team_manager', 'POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'case_note', occurred_at: earlier(NOW, msAgo).toISOString(), title, body: `${title}: written for R17.`,
    });
    assert.equal((await note('Before the range', 10 * DAY)).status, 201);
    assert.equal((await note('In the range', HOUR)).status, 201);

    const good = {
      agency: 'Northern Adoption Agency', agency_contact: 'Jo Smith', sent_on: day(0), method: 'secure_email',
      parts: ['entries', 'identity'], entries_from: day(5 * DAY),
      reason: 'Adoption is the plan: the child is to be placed through Northern Adoption Agency',
    };

    // A practitioner does not record transfers.
    const byWorker = await api('practitioner', 'POST', url, good);
    assert.ok([403, 404].includes(byWorker.status), JSON.stringify(byWorker.json));

    // Bad input names the field and writes nothing.
    const bad = [
      [{ ...good, agency: ' ' }, 'agency'],
      [{ ...good, parts: ['identity', 'health'] }, 'parts[1]'],
      [{ ...good, parts: ['identity'] }, 'entries_from'],
      [{ ...good, method: 'fax' }, 'method'],
      [{ ...good, sent_on: '2999-01-01' }, 'sent_on'],
      [{ ...good, entries_to: day(30 * DAY) }, 'entries_to'],
    ];
    for (const [body, field] of bad) {
      const r = await api('team_manager', 'POST', url, body);
      assert.equal(r.status, 422, JSON.stringify(r.json));
      assert.equal(r.json.error.field, field);
    }
    assert.deepEqual((await api('team_manager', 'GET', url)).json.items, [], 'nothing was written');

    const made = await api('team_manager', 'POST', url, good);
    assert.equal(made.status, 201, JSON.stringify(made.json));
    assert.deepEqual(made.json.parts, ['identity', 'entries']);
    assert.equal(made.json.agency, 'Northern Adoption Agency');
    const listed = await api('team_manager', 'GET', url);
    assert.equal(listed.json.items.length, 1);
    assert.equal(listed.json.items[0].id, made.json.id);

    // Recorded after the transfer: not part of the copy that was sent.
    assert.equal((await note('After the transfer', 30 * MINUTE)).status, 201);

    const copy = await api('team_manager', 'GET', `/api/v1/transfers/${made.json.id}/copy`);
    assert.equal(copy.status, 200, JSON.stringify(copy.json));
    assert.equal(copy.json.transfer.reason, good.reason);
    assert.ok(copy.json.identity, 'identity was sent');
    assert.equal(copy.json.people, undefined, 'people were not sent');
    assert.equal(copy.json.documents, undefined, 'documents were not sent');
    const titles = copy.json.entries.map((e) => e.title);
    assert.ok(titles.includes('In the range'), titles.join(', '));
    assert.ok(!titles.includes('Before the range'));
    assert.ok(!titles.includes('After the transfer'));
    for (const e of copy.json.entries) {
      assert.ok(e.occurred_at.slice(0, 10) >= good.entries_from, `${e.title} ${e.occurred_at}`);
      assert.ok(e.recorded_at <= made.json.recorded_at, `${e.title} recorded ${e.recorded_at}`);
    }

    // Every view of the copy is in the access log.
    const audit = await api('auditor', 'GET', `/api/v1/audit?limit=500&child=${child.id}`);
    assert.equal(audit.status, 200, audit.text);
    assert.ok(audit.json.items.some((r) => r.detail === `transfer copy ${made.json.id}`), 'the copy view is logged');

    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});

test('R17 pages: the form keeps what was typed, the Overview lists the transfer, the copy prints and downloads', async () => {
  const env = await startDemo({ prefix: 'transfer-pages', children: 8 });
  try {
    const cookiesOf = (res) => res.headers.getSetCookie();
    const webLogin = async (username) => {
      const login = await fetch(`${env.server.url}/login`);
      const html = await login.text();
      const pre = cookiesOf(login).map((c) => c.split(';')[0]).join('; ');
      const csrf = (html.match(/name="csrf_token" value="([^"]*)"/) || [])[1] ?? '';
      const res = await fetch(`${env.server.url}/login`, {
        method: 'POST', redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: pre },
        body: new URLSearchParams({ username, password: env.demo.password, next: '/children', csrf_token: csrf }).toString(),
      });
      return cookiesOf(res).find((c) => /^childrecord=[0-9a-f]/.test(c)).split(';')[0];
    };
    const page = async (cookie, url, form) => {
      const res = await fetch(env.server.url + url, {
        method: form ? 'POST' : 'GET', redirect: 'manual',
        headers: { cookie, ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        body: form ? new URLSearchParams(form).toString() : undefined,
      });
      return { status: res.status, text: await res.text(), headers: res.headers };
    };
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    const child = (await api('GET', '/api/v1/children?limit=200')).json.items.find((c) => c.access === 'full');
    const cookie = await webLogin(env.user('team_manager').username);
    const overview = await page(cookie, `/children/${child.id}`);
    assert.equal(overview.status, 200);
    assert.match(overview.text, />Transfers of this record</); // no requirement numbers on screen
    assert.ok(overview.text.includes(`/children/${child.id}/transfers/new`));
    const form = await page(cookie, `/children/${child.id}/transfers/new`);
    assert.equal(form.status, 200, form.text.slice(0, 300));
    const csrf = form.text.match(/name="csrf_token" value="([^"]*)"/)[1];
    const sent = londonParts(NOW);
    const fields = [['csrf_token', csrf], ['agency', 'Southern Adoption Agency'], ['sent_on-day', sent.day],
      ['sent_on-month', sent.month], ['sent_on-year', sent.year], ['method', 'courier'],
      ['reason', 'Adoption is the plan: placement through Southern Adoption Agency']];
    const missingParts = await page(cookie, `/children/${child.id}/transfers/new`, fields);
    assert.equal(missingParts.status, 422);
    assert.match(missingParts.text, /Choose which parts of the record were sent/);
    assert.ok(missingParts.text.includes('value="Southern Adoption Agency"'), 'what was typed is kept');
    const made = await page(cookie, `/children/${child.id}/transfers/new`, [...fields, ['parts', 'overview'], ['parts', 'people']]);
    assert.equal(made.status, 303, made.text.slice(0, 500));
    const after = await page(cookie, `/children/${child.id}`);
    const href = after.text.match(/href="(\/transfers\/[^"]+\/copy)"/)[1];
    const copy = await page(cookie, href);
    assert.equal(copy.status, 200);
    assert.match(copy.text, /Copy of .*record sent to Southern Adoption Agency on/);
    assert.match(copy.text, /Written record of the transfer/);
    const download = await page(cookie, `${href}?download=1`);
    assert.equal(download.status, 200);
    assert.match(download.headers.get('content-disposition'), /^attachment; filename="record-copy-\d{4}-\d\d-\d\d\.html"$/);
  } finally {
    await env.stop();
  }
});
