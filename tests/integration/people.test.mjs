// R3, R5, R7, R13 over the API: the people around the child. R3 everyone living in the home with
// parental responsibility and its basis; R5 important people of the child and of the parents with
// contact details; R7 family time; R13 private providers; the same person linked to brothers' and
// sisters' records without a copy; R18 key changes on a visit update the household's history in
// the same save, and a contradicting change refuses the whole visit and writes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer, runVerify } from '../support/server.mjs';
import { earlier, londonDate, addDays, HOUR } from '../support/dates.mjs';

const env = useDemoServer({ prefix: 'people', children: 8 }, setup);
let api, firstContactToken, worker, sisterA, sisterB;

// Every date and time here comes from this one instant (tests/support/dates.mjs): dates are
// calendar days before today on London's clock, so a move "a day ago" is never after a visit
// "an hour ago", even just after midnight.
const NOW = new Date();
const daysAgo = (n) => addDays(londonDate(NOW), -n);
const hourAgo = () => earlier(NOW, HOUR).toISOString();

async function openRecord(fullName, teamId, workerId) {
  const r = await api('POST', '/api/v1/children', {
    full_name: fullName, date_of_birth: '2016-05-04', team_id: teamId, allocated_worker_id: workerId,
    referral: { received_on: daysAgo(30), source: 'School', reason: 'Worried about home.' },
  }, { token: firstContactToken });
  assert.equal(r.status, 201, r.text);
  return r.json;
}

async function people(childId) {
  const r = await api('GET', `/api/v1/children/${childId}/people`);
  assert.equal(r.status, 200, r.text);
  return r.json.items;
}

/** Runs in useDemoServer's before hook, once the demo server is up. */
async function setup() {
  const session = await env.session('practitioner');
  api = session.api;
  firstContactToken = (await env.session('first_contact')).token;
  const own = await session.ownChild();
  worker = (await api('GET', `/api/v1/children/${own.id}`)).json;
  // Two sisters, both on the practitioner's caseload.
  sisterA = await openRecord('Maya Okonjo', worker.team_id, worker.allocated_worker_id);
  sisterB = await openRecord('Zara Okonjo', worker.team_id, worker.allocated_worker_id);
}

let mother;

test('R3: a person with parental responsibility on a basis, living in the home, is shown with the basis in words', async () => {
  const r = await api('POST', `/api/v1/children/${sisterA.id}/people`, {
    full_name: 'Grace Okonjo', relationship: 'mother', important_to: 'child',
    contact: { phone: '07700 900111', email: 'grace@example.org', address: '4 Mill Lane, Kingsmere' },
    home_periods: [{ moved_in: '2016-05-04' }],
    parental_responsibility: { holds: true, basis: 'birth_mother', since: '2016-05-04' },
  });
  assert.equal(r.status, 201, r.text);
  mother = r.json;
  assert.equal(mother.parental_responsibility, true);
  assert.equal(mother.parental_responsibility_basis, 'birth_mother');
  assert.equal(mother.parental_responsibility_basis_label, 'Birth mother');
  assert.equal(mother.lives_in_home, true);
  assert.deepEqual(mother.home_periods, [{ moved_in: '2016-05-04', moved_out: null }]);
  assert.equal(mother.phone, '07700 900111');
  const listed = (await people(sisterA.id)).find((p) => p.link_id === mother.link_id);
  assert.equal(listed.parental_responsibility_basis_label, 'Birth mother');
  assert.equal(listed.relationship_label, 'Mother');
});

test('R3: a basis that does not fit the relationship is refused, naming the field, and writes nothing', async () => {
  const before = (await people(sisterA.id)).length;
  const r = await api('POST', `/api/v1/children/${sisterA.id}/people`, {
    full_name: 'Kofi Okonjo', relationship: 'father', parental_responsibility: { holds: true, basis: 'birth_mother' },
  });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.error.field, 'parental_responsibility.basis');
  assert.equal((await people(sisterA.id)).length, before);
});

test('an unknown person_id is refused naming person_id', async () => {
  const r = await api('POST', `/api/v1/children/${sisterA.id}/people`, {
    person_id: '00000000-0000-4000-8000-000000000000', relationship: 'aunt',
  });
  assert.equal(r.status, 422, r.text);
  assert.equal(r.json.error.field, 'person_id');
});

test('R5: important people of the parents are kept with their contact details', async () => {
  const r = await api('POST', `/api/v1/children/${sisterA.id}/people`, {
    full_name: 'Ruth Adeyemi', relationship: 'friend', important_to: 'parents',
    contact: { phone: '0161 496 0222', email: 'ruth@example.org' },
  });
  assert.equal(r.status, 201, r.text);
  const ruth = (await people(sisterA.id)).find((p) => p.full_name === 'Ruth Adeyemi');
  assert.equal(ruth.important_to, 'parents');
  assert.equal(ruth.email, 'ruth@example.org');
  assert.equal(ruth.lives_in_home, false);
});

test('R3/R32: the same person is linked to a sister\'s record without a copy', async () => {
  const linked = await api('POST', `/api/v1/children/${sisterB.id}/people`, {
    person_id: mother.id, relationship: 'mother', home_periods: [{ moved_in: '2016-05-04' }],
    parental_responsibility: { holds: true, basis: 'birth_mother' },
  });
  assert.equal(linked.status, 201, linked.text);
  assert.equal(linked.json.id, mother.id, 'one person, two links');
  assert.notEqual(linked.json.link_id, mother.link_id);
  // Linked twice to the same record: refused.
  const twice = await api('POST', `/api/v1/children/${sisterB.id}/people`, { person_id: mother.id, relationship: 'mother' });
  assert.equal(twice.status, 422, twice.text);
  assert.equal(twice.json.error.field, 'person_id');
  // The sisters share a mother, so Maya's other people are offered on Zara's record.
  const offered = await api('GET', `/api/v1/children/${sisterB.id}/people/from-siblings`);
  assert.equal(offered.status, 200, offered.text);
  const ruth = offered.json.items.find((p) => p.full_name === 'Ruth Adeyemi');
  assert.ok(ruth, offered.text);
  assert.equal(ruth.on_record_of.child_id, sisterA.id);
  assert.ok(!offered.json.items.some((p) => p.id === mother.id), 'people already on the record are not offered');
  // A change of contact details on one record shows on the other: there is one person.
  const changed = await api('POST', `/api/v1/children/${sisterB.id}/people/${linked.json.link_id}`, {
    contact: { phone: '07700 900999' },
  });
  assert.equal(changed.status, 200, changed.text);
  const onA = (await people(sisterA.id)).find((p) => p.id === mother.id);
  assert.equal(onA.phone, '07700 900999');
  assert.equal(onA.email, 'grace@example.org', 'details not given are kept');
});

function visit(keyChanges) {
  return {
    kind: 'visit', occurred_at: hourAgo(), title: 'Home visit', body: 'Planned home visit.',
    visit: {
      place: 'At home', who_was_there: [{ name: 'Grace', role: 'Mother' }], purpose: 'Planned visit',
      interpreter_used: false, child_seen: true, seen_alone: true,
      discussed_and_seen: 'We talked about the changes at home.', childs_words: '"Mum has moved to Nan\'s."',
      key_changes: keyChanges,
      analysis: { worrying: 'Maya misses her mum.', helping: 'Nan lives close by.', needs_to_happen: 'Arrange family time.' },
    },
  };
}

async function entryCount(childId) {
  const r = await api('GET', `/api/v1/children/${childId}/entries?limit=200`);
  return r.json.items.length;
}

test('R18: a visit whose key change moves someone out updates the household in the same save', async () => {
  const saved = await api('POST', `/api/v1/children/${sisterA.id}/entries`,
    visit([{ change: 'moved_out', person_id: mother.id, on: daysAgo(2) },
           { change: 'moved_in', name: 'Dean Marsh', role: 'parents_partner', on: daysAgo(1) }]));
  assert.equal(saved.status, 201, saved.text);
  const household = await people(sisterA.id);
  const grace = household.find((p) => p.id === mother.id);
  assert.equal(grace.lives_in_home, false);
  assert.deepEqual(grace.home_periods, [{ moved_in: '2016-05-04', moved_out: daysAgo(2) }]);
  assert.equal(grace.parental_responsibility, true, 'moving out does not end parental responsibility');
  const dean = household.find((p) => p.full_name === 'Dean Marsh');
  assert.ok(dean, 'someone named on the visit who moved in is added to the record');
  assert.equal(dean.relationship, 'parents_partner');
  assert.equal(dean.lives_in_home, true);
  assert.equal(saved.json.details.household_changes[1].person_id, dean.id);
  const changes = await api('GET', `/api/v1/children/${sisterA.id}/people/changes`);
  assert.equal(changes.status, 200, changes.text);
  const change = changes.json.items.find((c) => c.link_id === mother.link_id);
  assert.equal(change.entry_id, saved.json.id);
  assert.deepEqual(change.changed, ['home_periods']);
  // Zara's record has its own link to Grace, unchanged by Maya's visit.
  assert.equal((await people(sisterB.id)).find((p) => p.id === mother.id).lives_in_home, true);
});

test('R18: a contradicting key change refuses the whole visit and writes nothing', async () => {
  const entries = await entryCount(sisterA.id);
  const changes = (await api('GET', `/api/v1/children/${sisterA.id}/people/changes`)).json.items.length;
  const refused = await api('POST', `/api/v1/children/${sisterA.id}/entries`,
    visit([{ change: 'moved_in', name: 'Ola Marsh', on: daysAgo(1) },
           { change: 'moved_out', person_id: mother.id, on: daysAgo(1) }]));
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.json.error.field, 'visit.key_changes[1]');
  assert.equal(await entryCount(sisterA.id), entries);
  assert.equal((await api('GET', `/api/v1/children/${sisterA.id}/people/changes`)).json.items.length, changes);
  assert.ok(!(await people(sisterA.id)).some((p) => p.full_name === 'Ola Marsh'), 'the person in the refused visit was not added');
});

test('R3: changing a link is a new version with history; contradictions and no-ops are refused', async () => {
  const contradiction = await api('POST', `/api/v1/children/${sisterA.id}/people/${mother.link_id}`, {
    home_move: { change: 'moved_out', on: daysAgo(0) },
  });
  assert.equal(contradiction.status, 422, contradiction.text);
  assert.equal(contradiction.json.error.field, 'home_move');
  const nothing = await api('POST', `/api/v1/children/${sisterA.id}/people/${mother.link_id}`, { important_to: 'child' });
  assert.equal(nothing.status, 422, nothing.text);
  const back = await api('POST', `/api/v1/children/${sisterA.id}/people/${mother.link_id}`, {
    home_move: { change: 'moved_in', on: daysAgo(0) }, reason: 'Grace came home',
  });
  assert.equal(back.status, 200, back.text);
  assert.equal(back.json.lives_in_home, true);
  assert.equal(back.json.home_periods.length, 2);
  assert.equal(back.json.version, 3);
});

test('R7: family time with people on the record and others by name', async () => {
  const bad = await api('POST', `/api/v1/children/${sisterA.id}/family-time`, {
    with: [{ person_id: '00000000-0000-4000-8000-000000000000' }], how_often: 'Weekly', support: 'supervised', starts_on: daysAgo(3),
  });
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.json.error.field, 'with[0].person_id');
  const r = await api('POST', `/api/v1/children/${sisterA.id}/family-time`, {
    with: [{ person_id: mother.id }, { name: 'Nan Okonjo' }], how_often: 'Every Saturday afternoon',
    where: 'The family centre', support: 'supported', starts_on: daysAgo(3), childs_views: 'I want more time with Nan.',
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.with[0].full_name, 'Grace Okonjo');
  const listed = await api('GET', `/api/v1/children/${sisterA.id}/family-time`);
  assert.equal(listed.json.items.length, 1);
  assert.equal(listed.json.items[0].support, 'supported');
});

test('R13: private providers such as an independent fostering agency', async () => {
  const bad = await api('POST', `/api/v1/children/${sisterA.id}/private-providers`, {
    provider_name: 'Horizon Fostering', kind: 'independent_fostering_agency', ofsted_urn: 'X1', arrangement: 'Foster carers', starts_on: daysAgo(10),
  });
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.json.error.field, 'ofsted_urn');
  const r = await api('POST', `/api/v1/children/${sisterA.id}/private-providers`, {
    provider_name: 'Horizon Fostering', kind: 'independent_fostering_agency', ofsted_urn: 'SC123456', arrangement: 'Foster carers', starts_on: daysAgo(10),
  });
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.kind_label, 'Independent fostering agency');
  const listed = await api('GET', `/api/v1/children/${sisterA.id}/private-providers`);
  assert.deepEqual(listed.json.items.map((p) => p.provider_name), ['Horizon Fostering']);
});

test('R20: a person\'s details belong to the person (every record linking them sees them), each change a new version; relationships stay on their record', async () => {
  const onA = (await people(sisterA.id)).find((p) => p.id === mother.id);
  const first = await api('POST', `/api/v1/children/${sisterA.id}/people/${onA.link_id}/details`, { sex: 'female', born_on: '1988-03-04' });
  assert.equal(first.status, 200, first.text);
  assert.deepEqual({ ...first.json.details, recorded_at: undefined },
    { sex: 'female', born_on: '1988-03-04', birth_order: 0, died: false, died_on: null, version: 1, recorded_at: undefined });
  const onB = (await people(sisterB.id)).find((p) => p.id === mother.id);
  assert.equal(onB.details.born_on, '1988-03-04', 'the same person on the sister\'s record');
  // A link of another record, on this record's path: not found, nothing written.
  const wrong = await api('POST', `/api/v1/children/${sisterA.id}/people/${onB.link_id}/details`, { sex: 'male' });
  assert.equal(wrong.status, 404, wrong.text);
  const second = await api('POST', `/api/v1/children/${sisterB.id}/people/${onB.link_id}/details`, { sex: 'female', born_on: '1988-03-05' });
  assert.equal(second.json.details.version, 2);
  assert.equal((await people(sisterA.id)).find((p) => p.id === mother.id).details.born_on, '1988-03-05');

  const dad = await api('POST', `/api/v1/children/${sisterA.id}/people`, { full_name: 'Kofi Okonjo', relationship: 'father' });
  assert.equal(dad.status, 201, dad.text);
  for (const [kind, starts] of [['living_together', '2010-01-01'], ['separated', daysAgo(40)]]) {
    const r = await api('POST', `/api/v1/children/${sisterA.id}/partnerships`,
      { first_person_id: mother.id, second_person_id: dad.json.id, kind, starts_on: starts });
    assert.equal(r.status, 201, r.text);
  }
  const onRecord = await api('GET', `/api/v1/children/${sisterA.id}/partnerships`);
  assert.deepEqual(onRecord.json.items.map((r) => r.kind_label), ['Living together', 'Separated']);
  assert.deepEqual((await api('GET', `/api/v1/children/${sisterB.id}/partnerships`)).json.items, []);
  // Someone on the sister's record only is not on this one.
  const notHere = await api('POST', `/api/v1/children/${sisterB.id}/partnerships`,
    { first_person_id: mother.id, second_person_id: dad.json.id, kind: 'married', starts_on: '2012-01-01' });
  assert.equal(notHere.status, 422, notHere.text);
  assert.equal(notHere.json.error.field, 'second_person_id');
});

test('verify replays every people event', async () => {
  const { code, stdout: out, stderr } = await runVerify(env.demo.dbUrl);
  assert.equal(code, 0, out + stderr);
  assert.match(out, /^OK: .*: \d+ events/m, out);
});

test('the OpenAPI document describes the people endpoints', async () => {
  const doc = await (await fetch(`${env.server.url}/api/v1/openapi.json`)).json();
  for (const [p, methods] of [['/api/v1/children/{id}/people', ['get', 'post']], ['/api/v1/children/{id}/people/{link_id}', ['post']],
    ['/api/v1/children/{id}/people/changes', ['get']], ['/api/v1/children/{id}/people/from-siblings', ['get']],
    ['/api/v1/children/{id}/family-time', ['get', 'post']], ['/api/v1/children/{id}/private-providers', ['get', 'post']],
    ['/api/v1/children/{id}/people/{link_id}/details', ['post']], ['/api/v1/children/{id}/partnerships', ['get', 'post']]]) {
    for (const m of methods) {
      assert.ok(doc.paths[p]?.[m], `OpenAPI has ${m} ${p}`);
      assert.ok(Array.isArray(doc.paths[p][m].parameters), `${m} ${p} lists its parameters`);
    }
  }
  assert.ok(doc.components.schemas.Person.properties.parental_responsibility_basis_label);
  // R20: the details and relationships, described once (person_details_views.cc).
  assert.deepEqual(doc.components.schemas.PersonDetails.properties.sex.enum, ['male', 'female', 'other', 'not_known']);
  assert.ok(doc.components.schemas.Partnership.properties.kind.enum.includes('divorced'));
});
