// R2, R4 and R8 over the API: the child's identity (R2) changes from a date with how it
// was evidenced, a wrong NHS number is refused naming the field and writes nothing, and the
// identity "as at" an earlier date shows the old name; living arrangements and legal status
// (R4) need the order's date and court for a court order (R8), and section 20 means living away
// from home.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer, tinyPdf, apiClient } from '../support/server.mjs';
import { londonDate, addDays } from '../support/dates.mjs';

const env = useDemoServer({ prefix: 'identity', children: 10 }, setup);
let practitioner, token, api, child;

/** Runs in useDemoServer's before hook, once the demo server is up. */
async function setup() {
  const session = await env.session('practitioner');
  ({ user: practitioner, token, api } = session);
  child = await session.ownChild();
}

// Every date here is a calendar day before today on London's clock, today taken once from this
// instant (tests/support/dates.mjs), so the dates sent and the dates expected back always agree.
const NOW = new Date();
const isoDaysAgo = (n) => addDays(londonDate(NOW), -n);

test('R2: a wrong NHS number is refused naming changes.nhs_number.value, and nothing is written', async () => {
  const before = await api('GET', `/api/v1/children/${child.id}/identity`);
  assert.equal(before.status, 200, before.text);
  const refused = await api('POST', `/api/v1/children/${child.id}/identity`, {
    effective_from: isoDaysAgo(3),
    changes: { full_name: { value: 'Someone Else' }, nhs_number: { value: '943 476 5918' } },
  });
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.json.error.field, 'changes.nhs_number.value');
  assert.match(refused.json.error.message, /^Enter a valid NHS number/);
  const after = await api('GET', `/api/v1/children/${child.id}/identity`);
  assert.equal(after.json.history.length, before.json.history.length);
  assert.equal(after.json.identity.full_name.value, before.json.identity.full_name.value);
});

test('R2: a name change with its evidence is kept; as_at an earlier date shows the old name', async () => {
  const old = await api('GET', `/api/v1/children/${child.id}/identity`);
  const oldName = old.json.identity.full_name.value;
  const from = isoDaysAgo(10);
  const changed = await api('POST', `/api/v1/children/${child.id}/identity`, {
    effective_from: from,
    reason: 'Adoption order made',
    changes: {
      full_name: { value: 'Robin Newname', evidence: 'adoption certificate seen', evidenced_by: 'Sam Patel', evidenced_on: isoDaysAgo(1) },
      nhs_number: { value: '943 476 5919' },
    },
  });
  assert.equal(changed.status, 201, changed.text);
  assert.equal(changed.json.identity.full_name.value, 'Robin Newname');
  assert.deepEqual(changed.json.identity.full_name.evidence, { how: 'adoption certificate seen', by: 'Sam Patel', on: isoDaysAgo(1) });
  assert.equal(changed.json.identity.full_name.effective_from, from);
  assert.equal(changed.json.identity.nhs_number.value, '9434765919');
  const last = changed.json.history.at(-1);
  assert.equal(last.reason, 'Adoption order made');
  assert.equal(last.recorded_by, practitioner.full_name);

  const earlier = await api('GET', `/api/v1/children/${child.id}/identity?as_at=${isoDaysAgo(11)}`);
  assert.equal(earlier.status, 200, earlier.text);
  assert.equal(earlier.json.identity.full_name.value, oldName);
  assert.equal(earlier.json.as_at, isoDaysAgo(11));

  // The record and the children search show the new name.
  const record = await api('GET', `/api/v1/children/${child.id}`);
  assert.equal(record.json.full_name, 'Robin Newname');
  const found = await api('GET', '/api/v1/children?q=newname');
  assert.ok(found.json.items.some((c) => c.id === child.id), found.text);

  const bad = await api('GET', `/api/v1/children/${child.id}/identity?as_at=yesterday`);
  assert.equal(bad.status, 422, bad.text);
  assert.equal(bad.json.error.field, 'as_at');
});

test('R2: a back-dated correction does not replace a later name', async () => {
  const corrected = await api('POST', `/api/v1/children/${child.id}/identity`, {
    effective_from: isoDaysAgo(400),
    reason: 'Spelling corrected: birth certificate seen',
    changes: { full_name: { value: 'Robyn Oldname' } },
  });
  assert.equal(corrected.status, 201, corrected.text);
  assert.equal(corrected.json.identity.full_name.value, 'Robin Newname');
  const record = await api('GET', `/api/v1/children/${child.id}`);
  assert.equal(record.json.full_name, 'Robin Newname');
  const then = await api('GET', `/api/v1/children/${child.id}/identity?as_at=${isoDaysAgo(399)}`);
  assert.equal(then.json.identity.full_name.value, 'Robyn Oldname');
});

test('R4/R8: an interim care order needs its court and date; section 20 is refused at home', async () => {
  const url = `/api/v1/children/${child.id}/living-arrangements`;
  const before = await api('GET', url);
  assert.equal(before.status, 200, before.text);
  const foster = {
    effective_from: isoDaysAgo(5), place_kind: 'foster_care', place: 'Foster carers in Kingsmere',
    with_whom: 'Jo and Sam (foster carers)', legal_status: 'interim_care_order',
  };
  const noOrder = await api('POST', url, foster);
  assert.equal(noOrder.status, 422, noOrder.text);
  assert.equal(noOrder.json.error.field, 'order');
  const noCourt = await api('POST', url, { ...foster, order: { made_on: isoDaysAgo(5) } });
  assert.equal(noCourt.status, 422, noCourt.text);
  assert.equal(noCourt.json.error.field, 'order.court');
  const badDocument = await api('POST', url, { ...foster, order: { made_on: isoDaysAgo(5), court: 'Family Court at Leeds', document_id: 'not-an-id' } });
  assert.equal(badDocument.status, 422, badDocument.text);
  assert.equal(badDocument.json.error.field, 'order.document_id');
  const home20 = await api('POST', url, { effective_from: isoDaysAgo(5), place_kind: 'home', legal_status: 'section_20' });
  assert.equal(home20.status, 422, home20.text);
  assert.equal(home20.json.error.field, 'legal_status');
  const unchanged = await api('GET', url);
  assert.equal(unchanged.json.history.length, before.json.history.length, 'refusals write nothing');

  const saved = await api('POST', url, { ...foster, order: { made_on: isoDaysAgo(5), court: 'Family Court at Leeds' } });
  assert.equal(saved.status, 201, saved.text);
  assert.equal(saved.json.current.legal_status, 'interim_care_order');
  assert.equal(saved.json.current.legal_status_label, 'Interim care order');
  assert.match(saved.json.current.legal_status_explanation, /temporary court order/);
  assert.deepEqual(saved.json.current.order, { made_on: isoDaysAgo(5), court: 'Family Court at Leeds', document_id: null });
  assert.equal(saved.json.history[0].id, saved.json.current.id, 'newest first');
  assert.equal(saved.json.history.length, before.json.history.length + 1);

  // R8: the sealed order can be named from the child's documents; an id that is not one of them
  // is refused.
  const unknown = await api('POST', url, { ...foster, order: { made_on: isoDaysAgo(5), court: 'Family Court at Leeds', document_id: '3f2b8c1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e' } });
  assert.equal(unknown.status, 422, unknown.text);
  assert.equal(unknown.json.error.field, 'order.document_id');
  const form = new FormData();
  for (const [k, v] of Object.entries({ kind: 'court_order', title: 'Interim care order', dated: isoDaysAgo(5) })) form.append(k, v);
  form.append('file', new Blob([tinyPdf('Interim care order - fictional')], { type: 'application/pdf' }), 'order.pdf');
  const uploaded = await fetch(`${env.server.url}/api/v1/children/${child.id}/documents`, {
    method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  const document = await uploaded.json();
  assert.equal(uploaded.status, 201, JSON.stringify(document));
  const linked = await api('POST', url, { ...foster, order: { made_on: isoDaysAgo(5), court: 'Family Court at Leeds', document_id: document.id } });
  assert.equal(linked.status, 201, linked.text);
  assert.equal(linked.json.current.order.document_id, document.id);

  // A move recorded late, from an earlier date, does not replace where the child lives now.
  const late = await api('POST', url, { effective_from: isoDaysAgo(20), place_kind: 'home', legal_status: 'no_order' });
  assert.equal(late.status, 201, late.text);
  assert.equal(late.json.current.id, linked.json.current.id);
});

test('R2/R20: the child\'s sex is recorded from a date, refused when unknown, and draws the child on the genogram', async () => {
  const url = `/api/v1/children/${child.id}/identity`;
  const before = await api('GET', url);
  assert.equal(before.status, 200, before.text);
  // An unknown value is refused naming the field, with every other problem, and writes nothing.
  const refused = await api('POST', url, {
    effective_from: isoDaysAgo(2),
    changes: { sex: { value: 'boy' }, nhs_number: { value: '943 476 5918' } },
  });
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.json.error.field, 'changes.sex.value');
  assert.match(refused.json.error.message, /male, female, other or not known/);
  const unchanged = await api('GET', url);
  assert.equal(unchanged.json.history.length, before.json.history.length, 'a refusal writes nothing');

  const recorded = await api('POST', url, {
    effective_from: isoDaysAgo(30),
    reason: 'Birth certificate seen',
    changes: { sex: { value: 'female', evidence: 'birth certificate seen', evidenced_by: 'Sam Patel', evidenced_on: isoDaysAgo(1) } },
  });
  assert.equal(recorded.status, 201, recorded.text);
  assert.equal(recorded.json.identity.sex.value, 'female');
  assert.equal(recorded.json.identity.sex.effective_from, isoDaysAgo(30));
  assert.deepEqual(recorded.json.history.at(-1).changes.sex.evidence, { how: 'birth certificate seen', by: 'Sam Patel', on: isoDaysAgo(1) });
  const read = await api('GET', url);
  assert.equal(read.json.identity.sex.value, 'female');

  // R20: the child at the centre of the genogram is drawn as a circle (Graphviz's ellipse), then,
  // recorded male from a later date, as a square; as at the earlier date still a circle.
  const childGroup = (svg) => {
    const at = svg.indexOf(`id="person&#45;${child.id.replaceAll('-', '&#45;')}"`);
    assert.ok(at >= 0, 'the child is drawn');
    return svg.slice(at, svg.indexOf('</g>', at));
  };
  const svgOf = apiClient(env.server.url, token, { parse: 'lenient' });  // the drawing is not JSON
  const drawn = await svgOf('GET', `/api/v1/children/${child.id}/genogram.svg`);
  assert.equal(drawn.status, 200, drawn.text);
  assert.match(childGroup(drawn.text), /<ellipse/);
  const male = await api('POST', url, { effective_from: isoDaysAgo(5), changes: { sex: { value: 'male' } } });
  assert.equal(male.status, 201, male.text);
  assert.equal(male.json.identity.sex.value, 'male');
  const square = await svgOf('GET', `/api/v1/children/${child.id}/genogram.svg`);
  assert.doesNotMatch(childGroup(square.text), /<ellipse/);
  assert.match(childGroup(square.text), /<polygon/);
  const then = await svgOf('GET', `/api/v1/children/${child.id}/genogram.svg?as_at=${isoDaysAgo(10)}`);
  assert.match(childGroup(then.text), /<ellipse/);
});
