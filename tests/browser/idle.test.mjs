// Browser test (SPEC §4; policy R44, R45, R53): signs in, sees the training reminder, walks the
// account and admin pages with axe-core (WCAG 2.2 AA), locks and unlocks the screen, then waits:
// the page warns before the idle timeout and is signed out by it. Short timeout from the command line.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../support/server.mjs';
import { launchBrowser, expectNoAxeViolations } from '../support/browser.mjs';

const ADMIN_PW = 'a long admin passphrase here';
const IDLE_SECONDS = 12;
let tmp, server, browser, page;
const problems = [];

function cli(args, input = '') {
  return new Promise((resolve, reject) => {
    const child = execFile(process.env.CHILDRECORD_BIN, args, (err, stdout, stderr) => {
      if (err) reject(new Error(`${args.join(' ')}: ${stderr}`)); else resolve(stdout);
    });
    child.stdin.on('error', () => {});  // the command may exit before reading standard input
    child.stdin.end(input);
  });
}

describe('sessions and accounts in a browser', { timeout: 170000 }, () => {
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-idle-'));
    const dbUrl = `sqlite://${path.join(tmp, 'idle.db')}`;
    await cli(['init', '--db', dbUrl, '--tenant', 'Durham', '--admin', 'root.admin', '--name', 'Robin Admin'], `${ADMIN_PW}\n`);
    await cli(['user', 'add', '--db', dbUrl, '--username', 'sam.worker', '--name', 'Sam Worker', '--role', 'practitioner', '--team', 'North'], 'worker passphrase of good length\n');
    server = await startServer({ dbUrl, args: ['--idle-timeout', `${IDLE_SECONDS}s`] });
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    page = await context.newPage();
    page.setDefaultTimeout(15000);
    page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      // Pages with form errors answer 422, and the session-status poll after the timeout 401, by design.
      if (m.type() === 'error' && !/status of 4(01|22)/.test(m.text())) problems.push(`console error on ${page.url()}: ${m.text()}`);
    });
  });

  after(async () => {
    await browser?.close().catch(() => {});
    if (server) {
      await server.stop();
      if (process.exitCode) console.log(server.output().slice(-4000));
    }
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('R53: signing in without recorded training is told the training is due', async () => {
    await page.goto(`${server.url}/login`);
    await expectNoAxeViolations(page, 'sign in');
    await page.getByLabel('Username').fill('root.admin');
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PW);
    await Promise.all([page.waitForURL(/\/home/), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
    assert.match(await page.textContent('.govuk-notification-banner'), /data protection training is due/);
    await expectNoAxeViolations(page, 'home with the training reminder');
  });

  it('admin and account pages have no axe violations', async () => {
    await page.goto(`${server.url}/admin/users`);
    await expectNoAxeViolations(page, 'users');
    await page.goto(`${server.url}/admin/users/new`);
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.waitForSelector('.govuk-error-summary');
    await expectNoAxeViolations(page, 'add a user with errors');
    await page.getByLabel('Full name').fill('Kim Manager');
    await page.getByLabel(/^Username/).fill('kim.manager');
    await page.getByLabel('Role').selectOption('team_manager');
    await page.getByLabel(/^Team/).fill('North');
    await page.getByLabel(/^First password/).fill('manager passphrase of good length');
    await Promise.all([page.waitForURL(/done=added/), page.getByRole('button', { name: 'Add user' }).click()]);
    await expectNoAxeViolations(page, 'user');
    // R53: the training date is a GOV.UK date input; a date in the future is refused.
    await page.locator('#completed_on-day').fill('1');
    await page.locator('#completed_on-month').fill('1');
    await page.locator('#completed_on-year').fill('2099');
    await page.getByRole('button', { name: 'Record training' }).click();
    await page.waitForSelector('.govuk-error-summary');
    await expectNoAxeViolations(page, 'user with errors');
    await page.goto(`${server.url}/admin/training`);
    await expectNoAxeViolations(page, 'training report');
    assert.match(await page.textContent('main'), /Kim Manager/);
    await page.goto(`${server.url}/account`);
    await expectNoAxeViolations(page, 'your account');
    await page.goto(`${server.url}/account/password`);
    await expectNoAxeViolations(page, 'change password');
  });

  it('R45: Lock screen blanks the page and needs the password', async () => {
    await page.goto(`${server.url}/children`);
    await Promise.all([page.waitForURL(/\/account\/locked/), page.getByRole('button', { name: 'Lock screen' }).click()]);
    await expectNoAxeViolations(page, 'screen locked');
    await page.goto(`${server.url}/children`);
    assert.match(page.url(), /\/account\/locked/);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN_PW);
    await Promise.all([page.waitForURL(/\/home/), page.getByRole('button', { name: 'Unlock' }).click()]);
  });

  it('R44: warns before the idle timeout, then signs out', async () => {
    await page.goto(`${server.url}/children`);
    const warning = page.getByRole('alertdialog');
    await warning.waitFor({ state: 'visible', timeout: IDLE_SECONDS * 1000 });
    assert.match(await warning.textContent(), /signed out in \d+ second/);
    await expectNoAxeViolations(page, 'idle warning');
    await page.waitForURL(/\/login\?timed_out=1/, { timeout: (IDLE_SECONDS + 10) * 1000 });
    assert.match(await page.textContent('.govuk-error-summary'), /signed out because you were inactive/);
    // The old session really has ended on the server.
    await page.goto(`${server.url}/children`);
    assert.match(page.url(), /\/login/);
    assert.deepEqual(problems, []);
  });
});
