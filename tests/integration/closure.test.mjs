// R1 (issue 4 item 1): a record is active until involvement ends; closing it is a manager's
// decision with the date and why; a closed record stays readable and is never deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';

test('R1: a manager closes a record; it stays readable, recordable and cannot be deleted', async () => {
  const env = await startDemo({ prefix: 'close', children: 8 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'team_manager']) apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    const api = (role, method, url, body) => apis[role](method, url, body);
    const list = await api('team_manager', 'GET', '/api/v1/children?limit=200');
    const child = list.json.items.find((c) => c.access === 'full' && c.status === 'open');
    assert.ok(child, 'the team manager has an open record of their own team');
    const url = `/api/v1/children/${child.id}/closure`;
    const today = new Date().toISOString().slice(0, 10);

    // Only a manager closes a record.
    const byWorker = await api('practitioner', 'POST', url, { closed_on: today, reason: 'Needs met' });
    assert.ok([403, 404].includes(byWorker.status), JSON.stringify(byWorker.json));

    // Bad input names the field and changes nothing.
    const noReason = await api('team_manager', 'POST', url, { closed_on: today, reason: '  ' });
    assert.equal(noReason.status, 422);
    assert.equal(noReason.json.error.field, 'reason');
    const future = await api('team_manager', 'POST', url, { closed_on: '2999-01-01', reason: 'Needs met' });
    assert.equal(future.status, 422);
    assert.equal(future.json.error.field, 'closed_on');
    assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).json.status, 'open');

    const closed = await api('team_manager', 'POST', url, {
      closed_on: today, reason: 'Needs met: Early Help will carry on supporting the family.',
      closing_summary: 'Mum has settled into the new flat and school attendance is good.',
    });
    assert.equal(closed.status, 200, JSON.stringify(closed.json));
    assert.equal(closed.json.status, 'closed');
    assert.equal(closed.json.closure.closed_on, today);
    assert.match(closed.json.closure.closing_summary, /new flat/);

    // Closed once only.
    const again = await api('team_manager', 'POST', url, { closed_on: today, reason: 'Again' });
    assert.equal(again.status, 409);

    // Still readable, with its entries; a late note can still be added.
    const read = await api('team_manager', 'GET', `/api/v1/children/${child.id}`);
    assert.equal(read.status, 200);
    assert.equal(read.json.status, 'closed');
    const entries = await api('team_manager', 'GET', `/api/v1/children/${child.id}/entries`);
    assert.equal(entries.status, 200);
    const late = await api('team_manager', 'POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'case_note', occurred_at: new Date(Date.now() - 3600e3).toISOString(), title: 'Closing letter sent',
      body: 'A letter explaining the closure was sent to Mum.',
    });
    assert.equal(late.status, 201, JSON.stringify(late.json));

    // Deleting is not an operation the system has.
    const del = await api('team_manager', 'DELETE', `/api/v1/children/${child.id}`);
    assert.ok([404, 405].includes(del.status), `DELETE answered ${del.status}`);
    assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).status, 200);

    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
