// Browser test of language checking while writing (SPEC §2 principle 4; R33-R35): a practitioner
// types a sentence with "LAC" and "contact" into the entry form and, as they type, sees the kinder
// and plainer words suggested; the record's "words we use" come first; the form is accessible.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';

let env, page, child;

describe('language checking in the entry form', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'language', children: 12 });
  before(async () => {
    // One of the practitioner's own children (no access reason needed).
    child = await (await env.session('practitioner')).ownChild();
    page = await env.signedInPage(env.practitioner);
  });

  it('R33 R35: suggests plainer and kinder words as the practitioner types', async () => {
    await page.goto(`${env.server.url}/children/${child.id}/entries/new`);
    await page.getByRole('heading', { level: 1, name: 'Record an entry' }).waitFor();
    await page.getByLabel('Title').fill('Home visit');
    await page.getByLabel('What happened').pressSequentially('We talked about LAC reviews and contact with mum.', { delay: 10 });
    const findings = page.locator('#language-findings');
    await findings.getByText('LAC').first().waitFor();
    const text = await findings.innerText();
    assert.match(text, /looked after/i, `the expansion of LAC is suggested:\n${text}`);
    assert.match(text, /family time/i, `"family time" is suggested for "contact":\n${text}`);
    await expectNoAxeViolations(page, 'entry form with findings');
  });

  it('R33: a gentle prompt beside the text when an entry says what is worrying but nothing going well', async () => {
    await page.goto(`${env.server.url}/children/${child.id}/entries/new`);
    await page.getByLabel('Title').fill('Phone call');
    await page.getByLabel('What happened').pressSequentially('The school rang because they are worried about an incident.', { delay: 10 });
    const findings = page.locator('#language-findings');
    await findings.getByText('Something to think about').waitFor();
    const text = await findings.innerText();
    assert.match(text, /going well/i, `the prompt asks what is going well:\n${text}`);
    await expectNoAxeViolations(page, 'entry form with a balance prompt');
  });

  it("R33: the record's words we use come first", async () => {
    await page.goto(`${env.server.url}/children/${child.id}/words-we-use`);
    await page.getByLabel(/the word to avoid = the word we use/).fill('contact = time with Mum');
    await Promise.all([page.waitForURL((u) => u.pathname === `/children/${child.id}`),
      page.getByRole('button', { name: 'Save words we use' }).click()]);
    await page.goto(`${env.server.url}/children/${child.id}/entries/new`);
    await page.getByLabel('What happened').pressSequentially('Ella enjoyed contact on Saturday.', { delay: 10 });
    const findings = page.locator('#language-findings');
    await findings.getByText('time with Mum').first().waitFor();
  });

  it('saves the entry after the findings were shown, and it appears on the record', async () => {
    await page.getByLabel('Kind of entry').selectOption('case_note');
    await page.getByLabel('Title').fill('Saturday visit');
    await page.getByLabel('What happened').fill('Ella showed me her drawings of the park. She said "I like it here".');
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Save entry' }).click()]);
    // No findings: saved at once and back on the record.
    assert.equal(new URL(page.url()).pathname, `/children/${child.id}/entries`);
    await page.getByText('Saturday visit').first().waitFor();
  });

  it('R33 R34 without JavaScript: findings appear on save, offensive words need a recorded confirmation', async () => {
    const p = await env.signedInPage(env.practitioner, `/children/${child.id}/entries/new`, { javaScriptEnabled: false });
    try {
      await p.getByLabel('Kind of entry').selectOption('case_note');
      await p.getByLabel('Title').fill('Call with school');
      await p.getByLabel('What happened').fill('The school said the half-caste boy in Year 5 is doing well with his PEP.');
      await Promise.all([p.waitForLoadState('load'), p.getByRole('button', { name: 'Save entry' }).click()]);
      // Not saved yet: the findings are shown, with what was typed kept.
      await p.getByRole('heading', { name: 'Check the language before you save' }).waitFor();
      const shown = await p.locator('#language-findings').innerText();
      assert.match(shown, /half-caste/);
      assert.match(shown, /Personal Education Plan/i);
      // The words match what the form needs: offensive words are saved only with the box ticked.
      assert.match(shown, /tick the box below to confirm/);
      assert.doesNotMatch(shown, /You can save as it is/);
      assert.equal(await p.getByLabel('Title').inputValue(), 'Call with school');
      // (axe needs JavaScript in the page, so the accessibility check is the one above.)
      // Saving again without the confirmation is refused, naming the words.
      await Promise.all([p.waitForLoadState('load'), p.getByRole('button', { name: 'Save entry' }).click()]);
      await p.getByRole('heading', { name: 'There is a problem' }).waitFor();
      assert.match(await p.locator('.govuk-error-summary').innerText(), /half-caste/);
      // Confirmed: saved, and the record shows it.
      await p.getByLabel(/must be recorded as written/).check();
      await Promise.all([p.waitForLoadState('load'), p.getByRole('button', { name: 'Save entry' }).click()]);
      assert.equal(new URL(p.url()).pathname, `/children/${child.id}/entries`);
      await p.getByText('Call with school').first().waitFor();
    } finally {
      await p.context().close();
    }
  });

  it("managers see their team's most frequent findings, to coach", async () => {
    const p = await env.signedInPage(env.user('team_manager'));
    try {
      await Promise.all([p.waitForURL((u) => u.pathname === '/team/language'),
        p.getByRole('link', { name: 'Team language' }).click()]);
      await p.getByRole('heading', { level: 1, name: /Language in your team/ }).waitFor();
      const intro = await p.locator('main p').first().innerText();
      const checked = Number((intro.match(/newest (\d+) entries/) || [])[1]);
      assert.ok(checked > 0, `the view read some entries: ${intro}`);
      await p.getByRole('table', { name: 'Most frequent findings' }).waitFor();
      // R33 balance is counted over the same entries.
      await p.getByRole('heading', { level: 2, name: 'Balance' }).waitFor();
      // The demo's visits hold their answers as recorded (R18): those where the child was seen are
      // counted from the visit's own details, read back from the journal.
      const balance = await p.locator('main ul.govuk-list').first().innerText();
      const seen = Number((balance.match(/of the (\d+) visits where the child was seen/) || [])[1]);
      assert.ok(seen > 0, `the visits where the child was seen are counted: ${balance}`);
      await expectNoAxeViolations(p, 'team language');
    } finally {
      await p.context().close();
    }
    // A practitioner is not shown it.
    const res = await page.goto(`${env.server.url}/team/language`);
    assert.equal(res.status(), 403);
  });
});
