// R25: an up-to-date Case Note Summary through the API: a practitioner writes a version whose key
// people are chosen from the record (a person not on it is refused, naming the field; empty parts
// are named all at once, nothing written), every version is kept, a significant event makes it
// due, and the Emergency Duty Team reads the out-of-hours view (the case notes with a reason).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';

test('R25: the case note summary through the API, and the out-of-hours view for the Emergency Duty Team', async () => {
  const env = await startDemo({ prefix: 'summary', children: 12 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'edt']) apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    const api = (role, ...args) => apis[role](...args);
    const list = await api('practitioner', 'GET', '/api/v1/children?limit=200');
    const child = list.json.items.find((c) => c.allocated_worker === env.user('practitioner').full_name
      && c.access !== 'reason_required' && c.status === 'open');
    assert.ok(child, 'the practitioner has a record of their own');
    const url = `/api/v1/children/${child.id}/summary`;
    const people = (await api('practitioner', 'GET', `/api/v1/children/${child.id}/people`)).json.items;
    assert.ok(people.length >= 1, 'the record has people');
    const before = (await api('practitioner', 'GET', `${url}/versions`)).json.items.length;

    // Bad input: every empty part named at once, and a key person not on the record refused.
    const empty = await api('practitioner', 'PUT', url, { pen_picture: ' ', key_people: [] });
    assert.equal(empty.status, 422, JSON.stringify(empty.json));
    assert.deepEqual(empty.json.error.errors.map((e) => e.field).sort(),
      ['pen_picture', 'safety_plan', 'what_helps', 'worries']);
    const stranger = await api('practitioner', 'PUT', url, {
      pen_picture: 'Amy is 7', worries: 'School', what_helps: 'Nan', safety_plan: 'Call Nan',
      key_people: [{ person_id: people[0].id }, { person_id: 'not-on-this-record' }],
    });
    assert.equal(stranger.status, 422);
    assert.equal(stranger.json.error.field, 'key_people[1].person_id');
    assert.match(stranger.json.error.message, /not on the child’s record/);
    const notSafe = await api('practitioner', 'PUT', url, {
      pen_picture: 'Amy is 7', worries: 'School', what_helps: 'Nan', safety_plan: 'Call Nan',
      key_people: [{ person_id: people[0].id, safety: 'not_safe' }],
    });
    assert.equal(notSafe.status, 422);
    assert.equal(notSafe.json.error.field, 'key_people[0].note');
    assert.equal((await api('practitioner', 'GET', `${url}/versions`)).json.items.length, before, 'nothing written');

    // A new version: its key people carry the person's phone and email from the People tab.
    const written = await api('practitioner', 'PUT', url, {
      pen_picture: 'Amy is 7 and loves drawing.', worries: 'Arguments at home at night.',
      what_helps: 'Nan visits every day.', safety_plan: 'If there is an argument, Mum takes Amy to Nan and rings us.',
      contingency_plan: 'The Emergency Duty Team finds an emergency foster placement.',
      key_people: [{ person_id: people[0].id, safety: 'safe', note: 'Amy lives with her' }],
    });
    assert.equal(written.status, 200, JSON.stringify(written.json));
    assert.equal(written.json.current.version, before + 1);
    assert.equal(written.json.current.recorded_by, env.user('practitioner').full_name);
    assert.equal(written.json.key_people[0].full_name, people[0].full_name);
    assert.equal(written.json.key_people[0].phone, people[0].phone ?? null);
    assert.equal(written.json.due.rule, 'summary.due');
    assert.equal(written.json.due.due, false, JSON.stringify(written.json.due));
    const versions = (await api('practitioner', 'GET', `${url}/versions`)).json.items;
    assert.equal(versions.length, before + 1);
    assert.equal(versions[0].key_people[0].person_id, people[0].id);

    // A significant event after it: the summary is due, and says why (R25).
    const event = await api('practitioner', 'POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'case_note', occurred_at: new Date(Date.now() - 60_000).toISOString(), title: 'Police attended the home',
      body: 'The police attended after a neighbour heard shouting.', significant: true,
    });
    assert.equal(event.status, 201, JSON.stringify(event.json));
    const due = (await api('practitioner', 'GET', url)).json.summary.due;
    assert.equal(due.due, true);
    assert.equal(due.trigger, 'significant_change');
    assert.match(due.reason, /significant event/);

    // The Emergency Duty Team: the summary, contacts and plans at once; the notes need a reason.
    const edt = await api('edt', 'GET', url);
    assert.equal(edt.status, 200, JSON.stringify(edt.json));
    assert.equal(edt.json.summary.current.safety_plan, 'If there is an argument, Mum takes Amy to Nan and rings us.');
    assert.equal(edt.json.summary.key_people[0].safety, 'safe');
    assert.equal(edt.json.allocated_worker, env.user('practitioner').full_name);
    assert.equal(edt.json.latest_entries, null);
    assert.equal(edt.json.latest_entries_need_reason, true);
    const withReason = await api('edt', 'GET', url, undefined, { reason: 'Police called out of hours' });
    assert.equal(withReason.status, 200);
    assert.equal(withReason.json.latest_entries.length, 3);
    assert.equal(withReason.json.latest_entries[0].title, 'Police attended the home');
    // The duty worker changes the safety plan at night only with a reason, and the version says who.
    const current = edt.json.summary.current;
    const nightly = { pen_picture: current.pen_picture, worries: current.worries, what_helps: current.what_helps,
      safety_plan: 'Mum and Amy stay at Nan’s until the allocated worker visits.', contingency_plan: current.contingency_plan,
      key_people: edt.json.summary.key_people.map((k) => ({ person_id: k.person_id, safety: k.safety, note: k.note })) };
    const noReason = await api('edt', 'PUT', url, nightly);
    assert.equal(noReason.status, 403);
    assert.equal(noReason.json.error.code, 'reason_required');
    const edtWrite = await api('edt', 'PUT', url, nightly, { reason: 'Police called out of hours' });
    assert.equal(edtWrite.status, 200, JSON.stringify(edtWrite.json));
    const latest = (await api('practitioner', 'GET', `${url}/versions`)).json.items[0];
    assert.equal(latest.recorded_by, env.user('edt').full_name, JSON.stringify(latest));

    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
