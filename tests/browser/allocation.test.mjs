// Browser test (R40): a team manager allocates a record of their team to another worker from the
// Overview's "Allocated worker — Change": the form lists the team's practitioners with their
// caseloads, the record shows the confirmation and the history line "Allocated to X by Y on
// 4 December 2026", and the team's unallocated records have their own page; every page passes axe
// (WCAG 2.2 AA).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';

// Every date here comes from this one instant, read on London's clock as the server reads it.
const NOW = new Date();
const TODAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' })
  .format(NOW);

let env, child, page, manager;

describe('allocating a record to a worker (R40)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'allocation-web', children: 8 });
  before(async () => {
    manager = env.user('team_manager');
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    child = (await api('GET', '/api/v1/children?limit=200')).json.items.find((c) => c.access === 'full' && c.status === 'open');
    assert.ok(child, 'the manager has a record of their team');
    page = await env.signedInPage(manager, `/children/${child.id}`);
  });

  it('R40: the manager changes the allocated worker, sees the confirmation and the history line', async () => {
    const row = page.locator('#overview-allocation');
    await row.waitFor();
    await Promise.all([page.waitForNavigation(), row.getByRole('link', { name: /Change/ }).click()]);
    await page.getByRole('heading', { name: /allocate/i }).first().waitFor();
    await expectNoAxeViolations(page, 'allocation form');
    // Each worker is offered with their caseload, in words.
    const hints = await page.locator('.govuk-radios__item:not(:has(input[value="none"])) .govuk-radios__hint').allInnerTexts();
    assert.ok(hints.length > 0, 'the team has practitioners to choose from');
    for (const hint of hints) assert.match(hint, /^\d+ child(ren)? allocated/);
    // Another worker than the one the record is allocated to now.
    const radio = page.locator('input[name="worker_id"]:not(:checked):not([value="none"])').first();
    const id = await radio.getAttribute('id');
    const worker = (await page.locator(`label[for="${id}"]`).innerText()).trim();
    await radio.check();
    await page.locator('#reason').fill('The current worker is going on leave; this worker knows the family');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the allocation' }).click()]);
    await page.locator('.govuk-notification-banner--success').waitFor();
    assert.match(await page.locator('.govuk-notification-banner--success').innerText(),
      new RegExp(`This record is now allocated to ${worker}`));
    assert.match(await row.innerText(), new RegExp(worker));
    const history = await page.locator('.app-allocation-history').innerText();
    assert.ok(history.includes(`Allocated to ${worker} by ${manager.full_name} on ${TODAY}`), history);
    await expectNoAxeViolations(page, 'record after allocation');
    await saveScreenshot(page, 'allocation-record-after');
    // The API says the same.
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    const allocation = (await api('GET', `/api/v1/children/${child.id}/allocation`)).json;
    assert.equal(allocation.worker, worker);
    assert.equal(allocation.history[0].worker, worker);
  });

  it('R40: the manager ends the allocation from the allocation page; the history says so', async () => {
    const row = page.locator('#overview-allocation');
    await Promise.all([page.waitForNavigation(), row.getByRole('link', { name: /Change/ }).click()]);
    await page.getByLabel('No allocated worker').check();
    await saveScreenshot(page, 'allocation-end');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the allocation' }).click()]);
    assert.match(await page.locator('.govuk-notification-banner--success').innerText(), /This record now has no allocated worker/);
    const history = await page.locator('.app-allocation-history').innerText();
    assert.ok(history.includes(`Allocated worker removed by ${manager.full_name} on ${TODAY}`), history);
    await expectNoAxeViolations(page, 'record after ending the allocation');
  });

  it('R40: the team manager has a page of the team’s unallocated records in the navigation', async () => {
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Unallocated' }).click()]);
    await page.getByRole('heading', { name: 'Unallocated records' }).waitFor();
    await expectNoAxeViolations(page, 'unallocated records');
    await saveScreenshot(page, 'allocation-unallocated');
  });

  it('R20: the manager moves the record to another team with a transfer summary; every problem is named first', async () => {
    await page.goto(`${env.server.url}/children/${child.id}`);
    const row = page.locator('#overview-allocation');
    await Promise.all([page.waitForNavigation(), row.getByRole('link', { name: 'Move to another team' }).click()]);
    await page.getByRole('heading', { name: 'Move to another team' }).waitFor();
    await expectNoAxeViolations(page, 'move to another team');
    await page.getByLabel('Why is it moving? (optional)').fill('The family moved across the borough.');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Move the record' }).click()]);
    const errors = await page.locator('.govuk-error-summary').innerText();
    assert.match(errors, /Choose the team the record moves to/);
    assert.match(errors, /Write the transfer summary/);
    assert.equal(await page.getByLabel('Why is it moving? (optional)').inputValue(), 'The family moved across the borough.',
      'what was typed is kept');
    await expectNoAxeViolations(page, 'move to another team with errors');
    await saveScreenshot(page, 'allocation-team-move-errors');
    const team = (await page.locator('.govuk-radios__label').first().innerText()).trim();
    await page.locator('input[name="team_id"]').first().check();
    await page.getByLabel('Transfer summary').fill('Mum and the children moved to the other side of the borough in May. ' +
      'School place agreed; the dentist appointment is still to book.');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Move the record' }).click()]);
    assert.equal(new URL(page.url()).pathname, '/home', 'the record has left the manager’s team');
    const { api } = await env.session('senior_manager', { parse: 'empty-ok' });
    const moved = await api('GET', `/api/v1/children/${child.id}/allocation`, undefined, { reason: 'Checking the move' });
    assert.equal(moved.status, 200, JSON.stringify(moved.json));
    assert.equal(moved.json.history[0].to_team, team);
    assert.match(moved.json.history[0].transfer_summary, /other side of the borough/);
  });
});
