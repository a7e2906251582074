// R20, R23, R27, R37, R38: the Child and Family Assessment through the API on the real server:
// a practitioner starts one (due 45 working days after the referral), saves versions with the
// views of the child and a parent and the support they had, completes it once every section is
// written (the missing ones named at once before) and cannot authorise it; a manager returns it
// with reasons; a manager who wrote part of it may not authorise it, another manager does, with
// reasons; an authorised assessment cannot be changed; verify replays it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';

test('R20 R23 R27 R37 R38: start, save versions, complete, authorise; every error at once', async () => {
  const env = await startDemo({ prefix: 'assessment', children: 16 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'team_manager', 'senior_manager']) apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    const api = (role, method, url, body, options) => apis[role](method, url, body, options);
    const reason = 'Authorising the team assessment';

    // An open record of the practitioner's with no unfinished assessment.
    const list = await api('practitioner', 'GET', '/api/v1/children?limit=200');
    let child;
    for (const c of list.json.items.filter((c) => c.access === 'full' && c.status === 'open')) {
      const got = await api('practitioner', 'GET', `/api/v1/children/${c.id}/assessments`);
      assert.equal(got.status, 200, got.text);
      if (got.json.items.every((a) => a.status === 'authorised')) { child = (await api('practitioner', 'GET', `/api/v1/children/${c.id}`)).json; break; }
    }
    assert.ok(child, 'the practitioner has an open record without an unfinished assessment');

    // Bad input: nothing is written.
    const future = await api('practitioner', 'POST', `/api/v1/children/${child.id}/assessments`, { started_on: '2999-01-01' });
    assert.equal(future.status, 422);
    assert.equal(future.json.error.field, 'started_on');

    const started = await api('practitioner', 'POST', `/api/v1/children/${child.id}/assessments`, {});
    assert.equal(started.status, 201, started.text);
    const a = started.json;
    assert.equal(a.status, 'in_progress');
    assert.equal(a.referral_received_on, child.referral.received_on);
    assert.ok(a.due_on > child.referral.received_on, 'due after the referral');
    const again = await api('practitioner', 'POST', `/api/v1/children/${child.id}/assessments`, {});
    assert.equal(again.status, 409, 'one unfinished assessment at a time');

    // R20: completing names every missing section at once.
    const early = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/completion`);
    assert.equal(early.status, 422, early.text);
    assert.deepEqual(early.json.error.errors.map((e) => e.field),
      ['developmental_needs', 'parenting_capacity', 'family_environment', 'views', 'analysis', 'outcome', 'recommendation']);

    // R37, R38: every problem of the views at once, named.
    const badViews = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/versions`,
      { views: [{ whose: 'someone', words: '', agrees: 'maybe', support: ['other'] }] });
    assert.equal(badViews.status, 422);
    assert.deepEqual(badViews.json.error.errors.map((e) => e.field),
      ['views[0].whose', 'views[0].words', 'views[0].agrees', 'views[0].support_other']);

    const people = (await api('practitioner', 'GET', `/api/v1/children/${child.id}/people`)).json.items;
    const parent = people[0];
    const first = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/versions`, {
      expected_version: 0,
      developmental_needs: 'Healthy, doing well at school, loves drawing.',
      views: [{ whose: 'child', words: 'I want my room to be warm.', agrees: 'yes', support: ['advocate'] }],
    });
    assert.equal(first.status, 200, first.text);
    assert.equal(first.json.version, 1);
    const views = [{ whose: 'child', words: 'I want my room to be warm.', agrees: 'yes', support: ['advocate'] }];
    if (parent) views.push({ whose: parent.person_id ?? parent.id, words: 'I want help with the flat.', agrees: 'partly', support: ['interpreter', 'other'], support_other: 'Her sister came too' });
    const second = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/versions`, {
      expected_version: 1,
      parenting_capacity: 'Loving care; evenings are hard when money is tight.',
      family_environment: 'A damp flat; Nan helps with school runs.',
      views,
      analysis: 'Worries about the damp and evenings; strengths in love and Nan’s help.',
      outcome: 'child_in_need',
      recommendation: 'A child in need plan for six months, because the family want help.',
    });
    assert.equal(second.status, 200, second.text);
    assert.equal(second.json.content.developmental_needs, 'Healthy, doing well at school, loves drawing.', 'kept from version 1');
    assert.equal(second.json.content.views[0].support[0], 'advocate');
    const stale = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/versions`, { expected_version: 1, analysis: 'x' });
    assert.equal(stale.status, 409, 'a save over a later version is refused');

    const done = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/completion`);
    assert.equal(done.status, 200, done.text);
    assert.equal(done.json.status, 'submitted');
    const blocked = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/versions`, { analysis: 'changed' });
    assert.equal(blocked.status, 409, 'nothing changes while a manager reads it');

    // R27: the practitioner cannot authorise; the manager needs reasons.
    const byWorker = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/authorisation`, { decision: 'authorise', reasons: 'Me' });
    assert.equal(byWorker.status, 403);
    const noReasons = await api('team_manager', 'POST', `/api/v1/assessments/${a.id}/authorisation`, { decision: 'approve' }, { reason });
    assert.equal(noReasons.status, 422, noReasons.text);
    assert.deepEqual(noReasons.json.error.errors.map((e) => e.field), ['decision', 'reasons']);
    // R27: the manager returns it with reasons; it is in progress again and says why.
    const returned = await api('team_manager', 'POST', `/api/v1/assessments/${a.id}/authorisation`,
      { decision: 'return', reasons: 'Please add what Nan thinks.' }, { reason });
    assert.equal(returned.status, 200, returned.text);
    assert.equal(returned.json.status, 'in_progress');
    assert.equal(returned.json.return_reasons, 'Please add what Nan thinks.');
    // A manager who writes part of it becomes an author: they may not authorise it (R27).
    const edited = await api('team_manager', 'POST', `/api/v1/assessments/${a.id}/versions`,
      { analysis: 'Worries about the damp and evenings; strengths in love and Nan’s help. Nan will help at bedtimes.' }, { reason });
    assert.equal(edited.status, 200, edited.text);
    assert.equal((await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/completion`)).status, 200);
    const own = await api('team_manager', 'POST', `/api/v1/assessments/${a.id}/authorisation`,
      { decision: 'authorise', reasons: 'Fine.' }, { reason });
    assert.equal(own.status, 403, own.text);
    assert.match(own.json.error.message, /another manager must authorise it/);
    const authorised = await api('senior_manager', 'POST', `/api/v1/assessments/${a.id}/authorisation`,
      { decision: 'authorise', reasons: 'Clear analysis; the family’s views are in their words.' }, { reason });
    assert.equal(authorised.status, 200, authorised.text);
    assert.equal(authorised.json.status, 'authorised');
    assert.equal(authorised.json.outcome, 'child_in_need');
    assert.equal(authorised.json.authorised_by, env.user('senior_manager').full_name);
    assert.equal(authorised.json.overdue, false);

    // An authorised assessment cannot be changed; every version is kept.
    const after = await api('practitioner', 'POST', `/api/v1/assessments/${a.id}/versions`, { analysis: 'later' });
    assert.equal(after.status, 409);
    assert.match(after.json.error.message, /cannot be changed/);
    const read = await api('practitioner', 'GET', `/api/v1/assessments/${a.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.json.versions.map((v) => v.version), [1, 2, 3]);
    assert.equal(read.json.versions[0].content.parenting_capacity, undefined);

    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
