// Browser test (R25): a practitioner writes the Case Note Summary from the record's Summary tab,
// choosing key contacts from the people on the record (one safe, one not safe: its reason is
// required and what was typed is kept when it is missing), and the Emergency Duty Team opens the
// out-of-hours view: readable at a phone's width (390px), printable without the navigation.
// Every page passes axe (WCAG 2.2 AA); screenshots go to build/screenshots.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';

let env, child, page;

describe('the case note summary and the out-of-hours view (R25)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'summary-web', children: 8 });
  before(async () => {
    const { api } = await env.session('practitioner', { parse: 'empty-ok' });
    const items = (await api('GET', '/api/v1/children?limit=200')).json.items;
    child = items.find((c) => c.allocated_worker === env.practitioner.full_name && c.status === 'open');
    assert.ok(child, 'the practitioner has a record of their own');
    page = await env.signedInPage(env.practitioner, `/children/${child.id}/summary`);
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
