// R24: the child's plan over the API — started, goals and actions (who will do what by when, for
// which goal), a review meeting with the views in people's own words, progress on each goal,
// decisions and next steps, then ended; bad input names every field at once and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';
import { londonDate, addDays } from '../support/dates.mjs';

// Every date here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

test('R24: a plan with goals, actions and a review, then ended; bad input changes nothing', async () => {
  const env = await startDemo({ prefix: 'plan', children: 8 });
  try {
    const { api } = await env.session('practitioner', { parse: 'empty-ok' });
    const today = londonDate(NOW);
    const list = await api('GET', '/api/v1/children?limit=200');
    // A record of the worker's own with no child in need plan in force.
    let child = null;
    for (const c of list.json.items.filter((x) => x.access === 'full' && x.status === 'open')) {
      const plans = await api('GET', `/api/v1/children/${c.id}/plan`);
      assert.equal(plans.status, 200, JSON.stringify(plans.json));
      if (!plans.json.items.some((p) => p.kind === 'child_in_need' && p.in_force)) { child = c; break; }
    }
    assert.ok(child, 'a record without a child in need plan');

    const bad = await api('POST', `/api/v1/children/${child.id}/plan`, { kind: 'family_plan', started_on: '2999-01-01' });
    assert.equal(bad.status, 422);
    assert.deepEqual(bad.json.error.errors.map((e) => e.field).sort(), ['kind', 'started_on']);

    const started = await api('POST', `/api/v1/children/${child.id}/plan`, { kind: 'child_in_need', started_on: addDays(today, -30) });
    assert.equal(started.status, 201, JSON.stringify(started.json));
    const planId = started.json.id;
    assert.equal(started.json.in_force, true);
    const again = await api('POST', `/api/v1/children/${child.id}/plan`, { kind: 'child_in_need', started_on: today });
    assert.equal(again.status, 422, 'one plan of a kind in force');
    assert.equal(again.json.error.field, 'kind');

    await api('POST', `/api/v1/plans/${planId}/goals`, { title: 'Sam goes to school every day' });
    const goals = await api('POST', `/api/v1/plans/${planId}/goals`, { title: 'Sam sees the dentist' });
    assert.equal(goals.status, 201);
    const [g1, g2] = goals.json.goals.map((g) => g.id);

    // An action without an owner or a date, for a goal not on the plan: every error, nothing written.
    const noOwner = await api('POST', `/api/v1/plans/${planId}/actions`, { goal_id: 'not-a-goal', description: 'Call school' });
    assert.equal(noOwner.status, 422);
    assert.deepEqual(noOwner.json.error.errors.map((e) => e.field), ['goal_id', 'owner', 'due_on']);
    const late = await api('POST', `/api/v1/plans/${planId}/actions`, {
      goal_id: g1, description: 'Meet the school about attendance',
      owner: { kind: 'named', name: 'Pat Lee', role: 'school nurse' }, due_on: addDays(today, -2) });
    assert.equal(late.status, 201, JSON.stringify(late.json));
    const action = late.json.goals[0].actions[0];
    assert.equal(action.overdue, true, 'past its date and not done');

    // A review dated before the plan started, with no views: refused, naming each field.
    const early = await api('POST', `/api/v1/plans/${planId}/reviews`, {
      held_on: addDays(today, -60), attendees: [{ name: 'Jo Smith', role: 'mum' }], views: [],
      progress: [{ goal_id: g1, progress: 'Better' }], decisions: 'Continue' });
    assert.equal(early.status, 422);
    assert.deepEqual(early.json.error.errors.map((e) => e.field), ['held_on', 'views', `progress.${g2}`]);
    assert.equal((await api('GET', `/api/v1/plans/${planId}`)).json.reviews.length, 0, 'nothing written');

    const review = await api('POST', `/api/v1/plans/${planId}/reviews`, {
      held_on: addDays(today, -1),
      attendees: [{ name: 'Jo Smith', role: 'mum' }, { name: 'Pat Lee', role: 'school nurse' }],
      views: [{ whose: 'child', words: 'I like my new teacher' }, { whose: 'parent', name: 'Jo Smith', words: 'Mornings are calmer' }],
      progress: [{ goal_id: g1, progress: 'Sam went every day last week' }, { goal_id: g2, progress: 'Appointment booked' }],
      decisions: 'The plan continues for three months',
      changed_actions: [{ action_id: action.id, status: 'done' }],
      new_actions: [{ goal_id: g2, description: 'Take Sam to the dentist', owner: { kind: 'named', name: 'Jo Smith', role: 'mum' }, due_on: addDays(today, 14) }],
    });
    assert.equal(review.status, 201, JSON.stringify(review.json));
    assert.equal(review.json.reviews.length, 1);
    assert.equal(review.json.reviews[0].views[0].words, 'I like my new teacher');
    const done = review.json.goals[0].actions[0];
    assert.equal(done.status, 'done');
    assert.equal(done.version, 2);
    assert.equal(done.overdue, false);
    assert.equal(review.json.goals[1].actions.length, 1);

    const ended = await api('POST', `/api/v1/plans/${planId}/ending`, { ended_on: today, reason: 'Needs met' });
    assert.equal(ended.status, 200, JSON.stringify(ended.json));
    assert.equal(ended.json.in_force, false);
    assert.equal(ended.json.ended_on, today);
    const afterEnd = await api('POST', `/api/v1/plans/${planId}/reviews`, {
      held_on: today, attendees: [{ name: 'Jo Smith' }], views: [{ whose: 'child', words: 'OK' }],
      progress: [{ goal_id: g1, progress: 'x' }, { goal_id: g2, progress: 'y' }], decisions: 'Continue' });
    assert.equal(afterEnd.status, 409, 'a plan that has ended takes no review');
    assert.equal((await api('POST', `/api/v1/plans/${planId}/ending`, { ended_on: today, reason: 'Again' })).status, 409);

    const unknown = await api('GET', '/api/v1/plans/no-such-plan');
    assert.equal(unknown.status, 404);
    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
