// R20, R24, R25, R28: a team's open records with what each is missing or has overdue, through the
// API: the team's manager sees their team, a senior manager any team, nobody else; every finding
// is one of the soft rules and agrees with the feature that owns it (the summary due here is the
// summary's own "due"); paging is bounded and a bad cursor is refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo } from '../support/server.mjs';

const RULES = new Set(['r20.genogram', 'r20.chronology', 'r20.assessment', 'r20.assessment_overdue', 'r20.plan',
  'r20.closing_summary', 'r24.actions_overdue', 'r25.summary_due', 'r28.late_entries']);

test('R20, R24, R25, R28: the team manager reads what the team’s records need; others cannot', async () => {
  const env = await startDemo({ prefix: 'compliance', children: 24 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'team_manager', 'senior_manager', 'auditor']) {
      apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    }
    const api = (role, method, url, body, opts) => apis[role](method, url, body, opts);

    const mine = await api('team_manager', 'GET', '/api/v1/compliance');
    assert.equal(mine.status, 200, JSON.stringify(mine.json));
    assert.equal(mine.json.team, env.user('team_manager').team);
    assert.ok(mine.json.records_checked > 0, 'the team has open records');
    assert.ok(mine.json.records.length > 0, 'the demo has records with something to do');
    const rules = new Set();
    for (const r of mine.json.records) {
      assert.ok(r.findings.length > 0, 'only records with a finding are listed');
      for (const f of r.findings) {
        assert.ok(RULES.has(f.rule), f.rule);
        assert.ok(f.words && f.part, JSON.stringify(f));
        rules.add(f.rule);
      }
    }
    for (const expected of ['r25.summary_due', 'r24.actions_overdue']) {
      assert.ok(rules.has(expected), `the demo shows ${expected}: ${[...rules]}`);
    }
    const counted = mine.json.workers.reduce((n, w) => n + w.records, 0);
    assert.equal(counted, mine.json.records_checked, 'every checked record is counted under its practitioner');

    // The summary due here is the summary's own due (R25).
    const due = mine.json.records.find((r) => r.findings.some((f) => f.rule === 'r25.summary_due'));
    const summary = await api('team_manager', 'GET', `/api/v1/children/${due.child_id}/summary`);
    assert.equal(summary.status, 200, JSON.stringify(summary.json));
    assert.equal(summary.json.summary.due.due, true, JSON.stringify(summary.json.summary.due));

    // Only managers: a practitioner and an auditor are refused; a team manager sees only their team.
    assert.equal((await api('practitioner', 'GET', '/api/v1/compliance')).status, 403);
    assert.equal((await api('auditor', 'GET', '/api/v1/compliance')).status, 403);
    const all = await api('senior_manager', 'GET', '/api/v1/compliance');
    assert.ok(all.status === 200 || (all.status === 422 && all.json.error.field === 'team_id'), JSON.stringify(all.json));
    const other = await api('senior_manager', 'GET', `/api/v1/compliance?team_id=${encodeURIComponent(mine.json.team_id)}`);
    assert.equal(other.status, 200, 'a senior manager sees any team');
    assert.deepEqual(other.json.records.map((r) => r.child_id), mine.json.records.map((r) => r.child_id));

    // Counted per team: a senior manager every team, a team manager their own; the counts agree
    // with the team's own page.
    const teams = await api('senior_manager', 'GET', '/api/v1/compliance/teams');
    assert.equal(teams.status, 200, JSON.stringify(teams.json));
    assert.ok(teams.json.items.length >= 4, JSON.stringify(teams.json));
    const own = await api('team_manager', 'GET', '/api/v1/compliance/teams');
    assert.deepEqual(own.json.items.map((t) => t.team_id), [mine.json.team_id]);
    const counted_team = teams.json.items.find((t) => t.team_id === mine.json.team_id);
    assert.equal(counted_team.records, mine.json.records_checked, 'every open record of the team is counted');
    const sum = (key) => mine.json.workers.reduce((n, w) => n + w[key], 0);
    for (const key of ['summaries_due', 'assessments_overdue', 'actions_overdue', 'late_entries', 'parts_missing']) {
      assert.equal(counted_team[key], sum(key), key);
    }
    assert.equal((await api('practitioner', 'GET', '/api/v1/compliance/teams')).status, 403);

    // A cursor the server did not give out is refused, naming it.
    const bad = await api('team_manager', 'GET', '/api/v1/compliance?cursor=nonsense');
    assert.equal(bad.status, 400);
    assert.equal(bad.json.error.field, 'cursor');
  } finally {
    await env.stop();
  }
});
