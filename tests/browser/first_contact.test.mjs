// Browser test (R1, R40): the First Contact Team accepts a referral in the pages. From the children
// list ("Open a record for a new referral") the First Contact worker fills in the referral with an
// existing child's name misspelt and first and last names swapped, and the same date of birth; the
// page offers that record as a possible match ("first and last names swapped, same date of birth")
// before anything opens. They open a new record anyway, saying why, and see it with a confirmation;
// the reason is in the access log for the auditor. The team's manager then allocates the new record
// to a worker. A form with a missing name and an impossible date shows every error at once and
// keeps what was typed. Every page passes axe (WCAG 2.2 AA); screenshots first-contact-*.png.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';
import { londonDate, londonParts } from '../support/dates.mjs';

// Every date here comes from this one instant, read on London's clock as the server reads it.
const NOW = new Date();
const TODAY = londonParts(NOW);

// A misspelling: the last vowel after the first letter becomes another vowel ("Okafor" -> "Okafar").
function misspelt(name) {
  for (let i = name.length - 1; i > 0; i--) {
    const at = 'aeiou'.indexOf(name[i]);
    if (at >= 0) return name.slice(0, i) + 'aeiou'[(at + 1) % 5] + name.slice(i + 1);
  }
  return `${name}e`;
}

let env, existing, others, fc, manager;

/** Fills the referral form for a child (first and last names, date of birth 'YYYY-MM-DD'), today, into `team`. */
async function fillReferral(page, { first, last, born, team, nhs = '' }) {
  const [year, month, day] = born.split('-');
  await page.locator('#first_name').fill(first);
  await page.locator('#last_name').fill(last);
  await page.locator('#date_of_birth-day').fill(String(Number(day)));
  await page.locator('#date_of_birth-month').fill(String(Number(month)));
  await page.locator('#date_of_birth-year').fill(year);
  await page.locator('#nhs_number').fill(nhs);
  await page.locator('#received_on-day').fill(TODAY.day);
  await page.locator('#received_on-month').fill(TODAY.month);
  await page.locator('#received_on-year').fill(TODAY.year);
  await page.locator('#source').fill('Class teacher at Riverside Primary');
  await page.locator('#reason').fill('Worried about bruising seen on the child’s arm at school.');
  await page.locator('#team_id').selectOption({ label: team });
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Continue' }).click()]);
}

describe('First Contact accepts a referral and opens a record (R1)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'first-contact-web', children: 12 });
  before(async () => {
    fc = env.user('first_contact');
    manager = env.user('team_manager');
    // A child of the manager's team, with a date of birth and a two-word name.
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    const list = (await api('GET', '/api/v1/children?limit=200')).json.items;
    const usable = list.filter((c) => c.access === 'full' && c.status === 'open' && c.date_of_birth && c.full_name.split(' ').length === 2);
    assert.ok(usable.length >= 3, 'the manager has records of their team with a date of birth');
    [existing, ...others] = usable;
  });

  it('R1: a likely duplicate is offered first; a new record opens with why; the manager allocates it (R40)', async () => {
    const page = await env.signedInPage(fc, '/children');
    await expectNoAxeViolations(page, 'first-contact-children-list');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Open a record for a new referral' }).click()]);
    await page.getByRole('heading', { name: 'Accept a referral and open a record' }).waitFor();
    await expectNoAxeViolations(page, 'first-contact-form');

    const [first, last] = existing.full_name.split(' ');
    // Swapped and misspelt: the surname typed as the first name, the first name as the surname.
    const typedFirst = misspelt(last);
    const teamName = manager.team;
    await fillReferral(page, { first: typedFirst, last: first, born: existing.date_of_birth, team: teamName, nhs: '943 476 5919' });

    // The possible match, in words, before anything is opened.
    await page.getByRole('heading', { name: 'Is this child already known to us?' }).waitFor();
    const card = page.locator('.app-possible-match', { hasText: existing.full_name });
    await card.waitFor();
    const words = await card.innerText();
    assert.match(words, /first and last names swapped/i, words);
    assert.match(words, /same date of birth/i, words);
    assert.match(words, new RegExp(teamName), words);
    assert.match(words, /Open/, words);
    assert.match(words, /This is the same child: go to the record/, words);
    await expectNoAxeViolations(page, 'first-contact-matches');

    // "None of these" needs a reason; without one, the page says so and keeps what was typed.
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'None of these: open a new record' }).click()]);
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Say why none of these records is the child/);
    assert.equal(await page.locator('input[name="first_name"]').inputValue(), typedFirst);
    await expectNoAxeViolations(page, 'first-contact-matches-error');
    const why = 'A different child: the school confirmed a different mother and address.';
    await page.locator('#not_a_duplicate').fill(why);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'None of these: open a new record' }).click()]);

    // The new record, with the confirmation.
    const banner = page.locator('.govuk-notification-banner--success');
    await banner.waitFor();
    assert.match(await banner.innerText(), /The referral is accepted and this record is open/);
    assert.match(await page.locator('h1').first().innerText(), new RegExp(`${typedFirst} ${first}`));
    const newId = new URL(page.url()).pathname.split('/')[2];
    assert.notEqual(newId, existing.id, 'a new record, not the existing one');
    await expectNoAxeViolations(page, 'first-contact-new-record');
    // The NHS number given with the referral is the identity's (R2).
    await page.goto(`${env.server.url}/children/${newId}/identity`);
    assert.match(await page.locator('main').innerText(), /943 476 5919/);

    // The reason is kept for the auditor with the opening (R40).
    const { api: audit } = await env.session('auditor', { parse: 'empty-ok' });
    const log = await audit('GET', `/api/v1/audit?child=${newId}&limit=50`);
    assert.equal(log.status, 200, JSON.stringify(log.json));
    assert.ok(log.json.items.some((r) => r.action === 'child.open' && r.reason === why), JSON.stringify(log.json.items));

    // The team's manager allocates the new record to a worker (R40).
    const mpage = await env.signedInPage(manager, `/children/${newId}/allocation`);
    await mpage.getByRole('heading', { name: 'Allocate a worker' }).waitFor();
    const radio = mpage.locator('input[name="worker_id"]').first();
    const id = await radio.getAttribute('id');
    const worker = (await mpage.locator(`label[for="${id}"]`).innerText()).trim();
    await radio.check();
    await Promise.all([mpage.waitForNavigation(), mpage.getByRole('button', { name: 'Save the allocation' }).click()]);
    await mpage.locator('.govuk-notification-banner--success').waitFor();
    assert.match(await mpage.locator('.govuk-notification-banner--success').innerText(),
      new RegExp(`This record is now allocated to ${worker}`));
    await expectNoAxeViolations(mpage, 'first-contact-allocated');
  });

  it('R1: the same child: an open record is the child’s already; a closed one reopens on the referral', async () => {
    const [open, toClose] = others;
    const page = await env.signedInPage(fc, '/children/new');
    const [first, last] = open.full_name.split(' ');
    await fillReferral(page, { first, last, born: open.date_of_birth, team: manager.team });
    // "Change the referral's details" goes back to the form with everything as typed.
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Change the referral’s details' }).click()]);
    assert.equal(await page.locator('#first_name').inputValue(), first);
    assert.equal(await page.locator('#source').inputValue(), 'Class teacher at Riverside Primary');
    assert.equal(await page.locator('#team_id option:checked').innerText(), manager.team);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Continue' }).click()]);
    const card = page.locator('.app-possible-match', { hasText: open.full_name });
    assert.match(await card.innerText(), /Same name, same date of birth/);
    await Promise.all([page.waitForNavigation(), card.getByRole('button', { name: /This is the same child: go to the record/ }).click()]);
    assert.equal(new URL(page.url()).pathname, `/children/${open.id}`);
    assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /No new record was opened/);
    await expectNoAxeViolations(page, 'first-contact-same-child');

    // A manager closes the other record; a new referral for that child reopens it.
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    const closed = await api('POST', `/api/v1/children/${toClose.id}/closure`, { closed_on: londonDate(NOW), reason: 'Needs met.', closing_summary: 'The family no longer needs us.' });
    assert.equal(closed.status, 200, JSON.stringify(closed.json));
    await page.goto(`${env.server.url}/children/new`);
    const [cfirst, clast] = toClose.full_name.split(' ');
    await fillReferral(page, { first: cfirst, last: clast, born: toClose.date_of_birth, team: manager.team });
    const closedCard = page.locator('.app-possible-match', { hasText: toClose.full_name });
    assert.match(await closedCard.innerText(), /Closed/);
    await expectNoAxeViolations(page, 'first-contact-matches-closed');
    await Promise.all([page.waitForNavigation(), closedCard.getByRole('button', { name: /reopen this record/ }).click()]);
    assert.equal(new URL(page.url()).pathname, `/children/${toClose.id}`);
    assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /reopened on the new referral/);
    const after = await api('GET', `/api/v1/children/${toClose.id}`);
    assert.equal(after.json.status, 'open');
    assert.equal(after.json.referral.source, 'Class teacher at Riverside Primary');
    await expectNoAxeViolations(page, 'first-contact-reopened');
  });

  it('R1: a bad referral shows every error at once and keeps what was typed', async () => {
    const page = await env.signedInPage(fc, '/children/new');
    await page.locator('#last_name').fill('Kowalska');
    await page.locator('#date_of_birth-day').fill('31');
    await page.locator('#date_of_birth-month').fill('2');
    await page.locator('#date_of_birth-year').fill('2019');
    await page.locator('#nhs_number').fill('943 476 5918');
    await page.locator('#source').fill('Health visitor');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Continue' }).click()]);
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const text = await summary.innerText();
    for (const problem of [/first name/i, /date of birth must be a real date/i, /NHS number/i,
      /date the referral was received/i, /why the referral was made/i]) {
      assert.match(text, problem, text);
    }
    // Each error also beside its field; what was typed is still there.
    assert.ok(await page.locator('#first_name-error').count() === 1, 'the first name says what is wrong');
    assert.ok(await page.locator('#date_of_birth-error').count() === 1, 'the date of birth says what is wrong');
    assert.equal(await page.locator('#last_name').inputValue(), 'Kowalska');
    assert.equal(await page.locator('#date_of_birth-day').inputValue(), '31');
    assert.equal(await page.locator('#date_of_birth-month').inputValue(), '2');
    assert.equal(await page.locator('#nhs_number').inputValue(), '943 476 5918');
    assert.equal(await page.locator('#source').inputValue(), 'Health visitor');
    await expectNoAxeViolations(page, 'first-contact-form-errors');
    await saveScreenshot(page, 'first-contact-form-errors');
  });

  it('R1: only those who may open a record see the button or the page', async () => {
    const page = await env.signedInPage(env.user('practitioner'), '/children');
    assert.equal(await page.getByRole('button', { name: 'Open a record for a new referral' }).count(), 0);
    const answer = await page.goto(`${env.server.url}/children/new`);
    assert.equal(answer.status(), 403);
  });
});
