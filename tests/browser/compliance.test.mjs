// Browser test (R20, R24, R25, R28): a team manager opens "Due and missing" from the navigation
// and sees, per practitioner and per record, the summaries due, plan actions overdue and the parts
// of the record the policy asks for that are missing; "Put it right" goes to the page that fixes
// it; the record's Overview says the same under "What this record needs"; a senior manager sees every
// team counted. Every page passes axe and is photographed.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';

let env, page;

describe('what the team’s records need (R20, R24, R25, R28)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'compliance-web', children: 16 });
  before(async () => {
    page = await env.signedInPage(env.user('team_manager'), '/home');
  });

  it('R20, R25: the team manager sees each practitioner’s counts and each record’s findings', async () => {
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Due and missing' }).click()]);
    await page.getByRole('heading', { name: 'What the team’s records need' }).waitFor();
    await expectNoAxeViolations(page, 'team compliance');
    await saveScreenshot(page, 'compliance-team');
    const table = await page.locator('.app-compliance-workers').innerText();
    assert.match(table, /Summaries due/);
    const records = page.locator('.app-compliance-record');
    assert.ok(await records.count() > 0, 'the demo has records with something to do');
    const text = await page.locator('main').innerText();
    assert.match(text, /Case Note Summary:/);
    assert.doesNotMatch(text, /r2[0-9]\.|_/, 'no rule ids or codes on screen');
  });

  it('R25: "Put it right" goes to the summary, and the Overview lists what the record needs', async () => {
    const link = page.locator('.app-compliance-record a[href$="/summary"]', { hasText: 'Put it right' }).first();
    const href = await link.getAttribute('href');
    assert.match(href, /\/children\/[^/]+\/summary$/);
    await page.goto(env.server.url + href.replace(/\/summary$/, ''));
    const needs = page.locator('#record-needs');
    await needs.waitFor();
    assert.match(await page.locator('.app-record-needs').innerText(), /Case Note Summary/);
    await expectNoAxeViolations(page, 'record with what it needs');
    await page.locator('#record-needs').scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'compliance-record');
  });

  it('R20, R25: a senior manager outside the teams sees every team counted, and opens one', async () => {
    const senior = await env.signedInPage(env.user('senior_manager'), '/team/compliance');
    await senior.getByRole('heading', { name: 'What the team’s records need' }).waitFor();
    const table = senior.locator('.app-compliance-teams');
    const rows = await table.locator('tbody tr').allInnerTexts();
    assert.ok(rows.length >= 4, rows.join(' | '));
    const manager = env.user('team_manager');
    const row = rows.find((r) => r.startsWith(manager.team));
    assert.ok(row, `${manager.team} is counted: ${rows.join(' | ')}`);
    await expectNoAxeViolations(senior, 'every team');
    await saveScreenshot(senior, 'compliance-every-team');
    await Promise.all([senior.waitForNavigation(), table.getByRole('link', { name: manager.team }).click()]);
    await senior.getByRole('heading', { name: manager.team }).waitFor();
    assert.ok(await senior.locator('.app-compliance-workers').count() === 1);
    await senior.context().close();
  });
});
