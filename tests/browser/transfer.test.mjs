// Browser test (R17): a team manager records a transfer of part of the record to an adoption
// agency from the Overview — a missing choice of parts shows the error summary and keeps what was
// typed — and views the printable copy; every page passes axe (WCAG 2.2 AA).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';
import { londonParts } from '../support/dates.mjs';

// Every date here comes from this one instant, read on London's clock as the server reads it.
const NOW = new Date();

let env, child, page;

describe('transfer of the record to an adoption agency (R17)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'transfer-web', children: 8 });
  before(async () => {
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    child = (await api('GET', '/api/v1/children?limit=200')).json.items.find((c) => c.access === 'full');
    page = await env.signedInPage(env.user('team_manager'), `/children/${child.id}`);
  });

  it('R17: the form keeps what was typed on an error; the transfer is listed and its copy prints', async () => {
    await Promise.all([page.waitForNavigation(),
      page.getByRole('link', { name: 'Record a transfer to an adoption agency' }).click()]);
    await expectNoAxeViolations(page, 'transfer form');
    const today = londonParts(NOW);
    await page.locator('#agency').fill('Northern Adoption Agency');
    await page.locator('#sent_on-day').fill(today.day);
    await page.locator('#sent_on-month').fill(today.month);
    await page.locator('#sent_on-year').fill(today.year);
    await page.getByLabel('Secure email').check();
    await page.locator('#reason').fill('Adoption is the plan: placement through Northern Adoption Agency');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Record the transfer' }).click()]);
    await page.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(page, 'transfer form with an error');
    assert.equal(await page.locator('#agency').inputValue(), 'Northern Adoption Agency');
    await page.getByLabel('Identity').check();
    await page.getByLabel('Entries').check();
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Record the transfer' }).click()]);
    const link = page.getByRole('link', { name: /Sent to Northern Adoption Agency on/ });
    await link.waitFor();
    await Promise.all([page.waitForNavigation(), link.click()]);
    await page.getByRole('heading', { name: /Copy of .* record sent to Northern Adoption Agency on/ }).waitFor();
    await expectNoAxeViolations(page, 'copy of the record');
  });
});
