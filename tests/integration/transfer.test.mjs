// R17: "When adoption is the plan: transfer of a copy of all or part of the record to another
// adoption agency, with a written record of the transfer."
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';

const day = (msAgo) => new Date(Date.now() - msAgo).toISOString().slice(0, 10);
const DAY = 24 * 3600e3;

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
      kind: 'case_note', occurred_at: new Date(Date.now() - msAgo).toISOString(), title, body: `${title}: written for R17.`,
    });
    assert.equal((await note('Before the range', 10 * DAY)).status, 201);
    assert.equal((await note('In the range', 3600e3)).status, 201);

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
    assert.equal((await note('After the transfer', 1800e3)).status, 201);

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
