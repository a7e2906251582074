// Browser test (R3, R5): adding a person with parental responsibility through the
// People tab — a refused save keeps what was typed and says what to fix — and the household then
// shows them with parental responsibility highlighted and its basis in words. Accessible (axe).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';

describe('the People tab', { timeout: 170000 }, () => {
  const env = useDemoBrowser({ prefix: 'people-browser', children: 8 });

  it('R3/R5: adds a person with parental responsibility; a refused save keeps the typed values; the household highlights parental responsibility', async () => {
    const { token, ownChild } = await env.session('practitioner');
    const child = await ownChild();
    const page = await env.signedInPage(env.practitioner, `/children/${child.id}/people`);
    await page.locator('h2', { hasText: 'Living in the home now' }).waitFor();
    await expectNoAxeViolations(page, 'People tab');

    await page.getByRole('link', { name: 'Add a person' }).click();
    await page.locator('h1', { hasText: 'Add a person' }).waitFor();
    if (await page.locator('input[name="person_id"][value=""]').count()) {
      await page.locator('input[name="person_id"][value=""]').check();  // someone new
    }
    await page.fill('#full_name', 'Tara Bellingham');
    await page.fill('#phone', '07700 900321');
    await page.fill('#email', 'tara@example.org');
    await page.selectOption('#relationship', 'step_mother');
    await page.locator('input[name="important_to"][value="both"]').check();
    await page.fill('#moved_in-day', '3');
    await page.fill('#moved_in-month', '2');
    await page.fill('#moved_in-year', '2022');
    await page.locator('input[name="pr_holds"][value="yes"]').check();
    await page.selectOption('#pr_basis', 'birth_mother');  // only a mother holds it as the birth mother
    await page.getByRole('button', { name: 'Add the person' }).click();

    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Only the child's mother has parental responsibility as the birth mother/);
    assert.equal(await page.inputValue('#full_name'), 'Tara Bellingham', 'what was typed is kept');
    assert.equal(await page.inputValue('#phone'), '07700 900321');
    assert.equal(await page.inputValue('#moved_in-year'), '2022');
    assert.equal(await page.locator('#relationship').inputValue(), 'step_mother');
    assert.ok(await page.locator('input[name="important_to"][value="both"]').isChecked());
    assert.match(await page.title(), /^Error:/);
    await expectNoAxeViolations(page, 'add a person, refused');

    await page.selectOption('#pr_basis', 'step_parent_agreement_or_order');
    await page.fill('#pr_since-day', '1');
    await page.fill('#pr_since-month', '9');
    await page.fill('#pr_since-year', '2023');
    await page.getByRole('button', { name: 'Add the person' }).click();

    await page.locator('.govuk-notification-banner--success').waitFor();
    const card = page.locator('#household .app-person', { hasText: 'Tara Bellingham' });
    await card.waitFor();
    const text = await card.innerText();
    assert.match(text, /Parental responsibility/);
    assert.match(text, /Step-parent agreement or order, since 1 September 2023/);
    assert.match(text, /Yes, since 3 February 2022/);
    assert.match(text, /The child and the parents and carers/);
    assert.equal(await card.locator('.govuk-tag', { hasText: 'Parental responsibility' }).count(), 2);
    await expectNoAxeViolations(page, 'People tab with the new person');

    // R3 via the API too: the basis is there for every client.
    const res = await fetch(`${env.server.url}/api/v1/children/${child.id}/people`, { headers: { authorization: `Bearer ${token}` } });
    const tara = (await res.json()).items.find((p) => p.full_name === 'Tara Bellingham');
    assert.equal(tara.parental_responsibility_basis, 'step_parent_agreement_or_order');
  });
});
