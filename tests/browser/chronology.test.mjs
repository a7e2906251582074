// Browser test (R20): a practitioner opens the Chronology tab (an MOJ timeline of significant events
// only), filters it by kind and dates, adds an item by hand — first with every mistake at once (no
// source, a month with a day, nothing in "what happened"), what they typed kept — then promotes an
// entry from the entry's own page, pre-filled from it, and writes the impact on the child of a
// generated item; every page passes axe (WCAG 2.2 AA) and is saved as a screenshot.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';
import { earlier, HOUR } from '../support/dates.mjs';

// Every date here comes from this one instant.
const NOW = new Date();

let env, child, page, worker, api;

describe('the chronology (R20)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'chronology-web', children: 6 });
  before(async () => {
    worker = env.user('practitioner');
    const session = await env.session('practitioner');
    api = session.api;
    child = await session.ownChild();
    page = await env.signedInPage(worker, `/children/${child.id}/chronology`);
  });

  it('R20: the tab shows the timeline with dates in words, and filters by kind and dates', async () => {
    await page.getByRole('heading', { name: 'Chronology', level: 2 }).waitFor();
    assert.equal(await page.locator('.moj-sub-navigation__link[aria-current="page"]').innerText(), 'Chronology');
    const dates = await page.locator('.moj-timeline__date').allInnerTexts();
    assert.ok(dates.length > 0, 'the record has generated items (its referral at least)');
    for (const d of dates) assert.doesNotMatch(d, /\d{4}-\d{2}-\d{2}/, 'no ISO dates on screen');
    await expectNoAxeViolations(page, 'chronology');
    await saveScreenshot(page, 'chronology-timeline');

    await page.locator('.app-chronology__filter summary').click();
    await page.locator('#kind-record').check();
    await page.locator('#from-year').fill('2000');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Apply the filter' }).click()]);
    const kinds = await page.locator('.moj-timeline__byline').allInnerTexts();
    assert.ok(kinds.length > 0);
    for (const k of kinds) assert.equal(k, 'The record opened, closed, moved or sent on');
    // A date that cannot be: said beside the field, what was typed kept.
    await page.locator('#from-day').fill('31');
    await page.locator('#from-month').fill('2');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Apply the filter' }).click()]);
    await page.locator('.govuk-error-summary').waitFor();
    assert.equal(await page.locator('#from-day').inputValue(), '31');
    await expectNoAxeViolations(page, 'chronology filter error');
  });

  it('R20: adding by hand shows every error at once and keeps what was typed, then adds the item', async () => {
    await page.goto(`${env.server.url}/children/${child.id}/chronology`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Add an item' }).click()]);
    await page.locator('#precision-month, input[name="precision"][value="month"]').first().check();
    await page.locator('#date-day').fill('14');
    await page.locator('#date-month').fill('3');
    await page.locator('#date-year').fill('2019');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add to the chronology' }).click()]);
    const summary = await page.locator('.govuk-error-summary').innerText();
    assert.match(summary, /no day/);
    assert.match(summary, /what happened/i);
    assert.match(summary, /source/i);
    assert.equal(await page.locator('#date-day').inputValue(), '14', 'what was typed is kept');
    await expectNoAxeViolations(page, 'chronology add errors');
    await saveScreenshot(page, 'chronology-add-errors');

    await page.locator('#date-day').fill('');
    await page.locator('#what_happened').fill('Mum and the children moved to Durham from Leeds');
    await page.locator('#source').fill('Mum, at the first home visit');
    await page.locator('#impact').fill('A new school, and no friends nearby at first');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add to the chronology' }).click()]);
    await page.locator('.govuk-notification-banner--success').waitFor();
    const item = page.locator('.app-chronology__item', { hasText: 'Mum and the children moved to Durham' });
    assert.match(await item.locator('.moj-timeline__date').innerText(), /^March 2019/);
    assert.match(await item.innerText(), /Impact on the child: A new school/);
    await expectNoAxeViolations(page, 'chronology after add');
    await saveScreenshot(page, 'chronology-after-add');
  });

  it('R20: an entry is promoted from its own page, pre-filled, and a generated item gets its impact', async () => {
    const entry = await api('POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'case_note', occurred_at: earlier(NOW, 3 * HOUR).toISOString(), title: 'Jo started at his new school',
      body: 'Jo started at the primary school today and met his teacher.',
    });
    assert.equal(entry.status, 201, JSON.stringify(entry.json));
    await page.goto(`${env.server.url}/entries/${entry.json.id}`);
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Add to the chronology' }).click()]);
    assert.equal(await page.locator('#what_happened').inputValue(), 'Jo started at his new school');
    assert.ok(await page.locator('input[name="precision"][value="day"]').isChecked());
    assert.notEqual(await page.locator('#date-year').inputValue(), '');
    await expectNoAxeViolations(page, 'chronology promote form');
    await saveScreenshot(page, 'chronology-promote');
    await page.locator('#impact').fill('Jo was proud to wear the new uniform');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Add to the chronology' }).click()]);
    await page.locator('.govuk-notification-banner--success').waitFor();
    const promoted = page.locator('.app-chronology__item', { hasText: 'Jo started at his new school' });
    assert.match(await promoted.innerText(), /read the entry/);

    // The referral is generated; its impact is written afterwards.
    const referral = page.locator('.app-chronology__item', { hasText: 'Referral received' }).first();
    await Promise.all([page.waitForNavigation(), referral.getByRole('link', { name: /(Add|Change) the impact on the child/ }).click()]);
    await expectNoAxeViolations(page, 'chronology impact form');
    await page.locator('#impact').fill('The family had help from then on');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the impact' }).click()]);
    await page.locator('.govuk-notification-banner--success').waitFor();
    assert.match(await page.locator('.app-chronology__item', { hasText: 'Referral received' }).first().innerText(),
      /Impact on the child: The family had help from then on/);
    await saveScreenshot(page, 'chronology-impact');
  });
});
