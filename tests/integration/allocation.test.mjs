// R40: a team manager allocates and reallocates their team's records through the API: only the
// record's manager may, the worker must be a practitioner of the team, the same worker again is
// refused, and each allocation is journaled (the history, and verify replays it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';

test('R40: a manager reallocates a record to another worker of the team; others cannot', async () => {
  const env = await startDemo({ prefix: 'allocate', children: 12 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'team_manager']) apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    const api = (role, method, url, body) => apis[role](method, url, body);
    const list = await api('team_manager', 'GET', '/api/v1/children?limit=200');
    const team = list.json.items.filter((c) => c.access === 'full' && c.status === 'open');
    const records = [];
    for (const c of team) records.push((await api('team_manager', 'GET', `/api/v1/children/${c.id}`)).json);
    const child = records.find((c) => c.allocated_worker_id);
    assert.ok(child, 'the manager has an allocated record of their team');
    const other = records.find((c) => c.allocated_worker_id && c.allocated_worker_id !== child.allocated_worker_id);
    assert.ok(other, 'the team has a second worker');
    const url = `/api/v1/children/${child.id}/allocation`;

    // Only the record's manager (or a senior manager) allocates.
    const byWorker = await api('practitioner', 'POST', url, { worker_id: other.allocated_worker_id });
    assert.equal(byWorker.status, 403, JSON.stringify(byWorker.json));

    // Not a worker of the team, and the same worker again: refused, naming the field.
    const nobody = await api('team_manager', 'POST', url, { worker_id: 'no-such-worker' });
    assert.equal(nobody.status, 422);
    assert.equal(nobody.json.error.field, 'worker_id');
    const same = await api('team_manager', 'POST', url, { worker_id: child.allocated_worker_id });
    assert.equal(same.status, 422);
    assert.match(same.json.error.message, /already allocated/);

    const moved = await api('team_manager', 'POST', url,
      { worker_id: other.allocated_worker_id, reason: 'Going on leave; the new worker knows the family' });
    assert.equal(moved.status, 200, JSON.stringify(moved.json));
    assert.equal(moved.json.worker_id, other.allocated_worker_id);
    assert.equal(moved.json.history[0].previous_worker_id, child.allocated_worker_id);
    assert.equal(moved.json.history[0].reason, 'Going on leave; the new worker knows the family');
    assert.equal(moved.json.history[0].allocated_by, env.user('team_manager').full_name);

    const got = await api('team_manager', 'GET', url);
    assert.equal(got.status, 200);
    assert.deepEqual(got.json, moved.json);
    assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).json.allocated_worker_id,
      other.allocated_worker_id);

    // Journaled: verify replays the allocation into the same projections.
    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
