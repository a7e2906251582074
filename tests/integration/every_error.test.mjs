// SPEC §4 "Bad input gets a clear error ... and changes nothing", and the project's rule that
// validation tells every error of an input at once: every form that takes input is posted with two
// or more problems; the error summary lists each of them and what was typed is still there.
// Forms with a single question (an access reason, the words we use, the training date) cannot have
// two problems and are proven by their own tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer, apiClient } from '../support/server.mjs';
import { webSession, csrfOf } from '../support/web_session.mjs';

const env = useDemoServer({ prefix: 'every-error', children: 8, seed: 3 }, setup);
let web, mweb, aweb, child, mchild, entryId, token;

async function setup() {
  const s = await env.session('practitioner');
  token = s.token;
  child = await s.ownChild();
  const m = await env.session('team_manager');
  mchild = (await m.api('GET', '/api/v1/children?limit=200')).json.items.find((c) => c.access === 'full');
  const made = await s.api('POST', `/api/v1/children/${child.id}/entries`, { kind: 'case_note',
    occurred_at: new Date(Date.now() - 3600e3).toISOString(), title: 'Note', body: 'A note.' });
  assert.equal(made.status, 201, made.text);
  entryId = made.json.id;
  web = await webSession(env.server.url, s.user.username, env.demo.password);
  mweb = await webSession(env.server.url, m.user.username, env.demo.password);
  aweb = await webSession(env.server.url, env.user('admin').username, env.demo.password);
}

// The messages the error summary lists, in order.
function summaryOf(html) {
  const box = html.match(/govuk-error-summary__list">([\s\S]*?)<\/ul>/);
  return box ? [...box[1].matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ href: m[1], message: m[2] })) : [];
}

// Posts `fields` to the form at `path` (its CSRF token read from the form's page) and checks the
// refusal: 422, at least `problems` different errors listed, each linking to a field on the page,
// and every `kept` value still in the page.
async function refusedAllAtOnce(session, formPath, postPath, fields, { problems = 2, kept = [] } = {}) {
  const form = await session.get(formPath);
  assert.equal(form.status, 200, `${formPath}: ${form.html.slice(0, 300)}`);
  const res = await session.post(postPath, [['csrf_token', csrfOf(form.html)], ...fields]);
  assert.equal(res.status, 422, `${postPath}: ${res.status} ${res.html.slice(0, 300)}`);
  const listed = summaryOf(res.html);
  assert.ok(new Set(listed.map((e) => e.href)).size >= problems,
    `${postPath}: ${problems} problems, all listed: ${JSON.stringify(listed)}`);
  for (const e of listed) assert.match(res.html, new RegExp(`id="${e.href}"`), `${postPath}: the error links to #${e.href}`);
  for (const v of kept) assert.ok(res.html.includes(v), `${postPath}: "${v}" is kept`);
  return res;
}

const BAD_DAY = [['-day', '31'], ['-month', '2'], ['-year', '2026']];
const badDate = (name, sep = '-') => BAD_DAY.map(([part, v]) => [name + (sep === '-' ? part : part.replace('-', '_')), v]);

test('entries: the general entry form, an unsuccessful visit and an amendment list every problem at once', async () => {
  await refusedAllAtOnce(web, `/children/${child.id}/entries/new`, `/children/${child.id}/entries`,
    [['kind', 'case_note'], ['day', '31'], ['month', '2'], ['year', '2026'], ['time', '10:00'], ['title', ''], ['body', 'Kept body text']],
    { kept: ['Kept body text'] });
  await refusedAllAtOnce(web, `/children/${child.id}/entries/new/unsuccessful-visit`, `/children/${child.id}/entries/new/unsuccessful-visit`,
    [['occurred_at', '1'], ['occurred_at-month', '1'], ['occurred_at-year', '2020'], ['occurred_time', '10:00'], ['title', 'Visit'],
      ['unsuccessful_visit.place', 'Kept place'], ...badDate('unsuccessful_visit.next_visit_on')], { problems: 3, kept: ['Kept place'] });
  await refusedAllAtOnce(web, `/entries/${entryId}/amend`, `/entries/${entryId}/amend`,
    [['expected_version', '1'], ['title', 'x'.repeat(301)], ['body', 'Kept amended text'], ['reason', '']], { kept: ['Kept amended text'] });
});

test('the people around the child: a person, family time, identity and where they live list every problem at once', async () => {
  await refusedAllAtOnce(web, `/children/${child.id}/people/new`, `/children/${child.id}/people/new`,
    [['full_name', ''], ['phone', 'Kept 01234'], ...badDate('moved_in')], { kept: ['Kept 01234'] });
  await refusedAllAtOnce(web, `/children/${child.id}/family-time/new`, `/children/${child.id}/family-time/new`,
    [['with', ''], ['place', 'Kept contact centre'], ...badDate('starts_on')], { kept: ['Kept contact centre'] });
  await refusedAllAtOnce(web, `/children/${child.id}/identity/change`, `/children/${child.id}/identity/change`,
    [...badDate('from', '_'), ['full_name_value', 'Kept New Name'], ['nhs_number_value', '123 456']], { kept: ['Kept New Name', '123 456'] })
    .then((r) => assert.match(r.html, /The date this is true from must be a real date/, 'told in the boxes\' words, no ISO date'));
  await refusedAllAtOnce(web, `/children/${child.id}/living/new`, `/children/${child.id}/living/new`,
    [...badDate('from', '_'), ['place_kind', ''], ['place', 'Kept address']], { kept: ['Kept address'] });
});

test('R20: a person\'s details and a relationship between adults list every problem at once, in the pages and the API', async () => {
  const api = apiClient(env.server.url, token);
  const people = (await api('GET', `/api/v1/children/${child.id}/people`)).json.items;
  assert.ok(people.length >= 1, 'the demo child has people');
  const person = people[0];
  // Died before they were born, a birth order that is not a number, no sex: every one listed.
  await refusedAllAtOnce(web, `/children/${child.id}/people/${person.link_id}/details`,
    `/children/${child.id}/people/${person.link_id}/details`,
    [['sex', ''], ['born_on-day', '3'], ['born_on-month', '4'], ['born_on-year', '2001'], ['birth_order', 'second'],
      ['died', 'yes'], ['died_on-day', '1'], ['died_on-month', '1'], ['died_on-year', '2000']], { problems: 3, kept: ['second'] });
  // A person with themselves, no kind, an end before the start.
  await refusedAllAtOnce(web, `/children/${child.id}/partnerships/new`, `/children/${child.id}/partnerships/new`,
    [['first_person_id', person.id], ['second_person_id', person.id], ['kind', ''],
      ['starts_on-day', '2'], ['starts_on-month', '2'], ['starts_on-year', '2010'],
      ['ends_on-day', '1'], ['ends_on-month', '1'], ['ends_on-year', '2009']], { problems: 3 });
  const details = await api('POST', `/api/v1/children/${child.id}/people/${person.link_id}/details`,
    { sex: 'dragon', born_on: '2099-01-01', died: true, died_on: 'soon' });
  assert.equal(details.status, 422, details.text);
  const fields = [details.json.error.field, ...(details.json.error.errors || []).map((e) => e.field)];
  for (const f of ['sex', 'born_on', 'died_on']) assert.ok(fields.includes(f), `${f} in ${fields}`);
  const unknown = await api('POST', `/api/v1/children/${child.id}/people/not-a-link/details`, { sex: 'male' });
  assert.equal(unknown.status, 404, unknown.text);
  const pair = await api('POST', `/api/v1/children/${child.id}/partnerships`,
    { first_person_id: person.id, second_person_id: 'nobody', kind: 'engaged', starts_on: '2099-01-01' });
  assert.equal(pair.status, 422, pair.text);
  const pairFields = [pair.json.error.field, ...(pair.json.error.errors || []).map((e) => e.field)];
  for (const f of ['second_person_id', 'kind', 'starts_on']) assert.ok(pairFields.includes(f), `${f} in ${pairFields}`);
  // Nothing was written.
  const after = (await api('GET', `/api/v1/children/${child.id}/people`)).json.items.find((p) => p.id === person.id);
  assert.deepEqual(after.details, person.details);
});

test('documents: an upload with no file, no kind and a date that is not real lists every problem at once', async () => {
  const form = await web.get(`/children/${child.id}/documents/new`);
  assert.equal(form.status, 200);
  const body = new FormData();
  for (const [k, v] of [['csrf_token', csrfOf(form.html)], ['kind', ''], ['title', 'Kept document title'], ['day', '31'], ['month', '2'], ['year', '2026']]) body.append(k, v);
  const res = await fetch(`${env.server.url}/children/${child.id}/documents`, { method: 'POST', body, redirect: 'manual', headers: { cookie: web.cookie() } });
  const html = await res.text();
  assert.equal(res.status, 422, html.slice(0, 300));
  assert.ok(summaryOf(html).length >= 2, JSON.stringify(summaryOf(html)));
  assert.ok(html.includes('Kept document title'));
});

test('the record: closing, reopening and allocating list every problem at once', async () => {
  await refusedAllAtOnce(mweb, `/children/${mchild.id}/close`, `/children/${mchild.id}/close`,
    [...badDate('closed_on'), ['reason', ''], ['closing_summary', 'Kept summary']], { kept: ['Kept summary'] });
  await refusedAllAtOnce(mweb, `/children/${mchild.id}/allocation`, `/children/${mchild.id}/allocation`,
    [['worker_id', ''], ['reason', 'Kept ' + 'x'.repeat(2001)]], { kept: ['Kept xxxx'] });
  // R20: the move to another team, with its transfer summary.
  await refusedAllAtOnce(mweb, `/children/${mchild.id}/team`, `/children/${mchild.id}/team`,
    [['team_id', ''], ['transfer_summary', ''], ['reason', 'Kept ' + 'x'.repeat(2001)]], { kept: ['Kept xxxx'] });
  // R17: the transfer to an adoption agency.
  await refusedAllAtOnce(mweb, `/children/${mchild.id}/transfers/new`, `/children/${mchild.id}/transfers/new`,
    [['agency', 'Kept Agency'], ...badDate('sent_on'), ['reason', '']], { kept: ['Kept Agency'] });
  // Reopening needs a closed record: close it (one instant, today on London's clock), then reopen badly.
  const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date()).reduce((o, p) => ({ ...o, [p.type]: p.value }), {});
  const closeForm = await mweb.get(`/children/${mchild.id}/close`);
  const closed = await mweb.post(`/children/${mchild.id}/close`, [['csrf_token', csrfOf(closeForm.html)],
    ['closed_on-day', today.day], ['closed_on-month', today.month], ['closed_on-year', today.year], ['reason', 'Support ended'], ['closing_summary', 'The family no longer needs us.']]);
  assert.equal(closed.status, 303, closed.html.slice(0, 300));
  await refusedAllAtOnce(mweb, `/children/${mchild.id}/reopen`, `/children/${mchild.id}/reopen`,
    [...badDate('received_on'), ['source', ''], ['reason', 'Kept new worry']], { kept: ['Kept new worry'] });
});

test('accounts and the audit filter list every problem at once', async () => {
  await refusedAllAtOnce(aweb, '/admin/users/new', '/admin/users/new',
    [['name', 'Kept Person'], ['username', ''], ['role', ''], ['password', 'short']], { kept: ['Kept Person'] });
  await refusedAllAtOnce(web, '/account/password', '/account/password',
    [['current_password', ''], ['new_password', 'short'], ['confirm_password', 'other']]);
  const auditor = await webSession(env.server.url, env.user('auditor').username, env.demo.password);
  const audit = await auditor.get('/audit?child=NOT-A-CHILD&from-day=31&from-month=2&from-year=2026&to-day=1&to-month=13&to-year=2026');
  assert.equal(audit.status, 422);
  assert.equal(summaryOf(audit.html).length, 3, JSON.stringify(summaryOf(audit.html)));
  assert.ok(audit.html.includes('value="NOT-A-CHILD"'));
});
