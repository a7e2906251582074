// Browser test: what a court or a family reads on the record. R18: everyone present at a visit is
// named, those ticked from the record as well as those typed. R29/R30: an amendment changes a
// visit's answers as well as its text, the record shows the current text once, and the history
// keeps every version's answers. The Overview lists the latest entries briefly; a banner confirms a
// saved entry; "Record an entry" is shown only to those who may record (the one access table).
// R17: the adoption copy holds only the parts sent, dates UK style, no empty punctuation.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';
import { earlier, londonDate, HOUR } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;

describe('what a court or a family reads on the record', { timeout: 170000 }, () => {
  const env = useDemoBrowser({ prefix: 'record-defects', children: 8 });
  let api, child, person, entryId;

  before(async () => {
    const session = await env.session('practitioner');
    api = session.api;
    child = await session.ownChild();
    const people = await api('GET', `/api/v1/children/${child.id}/people`);
    person = people.json.items[0];
    const res = await api('POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'visit', occurred_at: earlier(NOW, HOUR).toISOString(), title: 'Visit with only ticked people',
      body: 'The first text of the visit.',
      visit: {
        place: 'At home', who_was_there: [{ person_id: person.id }], purpose: 'Planned visit',
        interpreter_used: false, child_seen: true, seen_alone: true,
        discussed_and_seen: 'The first text of the visit.', childs_words: 'I like my school.',
        analysis: { worrying: 'Nothing new.', helping: 'School.', needs_to_happen: 'Visit again.' },
      },
    });
    assert.equal(res.status, 201, res.text);
    entryId = res.json.id;
  });

  it('R18: the entry names the people ticked under Who was there, with their relationship in words', async () => {
    const page = await env.signedInPage(env.practitioner, `/entries/${entryId}`);
    const row = page.locator('.govuk-summary-list__row', { hasText: 'Who was there' });
    assert.match(await row.innerText(), new RegExp(`${person.full_name} \\(${person.relationship_label}\\)`));
    assert.doesNotMatch(await page.locator('main').innerText(), /\([a-z]+_[a-z_]+\)/, 'no relationship codes');
    await expectNoAxeViolations(page, 'entry with ticked people');
  });

  it('R29/R30: a visit\'s answers are amended; the record shows the new text once; the history keeps both', async () => {
    const page = await env.signedInPage(env.practitioner, `/entries/${entryId}`);
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/amend')),
      page.getByRole('link', { name: 'Amend this entry' }).click()]);
    await page.locator('#body').fill('The corrected text of the visit.');
    await page.locator('#visit-seen_alone-no').check();
    await page.getByRole('button', { name: 'Save the new version' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    const summary = await page.locator('.govuk-error-summary').innerText();
    assert.match(summary, /Say why the entry is being changed|why/i);
    assert.match(summary, /not on their own/, 'every problem at once');
    await expectNoAxeViolations(page, 'amend a visit with errors');
    await page.locator('#visit-seen_alone_reason').fill('Her mum stayed in the room.');
    await page.locator('#reason').fill('She was not seen on her own after all.');
    await Promise.all([page.waitForURL((u) => u.search.includes('amended=1')),
      page.getByRole('button', { name: 'Save the new version' }).click()]);
    const details = await page.locator('.govuk-summary-list').first().innerText();
    assert.match(details, /Seen alone\s*No — Her mum stayed in the room\./);
    const history = await page.locator('.app-versions').innerText();
    assert.match(history, /Version 2 \(current\)[\s\S]*Seen alone\s*No — Her mum[\s\S]*Version 1[\s\S]*Seen alone\s*Yes/);
    await expectNoAxeViolations(page, 'amended visit');

    await page.goto(`${env.server.url}/children/${child.id}/entries?recorded=${entryId}`);
    const entry = page.locator(`#entry-${entryId}`);
    const text = await entry.innerText();
    assert.match(text, /The corrected text of the visit\./);
    assert.doesNotMatch(text, /The first text of the visit\./, 'the old text only in the history');
    assert.match(await page.locator('.govuk-notification-banner').innerText(), /The entry was saved/);
    await expectNoAxeViolations(page, 'entries with a saved entry banner');
  });

  it('the Overview lists the latest entries briefly, each linking to its page', async () => {
    const page = await env.signedInPage(env.practitioner, `/children/${child.id}`);
    const latest = page.locator('#latest');
    const items = latest.locator('.app-recent-entry');
    assert.ok(await items.count() >= 1 && await items.count() <= 5);
    const first = await items.first().innerText();
    assert.ok(first.split('\n').filter((l) => l.trim()).length <= 4, `a short entry: ${first}`);
    assert.equal(await latest.locator('.app-entry__body').count(), 0, 'no entry in full');
    const box = await latest.boundingBox();
    assert.ok(box.height < 1200, `the latest entries take ${box.height}px`);
    await expectNoAxeViolations(page, 'overview with latest entries');
  });

  it('R25: Record an entry is shown to a practitioner, and to the Emergency Duty Team who give a reason first', async () => {
    const page = await env.signedInPage(env.practitioner, `/children/${child.id}`);
    assert.equal(await page.getByRole('link', { name: 'Record an entry' }).count(), 1);
    const edt = await env.signedInPage(env.user('edt'), `/children/${child.id}`);
    await edt.locator('h1').waitFor();
    await expectNoAxeViolations(edt, 'overview for the emergency duty team');
    await Promise.all([edt.waitForNavigation(), edt.getByRole('link', { name: 'Record an entry' }).click()]);
    await edt.locator('#reason').fill('Police called out of hours about a row at home');
    await Promise.all([edt.waitForNavigation(), edt.getByRole('button', { name: 'Continue to the record' }).click()]);
    await edt.getByRole('heading', { name: 'Record an entry' }).waitFor();
    await expectNoAxeViolations(edt, 'the duty worker records an entry');
    await saveScreenshot(edt, 'edt-record-entry');
  });

  it('R17: the adoption copy shows only the parts sent, dates UK style, no empty blocks', async () => {
    const manager = await env.session('team_manager', { parse: 'empty-ok' });
    const list = await manager.api('GET', '/api/v1/children?limit=200');
    const target = list.json.items.find((c) => c.access === 'full');
    const res = await manager.api('POST', `/api/v1/children/${target.id}/transfers`, {
      agency: 'Northern Adoption Agency', sent_on: londonDate(NOW), method: 'secure_email',
      parts: ['identity', 'living', 'people', 'documents'], reason: 'Adoption is the plan',
    });
    assert.equal(res.status, 201, res.text);
    const page = await env.signedInPage(env.user('team_manager'), `/transfers/${res.json.id}/copy`);
    const text = await page.locator('main').innerText();
    assert.doesNotMatch(text, ISO_DATE, 'no ISO dates');
    assert.doesNotMatch(text, /From\s*:|\(\s*\)|,\s*\.|:\s*\./, 'no empty punctuation');
    assert.doesNotMatch(text, /^Overview$/m, 'the overview was not sent');
    assert.match(text, /Date of birth\s*\d{1,2} [A-Z][a-z]+ \d{4}/);
    await expectNoAxeViolations(page, 'adoption copy of parts');
  });
});
