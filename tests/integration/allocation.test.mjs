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

test('R20, R40: a manager moves a record to another team with a transfer summary; it leaves its worker', async () => {
  const env = await startDemo({ prefix: 'team-move', children: 12 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'team_manager', 'senior_manager']) {
      apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    }
    const api = (role, method, url, body, opts) => apis[role](method, url, body, opts);
    const list = await api('team_manager', 'GET', '/api/v1/children?limit=200');
    const team = list.json.items.filter((c) => c.access === 'full' && c.status === 'open');
    const records = [];
    for (const c of team) records.push((await api('team_manager', 'GET', `/api/v1/children/${c.id}`)).json);
    const child = records.find((c) => c.allocated_worker_id);
    assert.ok(child, 'the manager has an allocated record of their team');
    const everyone = await api('senior_manager', 'GET', '/api/v1/children?limit=200');
    // The senior manager opens the authority's records, with a reason, until one is in another team.
    let elsewhere = null;
    for (const c of everyone.json.items) {
      const got = await api('senior_manager', 'GET', `/api/v1/children/${c.id}`, undefined,
        { reason: 'Finding the team a family has moved to' });
      if (got.status === 200 && got.json.team_id !== child.team_id) { elsewhere = got.json; break; }
    }
    assert.ok(elsewhere, 'the demo has a second team');
    const url = `/api/v1/children/${child.id}/team`;

    // Only the record's manager (or a senior manager) moves it.
    const byWorker = await api('practitioner', 'POST', url, { team_id: elsewhere.team_id, transfer_summary: 'x' });
    assert.ok([403, 404].includes(byWorker.status), JSON.stringify(byWorker.json));

    // R20: no transfer summary, no team: every problem named at once, nothing changed.
    const bad = await api('team_manager', 'POST', url, { team_id: '', transfer_summary: '  ' });
    assert.equal(bad.status, 422, JSON.stringify(bad.json));
    const fields = [bad.json.error.field, ...(bad.json.error.errors ?? []).map((e) => e.field)];
    assert.ok(fields.includes('team_id') && fields.includes('transfer_summary'), JSON.stringify(bad.json));
    const same = await api('team_manager', 'POST', url, { team_id: child.team_id, transfer_summary: 'Same team' });
    assert.equal(same.status, 422);
    assert.equal(same.json.error.field, 'team_id');
    assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).json.team_id, child.team_id);

    const moved = await api('team_manager', 'POST', url, {
      team_id: elsewhere.team_id,
      transfer_summary: 'Mum and the children moved to the south of the borough in May. School place agreed.',
      reason: 'House move',
    });
    assert.equal(moved.status, 200, JSON.stringify(moved.json));
    assert.equal(moved.json.worker_id, null, 'the record leaves its worker behind');
    const move = moved.json.history[0];
    assert.match(move.transfer_summary, /south of the borough/);
    assert.equal(move.previous_worker_id, child.allocated_worker_id);
    assert.ok(move.to_team && move.from_team && move.to_team !== move.from_team, JSON.stringify(move));
    const now = await api('senior_manager', 'GET', `/api/v1/children/${child.id}`, undefined,
      { reason: 'Checking the move' });
    assert.equal(now.json.team_id, elsewhere.team_id);
    assert.equal(now.json.allocated_worker_id, null);

    // Journaled: verify replays the move into the same projections.
    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
