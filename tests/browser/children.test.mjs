// Browser test: signs in as the demo practitioner in headless Chromium (Debian's /usr/bin/chromium
// driven by playwright-core), lists and searches children, opens a child's record, and runs axe-core
// (WCAG 2.0/2.1/2.2 A and AA) on every page, expecting no violations.
//
//   CHILDRECORD_BIN=build/src/cli/childrecord CHILDRECORD_WEB_ROOT=web node --test tests/browser/children.test.mjs
//
// CHILDRECORD_SCREENSHOTS=1 keeps a full-page PNG of each page in the test's temporary folder
// (or in the folder it names, if it is set to a path) and prints where.
// CHILDRECORD_CHROMIUM overrides the browser's path.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDemoDb, startServer } from '../support/server.mjs';
import { launchBrowser, expectNoAxeViolations as expectAxeClean } from '../support/browser.mjs';

const shotsSetting = process.env.CHILDRECORD_SCREENSHOTS;
const wantShots = !!shotsSetting && shotsSetting !== '0';

let tmp, server, browser, context, page, demo, practitioner;
let shotsDir;
const problems = []; // console errors, CSP reports, failed asset loads

/** Runs axe-core on the current page (tests/support/browser.mjs). */
function expectNoAxeViolations(label) {
  return expectAxeClean(page, label);
}

async function screenshot(name) {
  if (!wantShots) return;
  const file = path.join(shotsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  console.log(`# screenshot: ${file}`);
}

/** The enhancement script ran (so /assets/app.js was served as a JavaScript module under the CSP). */
async function expectEnhanced() {
  const cls = await page.evaluate(() => document.body.className);
  assert.match(cls, /govuk-frontend-supported/, `app.js did not run on ${page.url()} (body class "${cls}")`);
}

async function rowNames() {
  return page.locator('table tbody tr th a, table tbody tr td:first-child a').allTextContents()
    .then((xs) => xs.map((x) => x.trim()).filter(Boolean));
}

describe('children pages in a browser', { timeout: 170000 }, () => {
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-browser-'));
    shotsDir = wantShots && shotsSetting !== '1' ? path.resolve(shotsSetting) : tmp;
    fs.mkdirSync(shotsDir, { recursive: true });

    demo = await makeDemoDb(tmp, { children: 30 });
    practitioner = demo.logins.find((l) => l.role === 'practitioner');
    assert.ok(practitioner, `the demo printed no practitioner login:\n${demo.stdout}`);

    server = await startServer({ dbUrl: demo.dbUrl });

    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(15000);
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error on ${page.url()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400 && new URL(r.url()).pathname.startsWith('/assets/')) problems.push(`HTTP ${r.status()} for ${r.url()}`);
    });
    page.on('requestfailed', (r) => {
      // A navigation cancels requests still in flight (net::ERR_ABORTED): that is not a fault.
      const err = r.failure()?.errorText || '';
      if (!err.includes('ERR_ABORTED')) problems.push(`request failed: ${r.url()} (${err})`);
    });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    if (server) {
      await server.stop();
      if (process.exitCode) console.log(server.output().slice(-4000));
    }
    if (tmp && !wantShots) fs.rmSync(tmp, { recursive: true, force: true });
    else if (tmp) console.log(`# kept ${tmp}`);
  });

  it('sends a signed-out visitor to the sign-in page, which is accessible', async () => {
    await page.goto(`${server.url}/children`);
    assert.equal(new URL(page.url()).pathname, '/login', `expected a redirect to /login, got ${page.url()}`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').waitFor();
    await page.getByLabel('Password', { exact: true }).waitFor();
    await expectEnhanced();
    await screenshot('1-login');
    await expectNoAxeViolations('sign-in');
  });

  it('signs the practitioner in and lists children', async () => {
    await page.getByLabel('Username').fill(practitioner.username);
    await page.getByLabel('Password', { exact: true }).fill(demo.password);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/children'),
      page.getByRole('button', { name: 'Sign in', exact: true }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    const names = await rowNames();
    assert.ok(names.length > 0, 'the children list has no rows');
    // The signed-in user is shown with a way to sign out.
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    await expectEnhanced();
    await screenshot('2-children');
    await expectNoAxeViolations('children');
  });

  it('searches children by name', async () => {
    const before = await rowNames();
    // Prefer a name that is not shared by every row, so the search visibly narrows the list.
    const wanted = before[before.length > 1 ? 1 : 0];
    await page.getByLabel('Search by name').fill(wanted);
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/children' && u.searchParams.get('q') === wanted),
      page.getByRole('button', { name: 'Search', exact: true }).click(),
    ]);
    await page.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
    assert.equal(await page.getByLabel('Search by name').inputValue(), wanted, 'the search box should keep the query');
    const after = await rowNames();
    assert.ok(after.includes(wanted), `searching for "${wanted}" did not list them; got ${JSON.stringify(after)}`);
    const words = wanted.toLowerCase().split(/\s+/);
    for (const n of after) {
      assert.ok(words.some((w) => n.toLowerCase().includes(w)), `"${n}" does not match the search "${wanted}"`);
    }
    assert.ok(after.length < before.length || after.length === 1, `searching for "${wanted}" did not narrow the list (${before.length} → ${after.length} rows)`);

    // A name that matches nobody says so.
    await page.getByLabel('Search by name').fill('Zzyzxqwv');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByText('No children match').waitFor();
    assert.equal((await rowNames()).length, 0);
  });

  it("R40: the list shows the practitioner's own children, their team's, or all they may see", async () => {
    /** Chooses what the list shows and returns its rows as {name, team, worker, reason}. */
    async function show(label, value) {
      await page.getByLabel('Search by name').fill('');
      await page.getByLabel(label, { exact: true }).check();
      await Promise.all([
        page.waitForURL((u) => u.pathname === '/children' && u.searchParams.get('show') === value),
        page.getByRole('button', { name: 'Search', exact: true }).click(),
      ]);
      assert.ok(await page.getByLabel(label, { exact: true }).isChecked(), `"${label}" stays chosen`);
      return page.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => {
        const cells = [...r.querySelectorAll('td')].map((c) => c.textContent.trim());
        const reason = !!r.querySelector('.app-reason-required');
        return { name: r.querySelector('th').textContent.trim(), team: reason ? '' : cells[3], worker: reason ? '' : cells[4], reason };
      }));
    }
    const mine = await show('My children', 'mine');
    assert.ok(mine.length > 0, 'the demo practitioner has children allocated to them');
    for (const row of mine) {
      assert.equal(row.worker, practitioner.full_name, `${row.name} is listed as mine but allocated to ${row.worker}`);
    }
    await screenshot('2b-children-mine');
    await expectNoAxeViolations('children: mine');
    const team = await show('My team’s children', 'team');
    for (const row of team) assert.equal(row.team, practitioner.team, `${row.name} is not in ${practitioner.team}`);
    for (const row of mine) assert.ok(team.some((t) => t.name === row.name), `${row.name} is mine, so in my team's list`);
    const all = await show('All the children I may see', 'all');
    assert.ok(all.length >= team.length, 'all the children I may see include my team\'s');
    // A record not on the caseload is listed plainly, with a way to give a reason (R40, SPEC §4).
    const others = page.locator('table tbody tr .app-reason-required');
    assert.ok(await others.count() > 0, 'the demo has records outside the practitioner\'s team');
    await others.first().getByRole('link', { name: /give a reason to open/ }).waitFor();
    await expectNoAxeViolations('children: all');
  });

  it("opens a child's record, which is accessible", async () => {
    await page.getByLabel('Search by name').fill('');
    await Promise.all([
      page.waitForURL((u) => u.pathname === '/children'),
      page.getByRole('button', { name: 'Search', exact: true }).click(),
    ]);
    // A child on the practitioner's caseload (SPEC §2 principle 5: others ask for a reason first).
    const link = page.locator('table tbody tr').filter({ hasNot: page.locator('.app-reason-required') }).first()
      .getByRole('link').first();
    const name = (await link.textContent()).trim();
    await Promise.all([page.waitForLoadState('load'), link.click()]);
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByRole('navigation', { name: 'Sections of this record' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Latest entries' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'People' }).waitFor();
    await expectEnhanced();
    await screenshot('3-child');
    await expectNoAxeViolations("child's record");
    // Each section of the record is its own tab, a page with its own address (docs/architecture.md).
    const tabs = page.getByRole('navigation', { name: 'Sections of this record' });
    assert.equal(await tabs.getByRole('link', { name: 'Overview' }).getAttribute('aria-current'), 'page');
    await Promise.all([page.waitForURL((u) => u.pathname.endsWith('/entries')),
      tabs.getByRole('link', { name: 'Entries' }).click()]);
    await page.getByRole('heading', { level: 2, name: 'Entries' }).waitFor();
    assert.equal(await tabs.getByRole('link', { name: 'Entries' }).getAttribute('aria-current'), 'page');
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await expectNoAxeViolations("child's record: entries");
  });

  it('signs out', async () => {
    await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
    await page.goto(`${server.url}/children`);
    assert.equal(new URL(page.url()).pathname, '/login', 'after signing out, /children should ask to sign in again');
  });

  it('works without JavaScript: sign in, list and search children', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const p = await plain.newPage();
      p.setDefaultTimeout(15000);
      await p.goto(`${server.url}/children`);
      assert.equal(new URL(p.url()).pathname, '/login');
      await p.getByLabel('Username').fill(practitioner.username);
      await p.getByLabel('Password', { exact: true }).fill(demo.password);
      await Promise.all([
        p.waitForURL((u) => u.pathname === '/children'),
        p.getByRole('button', { name: 'Sign in', exact: true }).click(),
      ]);
      await p.getByRole('heading', { level: 1, name: 'Children' }).waitFor();
      const first = (await p.locator('table tbody tr').first().getByRole('link').first().textContent()).trim();
      await p.getByLabel('Search by name').fill(first);
      await Promise.all([
        p.waitForURL((u) => u.searchParams.get('q') === first),
        p.getByRole('button', { name: 'Search', exact: true }).click(),
      ]);
      await p.getByRole('link', { name: first, exact: true }).first().waitFor();
      if (wantShots) await p.screenshot({ path: path.join(shotsDir, '4-children-no-js.png'), fullPage: true });
    } finally {
      await plain.close();
    }
  });

  it('loaded every asset and broke no Content Security Policy rule', () => {
    assert.deepEqual(problems, [], `problems seen in the browser:\n${problems.join('\n')}`);
  });
});
