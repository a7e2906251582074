// The recording journey in a browser (R18, R26, R28, R29, R30, R31): a social worker
// records a visit with the child seen but not alone without saying why, sees the refusal in the
// error summary with everything typed still there, fixes it, saves, sees it on the record, amends
// it with a reason, sees "Amended" and both versions in the history, and finds it by search.
// axe runs on every page added for this (the visit form, its refusal, the entry page, the amend form).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';

// Search (/search?q=, full-text search of SPEC §3) is built on another branch: the lead sets this
// to true when it is on main, which turns on the journey's last step below.
const SEARCH_ON_MAIN = true;

let env, child, page;
const title = `Visit after school ${Date.now().toString(36)}`;

describe('recording a visit, amending it and finding it (browser)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'journey', children: 8 });
  before(async () => {
    child = await (await env.session('practitioner')).ownChild();
    page = await env.signedInPage(env.practitioner, `/children/${child.id}/entries`);
  });

  it('R18: seen but not alone without why is refused, everything typed kept; fixed, saved and shown on the record', async () => {
    await page.goto(`${env.server.url}/children/${child.id}/entries/new`);
    await page.getByRole('link', { name: 'Record a visit' }).click();
    await page.waitForURL(/\/entries\/new\/visit$/);
    await expectNoAxeViolations(page, 'visit form');

    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Where did the visit take place?').fill('At home, in the kitchen');
    await page.getByLabel('Name 1').fill('Ann Smith');
    await page.getByLabel('Their role 1').fill('Mum');
    await page.getByLabel('Why did the visit take place?').fill('Planned visit to see how the new routine is going.');
    // Interpreter: "Yes" reveals the language (GOV.UK conditional reveal), "No" hides it.
    const interpreter = page.getByRole('group', { name: 'Was an interpreter used?' });
    await interpreter.getByLabel('Yes', { exact: true }).check();
    assert.equal(await page.getByLabel('Which language?').isVisible(), true);
    await interpreter.getByLabel('No', { exact: true }).check();
    assert.equal(await page.getByLabel('Which language?').isVisible(), false);
    await page.getByRole('group', { name: 'Did you see the child?' }).getByLabel('Yes', { exact: true }).check();
    await page.getByRole('group', { name: 'Did you see the child on their own?' }).getByLabel('No', { exact: true }).check();
    await page.getByLabel('What was discussed and what did you see?').fill('We looked at her drawings of the new flat together.');
    await page.getByLabel("In the child's own words").fill('"I like my room. It is purple."');
    await page.getByLabel('What is worrying?').fill('Mum is very tired.');
    await page.getByLabel('What is helping?').fill('Nan visits every day.');
    await page.getByLabel('What needs to happen?').fill('Family support worker to visit on Friday.');
    await page.getByRole('button', { name: 'Save entry' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /You saw the child but not on their own\. Say why/);
    await expectNoAxeViolations(page, 'visit form with the refusal');
    // Everything typed is still there.
    assert.equal(await page.getByLabel('Title').inputValue(), title);
    assert.equal(await page.getByLabel('Where did the visit take place?').inputValue(), 'At home, in the kitchen');
    assert.equal(await page.getByLabel('Name 1').inputValue(), 'Ann Smith');
    assert.equal(await page.getByLabel('What was discussed and what did you see?').inputValue(), 'We looked at her drawings of the new flat together.');
    assert.equal(await page.getByLabel("In the child's own words").inputValue(), '"I like my room. It is purple."');
    assert.equal(await page.getByLabel('What needs to happen?').inputValue(), 'Family support worker to visit on Friday.');
    assert.equal(await page.getByRole('group', { name: 'Did you see the child on their own?' }).getByLabel('No', { exact: true }).isChecked(), true);

    // The summary links to the field; say why, and save.
    await summary.getByRole('link', { name: /Say why/ }).click();
    await page.getByLabel('Why did you not see the child on their own?').fill('She asked for Mum to stay with her.');
    await page.getByRole('button', { name: 'Save entry' }).click();
    await page.waitForURL(/\/children\/[^/]+\/entries\?recorded=/);
    const entry = page.locator('.app-entry', { hasText: title });
    await entry.waitFor();
    assert.match(await entry.innerText(), /Seen alone\s*No — She asked for Mum to stay with her\./);
  });

  it('R29 R30: amended with a reason, it shows "Amended" and both versions in its history', async () => {
    await page.locator('.app-entry', { hasText: title }).getByRole('link', { name: title }).click();
    await page.waitForURL(/\/entries\/[^/?]+$/);
    await expectNoAxeViolations(page, 'entry');
    assert.match(await page.locator('main').innerText(), /Who was involved/);

    await page.getByRole('link', { name: 'Amend this entry' }).click();
    await expectNoAxeViolations(page, 'amend entry');
    await page.getByLabel('What was discussed and seen').fill('We looked at her drawings of the new flat together, and her school reading book.');
    await page.getByRole('button', { name: 'Save the new version' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Say why the entry is being changed/);
    assert.match(await page.getByLabel('What was discussed and seen').inputValue(), /school reading book/, 'the new text is kept');
    await page.getByLabel('Why are you changing it?').fill('I left out the reading book.');
    await page.getByRole('button', { name: 'Save the new version' }).click();
    await page.waitForURL(/\?amended=1$/);

    const main = await page.locator('main').innerText();
    assert.match(main, /Amended \(version 2\)/);
    const versions = page.locator('.app-version');
    assert.equal(await versions.count(), 2);
    assert.match(await versions.nth(0).innerText(), /Version 2 \(current\)[\s\S]*I left out the reading book\.[\s\S]*school reading book/);
    assert.match(await versions.nth(1).innerText(), /Version 1[\s\S]*First recorded/);
    await expectNoAxeViolations(page, 'amended entry');
  });

  it('R19 R6 R27: the unsuccessful visit and management decision forms are accessible', async () => {
    await page.goto(`${env.server.url}/children/${child.id}/entries/new/unsuccessful-visit`);
    await page.getByLabel('Where did you go?').waitFor();
    await expectNoAxeViolations(page, 'unsuccessful visit form');
    const manager = await env.session('team_manager');
    const managerChild = await manager.ownChild();
    const managerPage = await env.signedInPage(manager.user, `/children/${managerChild.id}/entries/new/management-decision`);
    await managerPage.getByLabel('Reasons', { exact: true }).waitFor();
    await managerPage.getByRole('button', { name: 'Save entry' }).click();
    await managerPage.locator('.govuk-error-summary').waitFor();
    await expectNoAxeViolations(managerPage, 'management decision form with errors');
  });

  it('finds the visit by search (enabled when /search is on main)', { skip: SEARCH_ON_MAIN ? false : 'search is not on main yet' }, async () => {
    await page.goto(`${env.server.url}/search?q=${encodeURIComponent('school reading book')}`);
    const hit = page.getByRole('link', { name: title });
    await hit.first().waitFor();
    await expectNoAxeViolations(page, 'search results');
  });
});
