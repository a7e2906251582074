// Recording entries through the pages and the API: the visit (R18), unsuccessful visit (R19) and
// management decision (R6/R27) forms keep what was typed on every refusal and write nothing; who
// was involved (R26); late entries (R28); R31 marks; amending with a reason and a concurrent edit
// told, not overwritten (R29/R30); sharing with brothers and sisters (R32).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer, apiClient, login, ownChild } from '../support/server.mjs';
import { webSession, csrfOf } from '../support/web_session.mjs';
import { londonParts, earlier, HOUR, DAY } from '../support/dates.mjs';

// Seed 2 gives the team manager's team a family of three brothers and sisters (R32).
const env = useDemoServer({ prefix: 'entry-forms', children: 40, seed: 2 }, setup);
let practitioner, token, child, web;
let manager, managerToken, family = [];  // family: [A, B, C] brothers' and sisters' records on the manager's team

const PARENTS = new Set(['mother', 'father', 'step_mother', 'step_father', 'adoptive_mother', 'adoptive_father']);

const api = apiClient(() => env.server.url, () => token);

async function entryIds(childId, auth = token) {
  const r = await api('GET', `/api/v1/children/${childId}/entries?limit=200`, undefined, { token: auth });
  assert.equal(r.status, 200, r.text);
  return r.json.items.map((e) => e.id);
}

// Children on the manager's team who share a person linked as a parent: the largest such family.
async function findFamily() {
  const list = (await api('GET', '/api/v1/children?limit=200', undefined, { token: managerToken })).json.items.filter((c) => c.access === 'full');
  const byParent = new Map();
  for (const c of list) {
    const people = (await api('GET', `/api/v1/children/${c.id}/people`, undefined, { token: managerToken })).json.items;
    for (const p of people) {
      if (!PARENTS.has(p.relationship)) continue;
      if (!byParent.has(p.id)) byParent.set(p.id, []);
      byParent.get(p.id).push(c);
    }
  }
  return [...byParent.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

// Every date and time typed into a form comes from one instant, read on London's clock as the
// server reads it (tests/support/dates.mjs), so the test means the same at any hour: "an hour
// ago" just after midnight is yesterday's date and late evening's time, typed as such.
const NOW = new Date();
const ago = (ms) => earlier(NOW, ms);
const dateFields = (d) => {
  const p = londonParts(d);
  return [['occurred_at', p.day], ['occurred_at-month', p.month], ['occurred_at-year', p.year], ['occurred_time', p.time]];
};

function visitFields(csrf, extra = []) {
  return [['csrf_token', csrf], ...dateFields(ago(HOUR)), ['title', 'Home visit after school'],
    ['visit.place', 'At home, in the kitchen'], ['visit.who_was_there.named0.name', 'Ann Smith'], ['visit.who_was_there.named0.role', 'Mum'],
    ['visit.purpose', 'Planned visit'], ['visit.interpreter_used', 'no'], ['visit.child_seen', 'yes'], ['visit.seen_alone', 'no'],
    ['visit.discussed_and_seen', 'We looked at her drawings of the new flat.'], ['visit.childs_words', '"I like my room."'],
    ['visit.analysis.worrying', 'Mum is very tired.'], ['visit.analysis.helping', 'Nan visits every day.'],
    ['visit.analysis.needs_to_happen', 'Family support worker to visit on Friday.'], ...extra];
}

/** Runs in useDemoServer's before hook, once the demo server is up. */
async function setup() {
  const session = await env.session('practitioner');
  ({ user: practitioner, token } = session);
  child = await session.ownChild();
  web = await webSession(env.server.url, practitioner.username, env.demo.password);
  // The team manager whose team has the largest family of brothers and sisters.
  for (const m of env.demo.logins.filter((l) => l.role === 'team_manager')) {
    managerToken = await login(env.server.url, m.username, env.demo.password);
    const found = await findFamily();
    if (!manager || found.length > family.length) [manager, family] = [m, found];
    if (family.length >= 3) break;
  }
  managerToken = await login(env.server.url, manager.username, env.demo.password);
}

test('R18: the visit form refuses "seen but not alone" without why, keeps everything typed, writes nothing; saves with it', async () => {
  const form = await web.get(`/children/${child.id}/entries/new/visit`);
  assert.equal(form.status, 200, form.html);
  const csrf = csrfOf(form.html);
  const before = await entryIds(child.id);
  const refused = await web.post(`/children/${child.id}/entries/new/visit`, visitFields(csrf));
  assert.equal(refused.status, 422);
  assert.match(refused.html, /class="govuk-error-summary"/);
  assert.match(refused.html, /<a href="#visit-seen_alone_reason">You saw the child but not on their own\. Say why<\/a>/);
  // Everything typed is still there.
  assert.match(refused.html, /value="At home, in the kitchen"/);
  assert.match(refused.html, /value="Ann Smith"/);
  assert.match(refused.html, />We looked at her drawings of the new flat\.<\/textarea>/);
  assert.match(refused.html, /&quot;I like my room\.&quot;<\/textarea>|"I like my room\."<\/textarea>/);
  assert.match(refused.html, /name="visit.seen_alone" type="radio" value="no" checked/);
  assert.deepEqual(await entryIds(child.id), before, 'a refused save writes nothing');

  const saved = await web.post(`/children/${child.id}/entries/new/visit`,
    visitFields(csrf, [['visit.seen_alone_reason', 'She asked for Mum to stay.']]));
  assert.equal(saved.status, 303, saved.html);
  const id = new URL(saved.location, env.server.url).searchParams.get('recorded');
  const entry = (await api('GET', `/api/v1/entries/${id}`)).json;
  assert.equal(entry.kind, 'visit');
  assert.equal(entry.body, 'We looked at her drawings of the new flat.', 'the visit\'s main text is the entry\'s body');
  assert.equal(entry.details.visit.seen_alone_reason, 'She asked for Mum to stay.');
  assert.deepEqual(entry.details.visit.who_was_there, [{ name: 'Ann Smith', role: 'Mum' }]);
  assert.equal(entry.details.visit.interpreter_used, false);
});

test('R18: every missing field is listed at once, each linking to its field', async () => {
  const csrf = csrfOf((await web.get(`/children/${child.id}/entries/new/visit`)).html);
  const refused = await web.post(`/children/${child.id}/entries/new/visit`, [['csrf_token', csrf], ...dateFields(ago(HOUR)), ['title', 'Visit']]);
  assert.equal(refused.status, 422);
  for (const anchor of ['visit-place', 'visit-who_was_there', 'visit-purpose', 'visit-interpreter_used', 'visit-child_seen',
    'visit-discussed_and_seen', 'visit-analysis-worrying', 'visit-analysis-helping', 'visit-analysis-needs_to_happen']) {
    assert.match(refused.html, new RegExp(`<a href="#${anchor}">`), anchor);
    assert.match(refused.html, new RegExp(`id="${anchor}"`), `the page has the field ${anchor} links to`);
  }
  // Questions that hang on an unanswered yes/no are not asked yet.
  for (const moot of ['visit-interpreter_language', 'visit-seen_alone', 'visit-seen_alone_reason', 'visit-child_not_seen_reason']) {
    assert.doesNotMatch(refused.html, new RegExp(`<a href="#${moot}">`), moot);
  }
});

test('R19: an unsuccessful visit needs the next visit date; R28: recorded days later it is marked late', async () => {
  const csrf = csrfOf((await web.get(`/children/${child.id}/entries/new/unsuccessful-visit`)).html);
  const base = [['csrf_token', csrf], ...dateFields(ago(3 * DAY)), ['title', 'No-one home'],
    ['unsuccessful_visit.place', 'At home'], ['unsuccessful_visit.what_happened', 'No-one was home.'],
    ['unsuccessful_visit.what_happens_next', 'I will phone Mum today.']];
  const refused = await web.post(`/children/${child.id}/entries/new/unsuccessful-visit`, base);
  assert.equal(refused.status, 422);
  assert.match(refused.html, /<a href="#unsuccessful_visit-next_visit_on">Enter the date of the next visit/);
  assert.match(refused.html, />No-one was home\.<\/textarea>/);
  const next = londonParts(ago(-2 * DAY));
  const saved = await web.post(`/children/${child.id}/entries/new/unsuccessful-visit`, [...base,
    ['unsuccessful_visit.next_visit_on', next.day], ['unsuccessful_visit.next_visit_on-month', next.month],
    ['unsuccessful_visit.next_visit_on-year', next.year]]);
  assert.equal(saved.status, 303, saved.html);
  const id = new URL(saved.location, env.server.url).searchParams.get('recorded');
  const page = await web.get(`/entries/${id}`);
  assert.equal(page.status, 200);
  assert.match(page.html, /Late entry — recorded/, 'R28: late, with when it was recorded');
  assert.match(page.html, /Next visit/);
});

test('R6 R27: a practitioner is refused the decision form clearly; a manager records one with reasons; R26 who was involved', async () => {
  const refused = await web.get(`/children/${child.id}/entries/new/management-decision`);
  assert.equal(refused.status, 403);
  assert.match(refused.html, /Only a team manager or a senior manager can record a management decision/);
  const chooser = await web.get(`/children/${child.id}/entries/new`);
  assert.match(chooser.html, /Record a visit/);
  assert.doesNotMatch(chooser.html, /Record a management decision/, 'not offered to practitioners');

  const mweb = await webSession(env.server.url, manager.username, env.demo.password);
  const target = family[0] ?? (await ownChild(env.server.url, managerToken, manager.full_name));
  const form = await mweb.get(`/children/${target.id}/entries/new/management-decision`);
  assert.equal(form.status, 200, form.html);
  // R26: the manager records it for a colleague in their team.
  const colleague = [...form.html.matchAll(/<option value="([0-9a-f-]+)">([^<]+)<\/option>/g)].find((m) => !m[2].includes('(you)'));
  assert.ok(colleague, 'a colleague can be chosen');
  const fields = [['csrf_token', csrfOf(form.html)], ...dateFields(ago(2 * HOUR)), ['title', 'Step down'],
    ['practitioner_id', colleague[1]], ['decision.decision', 'Step down to early help.']];
  const noReasons = await mweb.post(`/children/${target.id}/entries/new/management-decision`, fields);
  assert.equal(noReasons.status, 422);
  assert.match(noReasons.html, /<a href="#decision-reasons">Write the reasons for the decision<\/a>/);
  // R31: the reasons marked as an assessment, from someone else (named).
  const saved = await mweb.post(`/children/${target.id}/entries/new/management-decision`, [...fields,
    ['decision.reasons', 'School says attendance is now good.'], ['decision.reasons.mark.kind', 'assessment'],
    ['decision.reasons.mark.source', 'third_party'], ['decision.reasons.mark.source_name', 'Ms Patel, head teacher']]);
  assert.equal(saved.status, 303, saved.html);
  const id = new URL(saved.location, env.server.url).searchParams.get('recorded');
  const entry = (await api('GET', `/api/v1/entries/${id}`, undefined, { token: managerToken })).json;
  assert.equal(entry.recorded_by, manager.full_name);
  assert.equal(entry.practitioner, colleague[2].trim());
  assert.deepEqual(entry.details.sections, [{ heading: 'Reasons', text: 'School says attendance is now good.', kind: 'assessment',
    source: 'third_party', source_name: 'Ms Patel, head teacher', source_relationship: null }]);
  const page = await mweb.get(`/entries/${id}`);
  assert.match(page.html, /by [^<]+, for /, 'R26: who recorded it and who was involved, when they differ');
  assert.match(page.html, /Assessment<\/strong>/);
  assert.match(page.html, /From Ms Patel, head teacher/);
});

test('R31: a third-party mark without who told you is refused on its own field, text kept', async () => {
  const csrf = csrfOf((await web.get(`/children/${child.id}/entries/new/visit`)).html);
  const refused = await web.post(`/children/${child.id}/entries/new/visit`, visitFields(csrf, [
    ['visit.seen_alone_reason', 'She wanted Mum there.'], ['visit.analysis.worrying.mark.kind', 'opinion'],
    ['visit.analysis.worrying.mark.source', 'third_party']]));
  assert.equal(refused.status, 422);
  assert.match(refused.html, /<a href="#visit-analysis-worrying-mark-source_name">Say who told you this<\/a>/);
  assert.match(refused.html, /<option value="opinion" selected>/);
});

test('R29 R30: amending through the page keeps every version; a concurrent edit is told, with both texts kept', async () => {
  const made = await api('POST', `/api/v1/children/${child.id}/entries`, { kind: 'phone_call', occurred_at: ago(HOUR).toISOString(),
    title: 'Call with school', body: 'The school rang about Tuesday.' });
  assert.equal(made.status, 201, made.text);
  const id = made.json.id;
  const form = await web.get(`/entries/${id}/amend`);
  assert.equal(form.status, 200);
  assert.match(form.html, /name="expected_version" value="1"/);
  const csrf = csrfOf(form.html);
  const noReason = await web.post(`/entries/${id}/amend`, [['csrf_token', csrf], ['expected_version', '1'], ['title', 'Call with school'], ['body', 'The school rang about Wednesday.'], ['reason', '']]);
  assert.equal(noReason.status, 422);
  assert.match(noReason.html, /<a href="#reason">Say why the entry is being changed<\/a>/);
  assert.match(noReason.html, />The school rang about Wednesday\.<\/textarea>/);

  // Someone else amends first (through the API), then this page saves from version 1.
  const other = await api('POST', `/api/v1/entries/${id}/versions`, { expected_version: 1, body: 'The school rang on Thursday.', reason: 'Wrong day' });
  assert.equal(other.status, 201, other.text);
  const conflict = await web.post(`/entries/${id}/amend`, [['csrf_token', csrf], ['expected_version', '1'], ['title', 'Call with school'], ['body', 'The school rang about Wednesday.'], ['reason', 'Wrong day']]);
  assert.equal(conflict.status, 409);
  assert.match(conflict.html, /Someone else changed this entry while you were editing\. Nothing was saved: here is their version; your text is kept below\./);
  assert.match(conflict.html, /The school rang on Thursday\./, 'their version is shown');
  assert.match(conflict.html, />The school rang about Wednesday\.<\/textarea>/, 'my text is kept');
  assert.match(conflict.html, /name="expected_version" value="2"/);
  const versions = (await api('GET', `/api/v1/entries/${id}/versions`)).json.items;
  assert.equal(versions.length, 2, 'the refused edit wrote nothing');

  const saved = await web.post(`/entries/${id}/amend`, [['csrf_token', csrf], ['expected_version', '2'], ['title', 'Call with school'], ['body', 'The school rang on Thursday about Wednesday.'], ['reason', 'Both days matter']]);
  assert.equal(saved.status, 303, saved.html);
  const page = await web.get(`/entries/${id}`);
  assert.match(page.html, /Amended \(version 3\)/);
  const order = ['Version 3', 'Version 2', 'Version 1'].map((v) => page.html.indexOf(v));
  assert.ok(order[0] >= 0 && order[0] < order[1] && order[1] < order[2], 'history newest first');
  assert.match(page.html, /Both days matter/);
  assert.match(page.html, /Wrong day/);
});

test('R32: a shared entry appears on the chosen sibling and no other; sharing to a non-sibling is refused', async () => {
  assert.ok(family.length >= 3, `the demo data has a family of three brothers and sisters on one team (found ${family.length})`);
  const [a, b, c] = family;
  const base = { kind: 'meeting', occurred_at: ago(HOUR).toISOString(), title: 'Family meeting', body: 'All three children came with Mum.' };

  // Not a brother's or sister's record: refused, naming the field, nothing written.
  const list = (await api('GET', '/api/v1/children?limit=200', undefined, { token: managerToken })).json.items;
  const stranger = list.find((x) => x.access === 'full' && !family.some((f) => f.id === x.id));
  const before = await entryIds(a.id, managerToken);
  const refused = await api('POST', `/api/v1/children/${a.id}/entries`, { ...base, shared_with: [stranger.id] }, { token: managerToken });
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.json.error.field, 'shared_with[0]');
  assert.deepEqual(await entryIds(a.id, managerToken), before, 'nothing written');
  const own = await api('POST', `/api/v1/children/${a.id}/entries`, { ...base, shared_with: [a.id] }, { token: managerToken });
  assert.equal(own.json.error.field, 'shared_with[0]');

  const saved = await api('POST', `/api/v1/children/${a.id}/entries`, { ...base, shared_with: [b.id] }, { token: managerToken });
  assert.equal(saved.status, 201, saved.text);
  assert.deepEqual(saved.json.shared_with, [b.id]);
  const id = saved.json.id;
  assert.ok((await entryIds(a.id, managerToken)).includes(id), 'on its own record');
  assert.ok((await entryIds(b.id, managerToken)).includes(id), 'on the chosen sibling\'s record');
  assert.ok(!(await entryIds(c.id, managerToken)).includes(id), 'not on the other sibling\'s record');
  const onB = (await api('GET', `/api/v1/children/${b.id}/entries?limit=200`, undefined, { token: managerToken })).json.items.find((e) => e.id === id);
  assert.deepEqual(onB.shared_from, { child_id: a.id, full_name: a.full_name });

  // Opened from B it is the entry as shared; from C it does not exist.
  assert.equal((await api('GET', `/api/v1/entries/${id}?record=${b.id}`, undefined, { token: managerToken })).status, 200);
  assert.equal((await api('GET', `/api/v1/entries/${id}?record=${c.id}`, undefined, { token: managerToken })).status, 404);

  // The pages: the form offers the siblings; B's Entries tab links to it and says where it came from.
  const mweb = await webSession(env.server.url, manager.username, env.demo.password);
  const form = await mweb.get(`/children/${a.id}/entries/new/visit`);
  assert.match(form.html, /Also record this on the records of:/);
  for (const s of [b, c]) assert.match(form.html, new RegExp(`name="shared_with" type="checkbox" value="${s.id}"`));
  assert.doesNotMatch(form.html, new RegExp(`name="shared_with" type="checkbox" value="${stranger.id}"`));
  const tab = await mweb.get(`/children/${b.id}/entries`);
  assert.match(tab.html, new RegExp(`href="/entries/${id}\\?record=${b.id}"`));
  assert.match(tab.html, new RegExp(`Shared from ${a.full_name}(&apos;|&#39;|')s record`));
  const page = await mweb.get(`/entries/${id}?record=${b.id}`);
  assert.equal(page.status, 200);
  assert.match(page.html, /Shared from/);
  assert.doesNotMatch(page.html, /Amend this entry/, 'amended only on its own record');
  const ownPage = await mweb.get(`/entries/${id}`);
  assert.match(ownPage.html, /Also on the records of/);
  assert.match(ownPage.html, new RegExp(b.full_name));

  // Through the general entry form: a non-sibling is refused on the field, a sibling is fine.
  const general = await mweb.get(`/children/${a.id}/entries/new`);
  assert.match(general.html, new RegExp(`name="shared_with" type="checkbox" value="${b.id}"`));
  const anHourAgo = londonParts(ago(HOUR));
  const generalFields = [['csrf_token', csrfOf(general.html)], ['kind', 'conversation'], ['day', anHourAgo.day],
    ['month', anHourAgo.month], ['year', anHourAgo.year], ['time', anHourAgo.time],
    ['title', 'Talk about the holidays'], ['body', 'We talked about the summer holidays together.'], ['language_reviewed', '1']];
  const wrong = await mweb.post(`/children/${a.id}/entries`, [...generalFields, ['shared_with', stranger.id]]);
  assert.equal(wrong.status, 422);
  assert.match(wrong.html, /<a href="#shared_with">The record [^<]* is not a brother(&apos;|&#39;|')s or sister(&apos;|&#39;|')s record/);
  assert.match(wrong.html, /We talked about the summer holidays together\./, 'typed text kept');
  const right = await mweb.post(`/children/${a.id}/entries`, [...generalFields, ['shared_with', b.id]]);
  assert.equal(right.status, 303, right.html);
  const talkId = new URL(right.location, env.server.url).searchParams.get('recorded');
  assert.ok((await entryIds(b.id, managerToken)).includes(talkId));
  assert.ok(!(await entryIds(c.id, managerToken)).includes(talkId));

  // Through the visit form: shared with the chosen sibling only.
  const fields = visitFields(csrfOf(form.html), [['visit.seen_alone_reason', 'Mum stayed.'], ['shared_with', c.id]]);
  const viaForm = await mweb.post(`/children/${a.id}/entries/new/visit`, fields);
  assert.equal(viaForm.status, 303, viaForm.html);
  const visitId = new URL(viaForm.location, env.server.url).searchParams.get('recorded');
  assert.ok((await entryIds(c.id, managerToken)).includes(visitId));
  assert.ok(!(await entryIds(b.id, managerToken)).includes(visitId));
});
