// Browser test (R20, R23, R27, R37, R38): a practitioner starts a Child and Family Assessment from
// the record's Assessments tab, is told every missing section at once when sending it too early,
// writes the sections from the task list, adds the child's and a parent's views with the support
// they had (a refused view keeps what was typed), chooses the outcome with reasons and sends it to
// a manager; the team manager authorises it with reasons. Every page passes axe (WCAG 2.2 AA).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';

let env, child, page, practitioner, manager, assessmentPath;

async function save(page, button = 'Save and return to the assessment') {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: button }).click()]);
}

async function openTask(page, name) {
  await Promise.all([page.waitForNavigation(), page.locator('.app-assessment-tasks').getByRole('link', { name }).click()]);
}

describe('a Child and Family Assessment (R20, R23, R27, R37, R38)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'assessment-web', children: 12 });
  before(async () => {
    practitioner = env.user('practitioner');
    manager = env.user('team_manager');
    const worker = (await env.session('practitioner', { parse: 'empty-ok' })).api;
    const boss = (await env.session('team_manager', { parse: 'empty-ok' })).api;
    const theirs = new Set((await boss('GET', '/api/v1/children?limit=200')).json.items
      .filter((c) => c.access === 'full').map((c) => c.id));
    for (const c of (await worker('GET', '/api/v1/children?limit=200')).json.items) {
      if (c.access !== 'full' || c.status !== 'open' || !theirs.has(c.id)) continue;
      const list = (await worker('GET', `/api/v1/children/${c.id}/assessments`)).json.items;
      if (list.every((a) => a.status === 'authorised')) { child = c; break; }
    }
    assert.ok(child, 'a record of the team with no unfinished assessment');
    page = await env.signedInPage(practitioner, `/children/${child.id}/assessments`);
  });

  it('R20: the practitioner starts one from the Assessments tab and sees its due date', async () => {
    await page.getByRole('heading', { name: 'Child and Family Assessments' }).waitFor();
    await expectNoAxeViolations(page, 'assessments tab');
    await saveScreenshot(page, 'assessment-tab');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Start an assessment' }).click()]);
    await expectNoAxeViolations(page, 'start form');
    await save(page, 'Start the assessment');
    assessmentPath = new URL(page.url()).pathname;
    await page.locator('.app-assessment-tasks').waitFor();
    const dates = await page.locator('.app-assessment-dates').innerText();
    assert.match(dates, /Due by\s+\d{1,2} [A-Z][a-z]+ \d{4} \(45 working days after the referral\)/);
    assert.doesNotMatch(dates, /\d{4}-\d{2}-\d{2}/, 'no ISO dates on screen');
    assert.match(await page.locator('.app-assessment-tag').first().innerText(), /In progress/);
  });

  it('R20: sending it too early names every missing section at once', async () => {
    await save(page, 'Send to a manager to authorise');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const items = await summary.locator('li').allInnerTexts();
    assert.equal(items.length, 7, items.join('\n'));
    assert.match(items.join('\n'), /child’s views in their own words/);
    await expectNoAxeViolations(page, 'assessment with missing sections');
    await saveScreenshot(page, 'assessment-missing-sections');
  });

  it('R20, R23: the sections are written from the task list, each save a version', async () => {
    const sections = [
      ['The child’s developmental needs', 'developmental_needs', 'Healthy and doing well at school; loves drawing.'],
      ['How the parents or carers meet the child’s needs', 'parenting_capacity', 'Loving care; evenings are hard when money is tight.'],
      ['Family and environment', 'family_environment', 'A damp flat; Nan helps with school runs twice a week.'],
      ['Analysis', 'analysis', 'Worries: the damp and the evenings. Strengths: love and Nan’s help.'],
    ];
    for (const [name, field, text] of sections) {
      await openTask(page, name);
      await page.locator(`#${field}`).fill(text);
      await save(page);
      assert.match(await page.locator(`[data-section="${field}"]`).innerText(), new RegExp(text.slice(0, 20)));
    }
  });

  it('R37, R38: views with their support; a refused view keeps what was typed', async () => {
    await openTask(page, 'Views of the child, parents and important people');
    await page.locator('#words').fill('I want my room to be warm.');
    await save(page, 'Save their views');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const errors = (await summary.locator('li').allInnerTexts()).join('\n');
    assert.match(errors, /Choose whose views these are/);
    assert.match(errors, /Say whether they agree/);
    assert.equal(await page.locator('#words').inputValue(), 'I want my room to be warm.', 'what was typed is kept');
    await expectNoAxeViolations(page, 'view form with errors');
    await saveScreenshot(page, 'assessment-view-errors');
    await page.locator('#whose').selectOption('child');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.getByLabel('An advocate').check();
    await save(page, 'Save their views');
    // A parent's views, with an interpreter and other support in words.
    await openTask(page, 'Views of the child, parents and important people');
    const options = await page.locator('#whose option').evaluateAll((os) => os.map((o) => o.value).filter((v) => v && v !== 'child'));
    if (options.length > 0) {
      await page.locator('#whose').selectOption(options[0]);
      await page.locator('#words').fill('I want help with the flat, not people judging me.');
      await page.getByLabel('Partly', { exact: true }).check();
      await page.getByLabel('An interpreter').check();
      await page.getByLabel('Other support', { exact: true }).check();
      await page.locator('#support_other').fill('Her sister came with her');
      await save(page, 'Save their views');
    }
    const views = await page.locator('.app-assessment-views').innerText();
    assert.match(views, /\(the child\)/);
    assert.match(views, /I want my room to be warm\./);
    assert.match(views, /Agrees with the assessment\. Support to share their views: An advocate\./);
    if (options.length > 0) assert.match(views, /Partly agrees.*An interpreter, Her sister came with her/s);
  });

  it('R23: the outcome with the recommendation and reasons; sent to a manager', async () => {
    await openTask(page, 'Outcome and recommendation');
    await page.getByLabel(/A child in need plan/).check();
    await page.locator('#recommendation').fill('A child in need plan for six months, because the family want help.');
    await save(page);
    await expectNoAxeViolations(page, 'assessment written');
    await saveScreenshot(page, 'assessment-written');
    await save(page, 'Send to a manager to authorise');
    await page.locator('.govuk-notification-banner--success').waitFor();
    assert.match(await page.locator('.app-assessment-tag').first().innerText(), /Waiting for a manager/);
    assert.equal(await page.locator('.app-assessment-tasks a').count(), 0, 'nothing can be changed while the manager reads it');
  });

  it('R27: the team manager authorises it with reasons', async () => {
    const boss = await env.signedInPage(manager, assessmentPath);
    await Promise.all([boss.waitForNavigation(), boss.getByRole('link', { name: 'Authorise or return the assessment' }).click()]);
    await expectNoAxeViolations(boss, 'authorisation form');
    await save(boss, 'Save the decision');
    await boss.locator('.govuk-error-summary').waitFor();
    assert.match(await boss.locator('.govuk-error-summary').innerText(), /Give the reasons for your decision/);
    await boss.getByLabel('Authorise the assessment').check();
    await boss.locator('#reasons').fill('The analysis is clear and the family’s views are in their own words.');
    await save(boss, 'Save the decision');
    await boss.locator('.govuk-notification-banner--success').waitFor();
    assert.match(await boss.locator('.app-assessment-tag').first().innerText(), /Authorised/);
    const dates = await boss.locator('.app-assessment-dates').innerText();
    assert.match(dates, new RegExp(`Authorised\\s+\\d{1,2} [A-Z][a-z]+ \\d{4} by ${manager.full_name}`));
    assert.match(dates, /The analysis is clear/);
    await expectNoAxeViolations(boss, 'authorised assessment');
    await saveScreenshot(boss, 'assessment-authorised');
    // The Overview says so too.
    await boss.goto(new URL(`/children/${child.id}`, boss.url()).href);
    const overview = await boss.locator('.app-assessment-overview').innerText();
    assert.match(overview, /Authorised/);
    await saveScreenshot(boss, 'assessment-overview');
  });
});
