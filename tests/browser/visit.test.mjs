// Browser test (R18, R26): a visit recorded with its R18 details shows them on the
// child's record — seen alone or not, and why — and the page stays accessible.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';
import { earlier, londonParts, HOUR } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs); dates typed
// into forms are today on London's clock, as the server reads them, not the machine's clock.
const NOW = new Date();

describe("a visit on the child's record", { timeout: 170000 }, () => {
  const env = useDemoBrowser({ prefix: 'visit', children: 8 });

  it('R18: shows where, who, whether the child was seen alone and why not, and the analysis', async () => {
    const { token, ownChild } = await env.session('practitioner');
    const child = await ownChild();
    const res = await fetch(`${env.server.url}/api/v1/children/${child.id}/entries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'visit', occurred_at: earlier(NOW, HOUR).toISOString(), title: 'Visit after school',
        body: 'We sat in the kitchen and talked about school.', significant: true,
        visit: {
          place: 'At home, in the kitchen', who_was_there: [{ name: 'Ann', role: 'Mum' }], purpose: 'Planned visit',
          interpreter_used: false, child_seen: true, seen_alone: false, seen_alone_reason: 'She asked for Mum to stay.',
          discussed_and_seen: 'Her new reading book.', childs_words: '"I can read it all by myself."',
          analysis: { worrying: 'Nothing new.', helping: 'Reading with Mum every night.', needs_to_happen: 'Visit again in two weeks.' },
        },
      }),
    });
    assert.equal(res.status, 201, await res.text());
    const page = await env.signedInPage(env.practitioner, `/children/${child.id}/entries`);
    const entry = page.locator('.app-entry', { hasText: 'Visit after school' });
    await entry.waitFor();
    const text = await entry.innerText();
    assert.match(text, /Seen alone\s*No — She asked for Mum to stay\./);
    assert.match(text, /At home, in the kitchen/);
    assert.match(text, /Ann \(Mum\)/);
    assert.match(text, /What needs to happen\s*Visit again in two weeks\./);
    await expectNoAxeViolations(page, "child's record with a visit");
  });

  it('R1: a team manager closes a record; a refusal keeps what was typed; the record stays readable', async () => {
    const { user: manager, token } = await env.session('team_manager');
    const list = await (await fetch(`${env.server.url}/api/v1/children?limit=200`, { headers: { authorization: `Bearer ${token}` } })).json();
    const child = list.items.find((c) => c.access === 'full' && c.status === 'open');
    const page = await env.signedInPage(manager, `/children/${child.id}`);
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/close')),
      page.getByRole('link', { name: 'Close this record' }).click()]);
    await expectNoAxeViolations(page, 'close a record');
    await page.getByLabel('Closing summary').fill('School attendance is good and Mum has support.');
    await page.getByRole('button', { name: 'Close the record' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /Enter the date involvement ended/);
    assert.equal(await page.getByLabel('Closing summary').inputValue(),
      'School attendance is good and Mum has support.', 'what was typed is kept');
    await expectNoAxeViolations(page, 'close a record with errors');
    const today = londonParts(NOW);
    await page.getByLabel('Day').fill(today.day);
    await page.getByLabel('Month').fill(today.month);
    await page.getByLabel('Year').fill(today.year);
    await page.getByLabel('Why has involvement ended?').fill('Needs met; Early Help will carry on.');
    await Promise.all([page.waitForURL((u) => u.pathname === `/children/${child.id}`),
      page.getByRole('button', { name: 'Close the record' }).click()]);
    await page.getByRole('heading', { name: /This record was closed on/ }).waitFor();
    assert.match(await page.locator('.app-closure').innerText(), /School attendance is good/);
    assert.equal(await page.getByRole('link', { name: 'Close this record' }).count(), 0);
    await expectNoAxeViolations(page, 'a closed record');

    // One record per child: a new referral reopens it; a refusal keeps what was typed.
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/reopen')),
      page.getByRole('link', { name: 'Reopen this record on a new referral' }).click()]);
    await page.getByLabel('Who made the referral?').fill('School nurse');
    await page.getByRole('button', { name: 'Reopen the record' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('.govuk-error-summary').innerText(), /date the referral was received/);
    assert.equal(await page.getByLabel('Who made the referral?').inputValue(), 'School nurse');
    await expectNoAxeViolations(page, 'reopen a record with errors');
    await page.getByLabel('Day').fill(today.day);
    await page.getByLabel('Month').fill(today.month);
    await page.getByLabel('Year').fill(today.year);
    await page.getByLabel('Why was the referral made?').fill('New worries about weight loss.');
    await Promise.all([page.waitForURL((u) => u.pathname === `/children/${child.id}`),
      page.getByRole('button', { name: 'Reopen the record' }).click()]);
    await page.getByRole('link', { name: 'Close this record' }).waitFor();
    assert.equal(await page.locator('.app-closure').count(), 0, 'the record is open again');
  });
});
