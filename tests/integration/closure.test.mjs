// R1: a record is active until involvement ends; closing it is a manager's
// decision with the date and why; a closed record stays readable and is never deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';
import { webSession } from '../support/web_session.mjs';
import { earlier, londonDate, HOUR } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

test('R1: a manager closes a record; it stays readable, recordable and cannot be deleted; a new referral reopens it', async () => {
  const env = await startDemo({ prefix: 'close', children: 8 });
  try {
    const apis = {};
    for (const role of ['practitioner', 'team_manager', 'first_contact']) apis[role] = (await env.session(role, { parse: 'empty-ok' })).api;
    const api = (role, method, url, body) => apis[role](method, url, body);
    const list = await api('team_manager', 'GET', '/api/v1/children?limit=200');
    const child = list.json.items.find((c) => c.access === 'full' && c.status === 'open');
    assert.ok(child, 'the team manager has an open record of their own team');
    const url = `/api/v1/children/${child.id}/closure`;
    const today = londonDate(NOW);  // today on London's clock, as the server reads closed_on

    // Only a manager closes a record.
    const byWorker = await api('practitioner', 'POST', url, { closed_on: today, reason: 'Needs met' });
    assert.ok([403, 404].includes(byWorker.status), JSON.stringify(byWorker.json));

    // Bad input names the field and changes nothing.
    const noReason = await api('team_manager', 'POST', url, { closed_on: today, reason: '  ' });
    assert.equal(noReason.status, 422);
    assert.equal(noReason.json.error.field, 'reason');
    const future = await api('team_manager', 'POST', url, { closed_on: '2999-01-01', reason: 'Needs met' });
    assert.equal(future.status, 422);
    assert.equal(future.json.error.field, 'closed_on');
    // R20: a closed record holds its closing summary.
    const noSummary = await api('team_manager', 'POST', url, { closed_on: today, reason: 'Needs met' });
    assert.equal(noSummary.status, 422);
    assert.equal(noSummary.json.error.field, 'closing_summary');
    assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).json.status, 'open');

    const closed = await api('team_manager', 'POST', url, {
      closed_on: today, reason: 'Needs met: Early Help will carry on supporting the family.',
      closing_summary: 'Mum has settled into the new flat and school attendance is good.',
    });
    assert.equal(closed.status, 200, JSON.stringify(closed.json));
    assert.equal(closed.json.status, 'closed');
    assert.equal(closed.json.closure.closed_on, today);
    assert.match(closed.json.closure.closing_summary, /new flat/);

    // Closed once only.
    const again = await api('team_manager', 'POST', url, { closed_on: today, reason: 'Again' });
    assert.equal(again.status, 409);

    // Still readable, with its entries; a late note can still be added.
    const read = await api('team_manager', 'GET', `/api/v1/children/${child.id}`);
    assert.equal(read.status, 200);
    assert.equal(read.json.status, 'closed');
    const entries = await api('team_manager', 'GET', `/api/v1/children/${child.id}/entries`);
    assert.equal(entries.status, 200);
    const late = await api('team_manager', 'POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'case_note', occurred_at: earlier(NOW, HOUR).toISOString(), title: 'Closing letter sent',
      body: 'A letter explaining the closure was sent to Mum.',
    });
    assert.equal(late.status, 201, JSON.stringify(late.json));

    // Deleting is not an operation the system has.
    const del = await api('team_manager', 'DELETE', `/api/v1/children/${child.id}`);
    assert.ok([404, 405].includes(del.status), `DELETE answered ${del.status}`);
    assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).status, 200);

    // One record per child: a new referral reopens the closed record (First Contact, managers).
    const reopening = `/api/v1/children/${child.id}/reopening`;
    const referral = { received_on: today, source: 'School nurse', reason: 'New worries about weight loss.' };
    const notOpener = await api('practitioner', 'POST', reopening, { referral });
    assert.ok([403, 404].includes(notOpener.status), JSON.stringify(notOpener.json));
    const early = await api('first_contact', 'POST', reopening, { referral: { ...referral, received_on: '2000-01-01' } });
    assert.equal(early.status, 422);
    assert.equal(early.json.error.field, 'referral.received_on');
    const noSource = await api('first_contact', 'POST', reopening, { referral: { ...referral, source: ' ' } });
    assert.equal(noSource.status, 422);
    assert.equal(noSource.json.error.field, 'referral.source');
    assert.equal((await api('team_manager', 'GET', `/api/v1/children/${child.id}`)).json.status, 'closed', 'nothing changed');
    const reopened = await api('first_contact', 'POST', reopening, { referral });
    assert.equal(reopened.status, 200, JSON.stringify(reopened.json));
    assert.equal(reopened.json.status, 'open');
    assert.equal(reopened.json.closure, null);
    assert.equal(reopened.json.referral.source, 'School nurse');
    assert.equal((await api('first_contact', 'POST', reopening, { referral })).status, 409, 'an open record is not reopened');
    // R20: the chronology keeps the first referral and adds the one that reopened the record.
    const chronology = await api('team_manager', 'GET', `/api/v1/children/${child.id}/chronology?limit=100`);
    assert.equal(chronology.status, 200, JSON.stringify(chronology.json));
    const said = chronology.json.items.map((i) => i.what_happened);
    assert.ok(said.some((w) => /the record was opened$/.test(w) && !w.includes('School nurse')), said.join(' | '));
    assert.ok(said.includes('Referral received from School nurse; the record was reopened'), said.join(' | '));
    assert.ok(said.some((w) => w.startsWith('The record was closed')), said.join(' | '));
    const entriesAfter = await api('team_manager', 'GET', `/api/v1/children/${child.id}/entries?limit=200`);
    assert.ok(entriesAfter.json.items.some((e) => e.title === 'Closing letter sent'), 'the earlier involvement stays');
    // ...and it can be closed again when this involvement ends.
    const closedAgain = await api('team_manager', 'POST', url, { closed_on: today, reason: 'Needs met again.', closing_summary: 'Settled again.' });
    assert.equal(closedAgain.status, 200, JSON.stringify(closedAgain.json));
    assert.equal(closedAgain.json.closure.reason, 'Needs met again.');

    // The forms' date questions are not in the error state before anything is sent: no red
    // border, no message and no hidden "Error:" for a screen reader (GOV.UK date input).
    const web = {};
    for (const role of ['team_manager']) web[role] = await webSession(env.server.url, env.user(role).username, env.demo.password);
    const blank = async (role, path) => {
      const page = await web[role].get(path);
      assert.equal(page.status, 200, `${path}: HTTP ${page.status}`);
      assert.match(page.html, /govuk-date-input/, `${path} asks for a date`);
      assert.doesNotMatch(page.html, /govuk-form-group--error|govuk-input--error|govuk-error-message|Error:/, `${path} shows no error on first load`);
    };
    await blank('team_manager', `/children/${child.id}/close`);
    const other = list.json.items.find((c) => c.access === 'full' && c.status === 'open' && c.id !== child.id);
    await blank('team_manager', `/children/${other.id}/transfers/new`);
    await api('team_manager', 'POST', url, { closed_on: today, reason: 'Needs met, checking the reopening form.' }).then((r) => assert.equal(r.status, 409));
    await blank('team_manager', `/children/${child.id}/reopen`);

    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
