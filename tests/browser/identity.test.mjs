// Browser test (R2, R4, R8): the child's identity (R2) changed through the page — a
// wrong NHS number gives the error summary and keeps what was typed, the fixed form saves — the
// identity viewed as at a past date shows the old name, and a living arrangement with its legal
// status and court order (R4, R8) is recorded; every page passes axe (WCAG 2.2 AA).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';
import { londonDate, addDays, dateParts } from '../support/dates.mjs';

let env, child, page;

// Every date here is a calendar day before today on London's clock, today taken once from this
// instant (tests/support/dates.mjs), as the server reads the dates typed.
const NOW = new Date();
const daysAgo = (n) => addDays(londonDate(NOW), -n);

/** Types the 'YYYY-MM-DD' `date` into the day, month and year fields named `${prefix}day` and so on. */
async function fillDate(prefix, date) {
  const { day, month, year } = dateParts(date);
  await page.locator(`#${prefix}day`).fill(day);
  await page.locator(`#${prefix}month`).fill(month);
  await page.locator(`#${prefix}year`).fill(year);
}

async function submit(name) {
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name, exact: true }).click()]);
}

describe("the child's identity (R2) and where they live (R4, R8)", { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'identity-web', children: 8 });
  before(async () => {
    child = await (await env.session('practitioner')).ownChild();
    page = await env.signedInPage(env.practitioner, `/children/${child.id}/identity`);
  });

  it('R2: a wrong NHS number shows the error summary and keeps what was typed; fixed, it saves', async () => {
    await page.getByRole('heading', { name: 'Identity today' }).waitFor();
    assert.equal(await page.locator('.moj-sub-navigation__link[aria-current="page"]').innerText(), 'Identity');
    assert.match(await page.locator('#identity-details').innerText(), new RegExp(child.full_name));
    await expectNoAxeViolations(page, 'identity');

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Change identity details' }).click()]);
    await expectNoAxeViolations(page, 'change identity details');
    await fillDate('from_', daysAgo(10));
    await page.locator('#reason').fill('Adoption order made');
    await page.locator('#full_name-value').fill('Robin Newname');
    await page.locator('#nhs_number-value').fill('943 476 5918');
    // R20: the child's sex, chosen from radios (the genogram draws the child with it).
    await page.getByRole('radio', { name: 'Female', exact: true }).check();
    await submit('Save changes');

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    const link = summary.getByRole('link', { name: /Enter a valid NHS number/ });
    assert.equal(await link.getAttribute('href'), '#nhs_number-value');
    assert.match(await page.locator('#nhs_number-value-error').innerText(), /Enter a valid NHS number/);
    assert.equal(await page.locator('#full_name-value').inputValue(), 'Robin Newname');
    assert.equal(await page.locator('#nhs_number-value').inputValue(), '943 476 5918');
    assert.equal(await page.locator('#reason').inputValue(), 'Adoption order made');
    assert.ok(await page.getByRole('radio', { name: 'Female', exact: true }).isChecked(), 'the sex chosen is kept');
    assert.match(await page.title(), /^Error: /);
    await expectNoAxeViolations(page, 'change identity details with an error');

    await page.locator('#nhs_number-value').fill('943 476 5919');
    await submit('Save changes');
    assert.match(new URL(page.url()).pathname, /\/identity$/);
    const details = await page.locator('#identity-details').innerText();
    assert.match(details, /Robin Newname/);
    assert.match(details, /943 476 5919/);
    assert.match(details, /Sex\s+Female/, 'the sex in words');
    assert.doesNotMatch(details, /female/, 'never the code');
    const history = await page.locator('#identity-history').innerText();
    assert.match(history, /Adoption order made/);
    assert.match(history, new RegExp(`Recorded by ${env.practitioner.full_name}`));
  });

  it('R2: viewing as at a past date shows the name the child had then', async () => {
    await fillDate('as_at-', daysAgo(11));
    await submit('View as at this date');
    await page.locator('#as-at-notice').waitFor();
    const details = await page.locator('#identity-details').innerText();
    assert.match(details, new RegExp(child.full_name));
    assert.doesNotMatch(details, /Robin Newname/);
    await expectNoAxeViolations(page, 'identity as at a past date');
  });

  it('R4/R8: records where the child lives with an interim care order, its court and date', async () => {
    // R8: the sealed order is on the Documents tab; the arrangement attaches it as the copy.
    const { token } = await env.session('practitioner');
    const form = new FormData();
    for (const [k, v] of Object.entries({ kind: 'court_order', title: 'Interim care order (sealed)', dated: '2026-11-20' })) form.append(k, v);
    form.append('file', new Blob(['%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n'], { type: 'application/pdf' }), 'order.pdf');
    const uploaded = await fetch(`${env.server.url}/api/v1/children/${child.id}/documents`, {
      method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    assert.equal(uploaded.status, 201, await uploaded.clone().text());
    const orderDocument = await uploaded.json();
    await page.goto(`${env.server.url}/children/${child.id}/living`);
    await page.getByRole('heading', { name: /lives now/ }).waitFor();
    await expectNoAxeViolations(page, 'where they live');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Record a change in where they live' }).click()]);
    await expectNoAxeViolations(page, 'record where they live');
    await fillDate('from_', daysAgo(3));
    await page.getByLabel('With foster carers').check();
    await page.locator('#place').fill('Foster carers in Kingsmere');
    await page.locator('#with_whom').fill('Jo and Sam (foster carers)');
    await page.getByLabel('Interim care order').check();
    await submit('Save');
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /date the order was made and the court/);
    assert.ok(await page.getByLabel('Interim care order').isChecked(), 'the chosen status is kept');
    assert.equal(await page.locator('#place').inputValue(), 'Foster carers in Kingsmere');
    await expectNoAxeViolations(page, 'record where they live with an error');

    await fillDate('order_', daysAgo(3));
    await page.locator('#order_court').fill('Family Court at Leeds');
    await page.getByLabel('Copy of the order').selectOption(orderDocument.id);
    await submit('Save');
    assert.match(new URL(page.url()).pathname, /\/living$/);
    const now = await page.locator('#living-now').innerText();
    assert.match(now, /With foster carers: Foster carers in Kingsmere/);
    assert.match(now, /Interim care order/);
    assert.match(now, /temporary court order/);
    assert.match(now, /Family Court at Leeds/);
    assert.equal(await page.getByRole('link', { name: 'Download the copy of the order' }).getAttribute('href'),
      `/documents/${orderDocument.id}/download`);
    await expectNoAxeViolations(page, 'where they live after recording');

    // The Overview tab shows where the child lives now and the legal status.
    await page.goto(`${env.server.url}/children/${child.id}`);
    assert.match(await page.locator('#overview-living').innerText(), /With foster carers: Foster carers in Kingsmere/);
    assert.match(await page.locator('#overview-legal-status').innerText(), /Interim care order, made on .* by Family Court at Leeds/);
    await expectNoAxeViolations(page, 'overview with the legal status');
  });
});
