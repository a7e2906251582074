// Browser test (R24): a practitioner starts a child in need plan from the Plan tab, adds two goals
// and an action for each (who will do what by when, for which goal), sees the one past its date
// tagged "Overdue", then records a review meeting — first with nothing filled in (every error at
// once, named, what was typed kept), then properly — and sees it on the plan with the action it
// marked done. Every page passes axe (WCAG 2.2 AA); screenshots go to build/screenshots.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';

// Every date here comes from this one instant, read on London's clock as the server reads it.
const NOW = new Date();
const DAY = 24 * 3600e3;
const parts = (instant) => {
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(instant);
  const get = (type) => p.find((x) => x.type === type).value;
  return { day: get('day'), month: get('month'), year: get('year') };
};
const ukDate = (instant) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' })
  .format(instant);

let env, child, page, worker;

async function fillDate(name, instant) {
  const d = parts(instant);
  await page.locator(`#${name}-day`).fill(d.day);
  await page.locator(`#${name}-month`).fill(d.month);
  await page.locator(`#${name}-year`).fill(d.year);
}

async function submit(label) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: label }).click()]);
}

describe('the child’s plan and its reviews (R24)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'plan-web', children: 8 });
  before(async () => {
    worker = env.user('practitioner');
    const { api } = await env.session('practitioner', { parse: 'empty-ok' });
    for (const c of (await api('GET', '/api/v1/children?limit=200')).json.items.filter((x) => x.access === 'full' && x.status === 'open')) {
      const plans = (await api('GET', `/api/v1/children/${c.id}/plan`)).json.items;
      if (!plans.some((p) => p.kind === 'child_in_need' && p.in_force)) { child = c; break; }
    }
    assert.ok(child, 'the worker has a record with no child in need plan');
    page = await env.signedInPage(worker, `/children/${child.id}/plan`);
  });

  it('R24: starts a plan, adds two goals with an action each; the late action is tagged overdue', async () => {
    await page.getByRole('heading', { name: 'Plan', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'plan tab');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Start a plan' }).click()]);
    await page.getByLabel('Child in need plan').check();
    await fillDate('started_on', new Date(NOW.getTime() - 30 * DAY));
    await expectNoAxeViolations(page, 'start a plan');
    await submit('Start the plan');
    const plan = page.locator('.app-plan').filter({ hasText: 'Child in need plan' });
    await plan.waitFor();
    // The plan in force is one click from the record's header.
    assert.ok(await page.locator('.app-plan-link', { hasText: 'Child in need plan' }).count() >= 1);

    for (const goal of ['Sam goes to school every day', 'The home is warm and safe']) {
      await Promise.all([page.waitForNavigation(), plan.getByRole('link', { name: 'Add a goal' }).click()]);
      await page.locator('#title').fill(goal);
      await submit('Add the goal');
    }
    // An action with no owner or date is refused, naming each, and keeps what was typed.
    await Promise.all([page.waitForNavigation(), plan.getByRole('link', { name: 'Add an action' }).click()]);
    await page.locator('#goal_id').selectOption({ label: 'Sam goes to school every day' });
    await page.locator('#description').fill('Meet the school about mornings');
    await submit('Add the action');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const errors = await summary.innerText();
    assert.match(errors, /Say who will do this/);
    assert.match(errors, /Enter the date it will be done by/);
    assert.equal(await page.locator('#description').inputValue(), 'Meet the school about mornings');
    await expectNoAxeViolations(page, 'action form with errors');
    await saveScreenshot(page, 'plan-action-errors');
    await page.getByRole('radio', { name: 'Someone else' }).check();
    await page.locator('#owner_name').fill('Priya Shah');
    await page.locator('#owner_role').fill('school nurse');
    await fillDate('due_on', new Date(NOW.getTime() - 3 * DAY));
    await submit('Add the action');

    await Promise.all([page.waitForNavigation(), plan.getByRole('link', { name: 'Add an action' }).click()]);
    await page.locator('#goal_id').selectOption({ label: 'The home is warm and safe' });
    await page.locator('#description').fill('Apply for help with heating costs');
    // The record's allocated worker when it has one, else the first person on the record.
    await page.locator('input[name="owner"]').first().check();
    await fillDate('due_on', new Date(NOW.getTime() + 14 * DAY));
    await submit('Add the action');

    const late = plan.locator('.app-plan-action', { hasText: 'Meet the school about mornings' });
    assert.match(await late.innerText(), /Overdue/);
    assert.match(await late.innerText(), /Priya Shah \(school nurse\)/);
    assert.doesNotMatch(await plan.locator('.app-plan-action', { hasText: 'heating' }).innerText(), /Overdue/);
    await expectNoAxeViolations(page, 'plan with goals and actions');
    await saveScreenshot(page, 'plan-goals-actions');
  });

  it('R24: records a review — every error at once first — and shows it with the action done', async () => {
    const plan = page.locator('.app-plan').filter({ hasText: 'Child in need plan' });
    await Promise.all([page.waitForNavigation(), plan.getByRole('link', { name: 'Record a review' }).click()]);
    await page.locator('#decisions').fill('The plan continues');
    await submit('Save the review');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const errors = await summary.innerText();
    for (const want of [/date of the review meeting/, /who attended/, /views/, /progress/]) assert.match(errors, want);
    assert.equal(await page.locator('#decisions').inputValue(), 'The plan continues', 'what was typed is kept');
    await expectNoAxeViolations(page, 'review form with errors');
    await saveScreenshot(page, 'plan-review-errors');

    await fillDate('held_on', new Date(NOW.getTime() - 1 * DAY));
    await page.locator('#attendees').fill(`${worker.full_name}, social worker\nJo Smith, mum\nPriya Shah, school nurse`);
    await page.locator('#child_views').fill('I like my new teacher. Mornings are still hard.');
    await page.locator('#parent_name').fill('Jo Smith');
    await page.locator('#parent_views').fill('Things are calmer at home.');
    const progress = page.locator('textarea[id^="progress_"]');
    assert.equal(await progress.count(), 2, 'progress on each goal');
    await progress.nth(0).fill('Sam went to school every day last week.');
    await progress.nth(1).fill('The heating application is in.');
    await page.getByRole('checkbox', { name: 'Meet the school about mornings' }).check();
    await page.locator('#new_goal_id').selectOption({ label: 'Sam goes to school every day' });
    await page.locator('#new_description').fill('Ask the school about a breakfast club place');
    await page.locator('input[name="new_owner"]').first().check();
    await fillDate('new_due_on', new Date(NOW.getTime() + 21 * DAY));
    await saveScreenshot(page, 'plan-review-form');
    await submit('Save the review');

    const review = page.locator('.app-plan-review').first();
    await review.waitFor();
    assert.match(await review.innerText(), new RegExp(`Review on ${ukDate(new Date(NOW.getTime() - DAY))}`));
    await review.locator('summary').click();
    const text = await review.innerText();
    assert.match(text, /I like my new teacher/);
    assert.match(text, /Jo Smith/);
    const done = plan.locator('.app-plan-action', { hasText: 'Meet the school about mornings' });
    assert.match(await done.innerText(), /Done/);
    assert.doesNotMatch(await done.innerText(), /Overdue/);
    assert.ok(await plan.locator('.app-plan-action', { hasText: 'breakfast club' }).count() === 1, 'the next step');
    await expectNoAxeViolations(page, 'plan after the review');
    await saveScreenshot(page, 'plan-after-review');

    // The Overview shows the plan in force.
    await page.goto(`${env.server.url}/children/${child.id}`);
    assert.match(await page.locator('.app-overview-plans').innerText(), /Child in need plan/);
    await expectNoAxeViolations(page, 'overview with the plan');
    await saveScreenshot(page, 'plan-overview');
  });
});
