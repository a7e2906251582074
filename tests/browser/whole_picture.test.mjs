// Browser test: the whole picture of one child, as a practitioner, a duty worker and a manager use
// it, on one record.
// - R25: the practitioner writes the Case Note Summary from the record's Summary tab, choosing key
//   contacts from the people on the record (one safe, one not safe: its reason is required and what
//   was typed is kept when it is missing); the Emergency Duty Team opens the out-of-hours view:
//   readable at a phone's width (390px), printable without the navigation.
// - R24: the practitioner starts a child in need plan, adds two goals and an action for each (who
//   will do what by when, for which goal), sees the one past its date tagged "Overdue", then records
//   a review meeting — first with nothing filled in (every error at once, named, what was typed
//   kept), then properly — and sees it on the plan with the action it marked done.
// - R20: the chronology shows the plan starting and its review; the family tree draws the family.
// - R25: a record whose summary is due says so on its Overview.
// Every page passes axe (WCAG 2.2 AA); screenshots go to build/screenshots.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';
import { londonParts, DAY } from '../support/dates.mjs';

// Every date here comes from this one instant, read on London's clock as the server reads it.
const NOW = new Date();
const ukDate = (instant) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' })
  .format(instant);

let env, child, page, worker;

async function fillDate(name, instant) {
  const d = londonParts(instant);
  await page.locator(`#${name}-day`).fill(d.day);
  await page.locator(`#${name}-month`).fill(d.month);
  await page.locator(`#${name}-year`).fill(d.year);
}

async function submit(label) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: label }).click()]);
}

describe('the whole picture of a child (R20, R24, R25)', { timeout: 280000 }, () => {
  env = useDemoBrowser({ prefix: 'whole-picture-web', children: 20 });
  before(async () => {
    worker = env.user('practitioner');
    const { api } = await env.session('practitioner', { parse: 'empty-ok' });
    // The practitioner's own open record with no child in need plan yet.
    for (const c of (await api('GET', '/api/v1/children?limit=200')).json.items) {
      if (c.allocated_worker !== worker.full_name || c.status !== 'open' || c.access !== 'full') continue;
      const plans = (await api('GET', `/api/v1/children/${c.id}/plan`)).json.items;
      if (!plans.some((p) => p.kind === 'child_in_need' && p.in_force)) { child = c; break; }
    }
    assert.ok(child, 'the practitioner has a record of their own with no child in need plan');
    page = await env.signedInPage(worker, `/children/${child.id}/summary`);
  });

  it('R25: the practitioner writes the summary with key contacts; a missing reason is named and the text kept', async () => {
    await page.getByRole('heading', { name: 'Case note summary' }).waitFor();
    await expectNoAxeViolations(page, 'summary tab before');
    await Promise.all([page.waitForNavigation(), page.locator('a.govuk-button', { hasText: /the summary/ }).click()]);
    await expectNoAxeViolations(page, 'summary form');
    await page.locator('#pen_picture').fill('Loves drawing and football. Feels safest with a routine.');
    await page.locator('#worries').fill('Arguments at home late at night.');
    await page.locator('#what_helps').fill('Nan visits every day.');
    await page.locator('#safety_plan').fill('If there is an argument, Mum takes the children to Nan and rings us.');
    await page.locator('#contingency_plan').fill('The Emergency Duty Team finds an emergency foster placement.');
    const selects = page.locator('select[name^="key-"]');
    assert.ok(await selects.count() >= 2, 'the record has at least two people');
    const safeName = (await page.locator(`label[for="${await selects.nth(0).getAttribute('id')}"]`).innerText()).split(' (')[0];
    const notSafeName = (await page.locator(`label[for="${await selects.nth(1).getAttribute('id')}"]`).innerText()).split(' (')[0];
    await selects.nth(0).selectOption('safe');
    await selects.nth(1).selectOption('not_safe');
    const noteName = (await selects.nth(1).getAttribute('name')).replace(/^key-/, 'note-');
    await page.locator(`[name="${noteName}"]`).fill('');
    // Not safe without saying why: refused, the field named, what was typed kept.
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the summary' }).click()]);
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Say why this person is not safe/);
    assert.equal(await page.locator('#worries').inputValue(), 'Arguments at home late at night.');
    assert.equal(await selects.nth(1).inputValue(), 'not_safe');
    await expectNoAxeViolations(page, 'summary form with errors');
    await page.locator(`[name="${noteName}"]`).fill('Hit the child in March; a court order keeps him away');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the summary' }).click()]);
    await page.locator('.govuk-notification-banner--success').waitFor();
    const people = await page.locator('.app-key-people').innerText();
    assert.ok(people.includes(safeName) && people.includes('Safe for the child'), people);
    assert.ok(people.includes(notSafeName) && people.includes('Not safe for the child'), people);
    assert.ok(people.includes('Hit the child in March'), people);
    assert.equal(await page.locator('#summary-due').count(), 0, 'a summary written now is not due');
    await expectNoAxeViolations(page, 'summary tab after');
  });

  it('R25: the Emergency Duty Team opens the out-of-hours view on a phone and prints it without the navigation', async () => {
    const edt = env.user('edt');
    const phone = await env.signedInPage(edt, `/children/${child.id}/out-of-hours`,
      { viewport: { width: 390, height: 844 }, isMobile: true });
    await phone.getByRole('heading', { name: child.full_name }).waitFor();
    const text = await phone.locator('main').innerText();
    for (const part of ['Key people', 'Safety plan', 'Contingency plan', 'Where they live', 'Legal status',
      'Allocated worker', 'Latest entries', 'Not safe for the child']) {
      assert.ok(text.includes(part), `${part} is on the page`);
    }
    assert.ok(text.includes(env.practitioner.full_name), 'the allocated worker is named');
    assert.ok(!/\d{4}-\d{2}-\d{2}/.test(text), 'no ISO dates on screen');
    // Nothing wider than the phone: no sideways scrolling.
    const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 390, `the page is ${wide}px wide at 390px`);
    await expectNoAxeViolations(phone, 'out of hours phone');
    await saveScreenshot(phone, 'out-of-hours-phone');
    // The case notes need a reason for the duty worker: asked on the page.
    assert.match(text, /Why do you need to see the case notes/);
    await phone.emulateMedia({ media: 'print' });
    assert.equal(await phone.locator('.govuk-service-navigation').isVisible(), false, 'no navigation in print');
    assert.equal(await phone.locator('.app-no-print').first().isVisible(), false);
    await saveScreenshot(phone, 'out-of-hours-print');
    await phone.context().close();

    const wide_page = await env.signedInPage(edt, `/children/${child.id}/out-of-hours`);
    await expectNoAxeViolations(wide_page, 'out of hours desktop');
    await wide_page.context().close();
  });
  it('R24: starts a plan, adds two goals with an action each; the late action is tagged overdue', async () => {
    await page.goto(`${env.server.url}/children/${child.id}/plan`);
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
  it('R20: the chronology shows the plan starting and its review; the family tree draws the family', async () => {
    await page.goto(`${env.server.url}/children/${child.id}/chronology`);
    await page.getByRole('heading', { name: 'Chronology', level: 2 }).waitFor();
    const timeline = await page.locator('.moj-timeline').innerText();
    assert.match(timeline, /Child in need plan started/);
    assert.match(timeline, /Review of the child in need plan/);
    await expectNoAxeViolations(page, 'chronology with the plan');
    await saveScreenshot(page, 'whole-picture-chronology');

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Family tree' }).click()]);
    await page.getByRole('heading', { name: 'Family tree' }).waitFor();
    assert.ok(await page.locator('.app-genogram svg').count() === 1, 'the family is drawn');
    assert.match(await page.locator('.app-genogram-list').innerText(), new RegExp(child.full_name.split(' ')[0]));
    await expectNoAxeViolations(page, 'family tree');
    await saveScreenshot(page, 'whole-picture-family-tree');
  });

  it('R25: a record whose summary is due says so on its Overview, with the reason and the date', async () => {
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    const items = (await api('GET', '/api/v1/children?limit=200')).json.items.filter((c) => c.access === 'full' && c.status === 'open');
    let due;
    for (const c of items) {
      const s = (await api('GET', `/api/v1/children/${c.id}/summary`)).json.summary;
      if (s.due.due && s.current) { due = { child: c, summary: s }; break; }
    }
    assert.ok(due, 'the demo has a record whose summary is due');
    const page2 = await env.signedInPage(env.user('team_manager'), `/children/${due.child.id}`);
    const banner = await page2.locator('#summary-due').innerText();
    assert.match(banner, /Case note summary due since \d{1,2} [A-Z][a-z]+ \d{4}/);
    assert.ok(banner.includes(due.summary.due.reason), banner);
    assert.match(await page2.locator('#overview-summary').innerText(), /Summary due/);
    await expectNoAxeViolations(page2, 'overview summary due');
    await page2.context().close();
  });
});
