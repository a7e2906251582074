// R21: a phone call (and every other contact: conversation, meeting, letter, email) records who
// was there, the date, what was discussed, actions and decisions, by whom and why — through its own
// form, shown on the entry's page, and amendable like a visit's answers (R29/R30).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoServer, apiClient } from '../support/server.mjs';
import { webSession, csrfOf } from '../support/web_session.mjs';
import { londonParts, earlier, HOUR } from '../support/dates.mjs';

const env = useDemoServer({ prefix: 'contacts', children: 6, seed: 3 }, setup);
let token, child, web;
const api = apiClient(() => env.server.url, () => token);

// Every date typed comes from one instant (tests/support/dates.mjs), read on London's clock.
const NOW = new Date();
const when = () => {
  const p = londonParts(earlier(NOW, HOUR));
  return [['occurred_at', p.day], ['occurred_at-month', p.month], ['occurred_at-year', p.year], ['occurred_time', p.time]];
};

async function setup() {
  const session = await env.session('practitioner');
  token = session.token;
  child = await session.ownChild();
  web = await webSession(env.server.url, session.user.username, env.demo.password);
}

async function entryIds() {
  const r = await api('GET', `/api/v1/children/${child.id}/entries?limit=200`);
  assert.equal(r.status, 200, r.text);
  return r.json.items.map((e) => e.id);
}

test('R21: the phone call form refuses a decision without who made it or why and no-one named, all at once, keeping what was typed', async () => {
  const form = await web.get(`/children/${child.id}/entries/new/phone-call`);
  assert.equal(form.status, 200, form.html);
  assert.match(form.html, /Who was there, or who did you speak or write to\?/);
  const csrf = csrfOf(form.html);
  const before = await entryIds();
  const refused = await web.post(`/children/${child.id}/entries/new/phone-call`, [['csrf_token', csrf], ...when(),
    ['title', 'Call with school'], ['contact.discussed', 'The school rang about Tuesday.'], ['contact.actions', 'Send the plan to school'],
    ['contact.decisions1.decision', 'Move the review to Friday']]);
  assert.equal(refused.status, 422, refused.html);
  assert.match(refused.html, /<a href="#contact-who_was_there">Say who was there or who you spoke to<\/a>/);
  assert.match(refused.html, /<a href="#contact-decisions1-decided_by">Say who made the decision<\/a>/);
  assert.match(refused.html, /<a href="#contact-decisions1-reasons">Write why the decision was made<\/a>/);
  assert.match(refused.html, /id="contact-decisions1-reasons"/, 'the error links to a field on the page');
  assert.match(refused.html, />Move the review to Friday<\/textarea>/);
  assert.match(refused.html, />Send the plan to school<\/textarea>/);
  assert.deepEqual(await entryIds(), before, 'a refused save writes nothing');
});

test('R21: a phone call is saved with who was there, actions and decisions by whom and why, shown on its page and amendable', async () => {
  const form = await web.get(`/children/${child.id}/entries/new/phone-call`);
  const csrf = csrfOf(form.html);
  const saved = await web.post(`/children/${child.id}/entries/new/phone-call`, [['csrf_token', csrf], ...when(),
    ['title', 'Call with school'], ['contact.who_was_there.named0.name', 'Mr Jones'], ['contact.who_was_there.named0.role', 'Head teacher'],
    ['contact.discussed', 'The school rang about Tuesday.'], ['contact.actions', 'Send the plan to school'],
    ['contact.decisions0.decision', 'Move the review to Friday'], ['contact.decisions0.decided_by', 'Sam Patel, team manager'],
    ['contact.decisions0.reasons', 'Mum works on Tuesdays']]);
  assert.equal(saved.status, 303, saved.html);
  const id = new URL(saved.location, env.server.url).searchParams.get('recorded');
  const entry = (await api('GET', `/api/v1/entries/${id}`)).json;
  assert.equal(entry.kind, 'phone_call');
  assert.equal(entry.body, 'The school rang about Tuesday.', 'what was discussed is the entry\'s body');
  assert.deepEqual(entry.details.contact.who_was_there, [{ name: 'Mr Jones', role: 'Head teacher' }]);
  assert.deepEqual(entry.details.contact.decisions,
    [{ decision: 'Move the review to Friday', decided_by: 'Sam Patel, team manager', reasons: 'Mum works on Tuesdays' }]);

  const page = await web.get(`/entries/${id}`);
  assert.equal(page.status, 200);
  for (const shown of ['Who was there', 'Mr Jones \\(Head teacher\\)', 'Actions', 'Send the plan to school', 'Move the review to Friday',
    'Decided by: Sam Patel, team manager', 'Why: Mum works on Tuesdays']) {
    assert.match(page.html, new RegExp(shown), shown);
  }

  // R29/R30: the decision's reason is amended with the text, every problem at once.
  const amend = await web.get(`/entries/${id}/amend`);
  assert.match(amend.html, /value="Sam Patel, team manager"/);
  const acsrf = csrfOf(amend.html);
  const fields = (reason, by) => [['csrf_token', acsrf], ['expected_version', '1'], ['title', 'Call with school'],
    ['body', 'The school rang about Tuesday.'], ['reason', reason], ['contact.answers', '1'], ['contact.actions', 'Send the plan'],
    ['contact.decisions0.decision', 'Move the review to Friday'], ['contact.decisions0.decided_by', by],
    ['contact.decisions0.reasons', 'Mum works on Tuesdays and Wednesdays']];
  const refused = await web.post(`/entries/${id}/amend`, fields('', ''));
  assert.equal(refused.status, 422);
  assert.match(refused.html, /<a href="#contact-decisions0-decided_by">Say who made the decision<\/a>/);
  assert.match(refused.html, /<a href="#reason">/);
  assert.match(refused.html, />Mum works on Tuesdays and Wednesdays<\/textarea>/);
  const ok = await web.post(`/entries/${id}/amend`, fields('Mum told us she works Wednesdays too', 'Sam Patel, team manager'));
  assert.equal(ok.status, 303, ok.html);
  const amended = (await api('GET', `/api/v1/entries/${id}`)).json;
  assert.equal(amended.details.contact.decisions[0].reasons, 'Mum works on Tuesdays and Wednesdays');
  assert.equal(amended.details.contact.actions, 'Send the plan');
});
