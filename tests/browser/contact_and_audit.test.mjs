// Browser test: R21's phone call form (who was there, actions, decisions by whom and why) with its
// error summary, the entry's page showing them; the audit filter by the Child ID people see with
// GOV.UK date inputs and every error at once; the training date as a date input. Every page passes
// axe (WCAG 2.2 AA) and is saved as a screenshot.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';

let env, child;

describe('contacts (R21), the audit filter and the training date', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'contact-web', children: 6, seed: 3 });
  before(async () => {
    child = await (await env.session('practitioner')).ownChild();
  });

  it('R21: a phone call with a decision but no one named and no reason is refused with every problem, then saved and shown', async () => {
    const page = await env.signedInPage(env.practitioner, `/children/${child.id}/entries/new/phone-call`);
    await page.getByRole('heading', { name: 'Record a phone call' }).waitFor();
    await page.locator('#contact-discussed').fill('The school rang about Tuesday.');
    await page.locator('#contact-decisions0-decision').fill('Move the review to Friday');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /Save/ }).click()]);
    const summary = await page.locator('.govuk-error-summary').innerText();
    for (const m of ['Say who was there or who you spoke to', 'Say who made the decision', 'Write why the decision was made']) {
      assert.ok(summary.includes(m), summary);
    }
    assert.equal(await page.locator('#contact-decisions0-decision').inputValue(), 'Move the review to Friday');
    await expectNoAxeViolations(page, 'phone call form with errors');
    await saveScreenshot(page, 'contact-phone-call-errors');
    await page.locator('#contact-who_was_there-named0-name').fill('Mr Jones');
    await page.locator('#contact-who_was_there-named0-role').fill('Head teacher');
    await page.locator('#contact-decisions0-decided_by').fill('Sam Patel, team manager');
    await page.locator('#contact-decisions0-reasons').fill('Mum works on Tuesdays');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /Save/ }).click()]);
    const entryLink = page.locator('a[href^="/entries/"]').first();
    await Promise.all([page.waitForNavigation(), entryLink.click()]);
    const text = await page.locator('main').innerText();
    for (const shown of ['Mr Jones (Head teacher)', 'Move the review to Friday', 'Decided by: Sam Patel, team manager', 'Why: Mum works on Tuesdays']) {
      assert.ok(text.includes(shown), shown);
    }
    await expectNoAxeViolations(page, 'phone call entry');
    await saveScreenshot(page, 'contact-phone-call-entry');
  });

  it('the audit filter takes the Child ID people see and GOV.UK dates, every problem at once', async () => {
    const page = await env.signedInPage(env.user('auditor'), '/audit');
    await page.locator('#child').fill('NO-SUCH-ID');
    await page.locator('#from-day').fill('31');
    await page.locator('#from-month').fill('2');
    await page.locator('#from-year').fill('2026');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Filter' }).click()]);
    const summary = await page.locator('.govuk-error-summary').innerText();
    assert.match(summary, /There is no child with the Child ID ‘?'?NO-SUCH-ID/);
    assert.match(summary, /The 'from' date must be a real date/);
    assert.equal(await page.locator('#child').inputValue(), 'NO-SUCH-ID');
    await expectNoAxeViolations(page, 'audit filter with errors');
    await saveScreenshot(page, 'audit-filter-errors');
  });

  it('R53: the training date is a GOV.UK date input', async () => {
    const page = await env.signedInPage(env.user('admin'), '/admin/users');
    await Promise.all([page.waitForNavigation(), page.locator('a[href^="/admin/users/"]:not([href$="/new"])').first().click()]);
    await page.locator('#completed_on-day').fill('31');
    await page.locator('#completed_on-month').fill('2');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Record training' }).click()]);
    assert.match(await page.locator('.govuk-error-summary').innerText(), /must be a real date/);
    assert.equal(await page.locator('#completed_on-day').inputValue(), '31');
    await expectNoAxeViolations(page, 'training date with an error');
    await saveScreenshot(page, 'training-date-error');
  });
});
