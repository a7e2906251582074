// Shared pieces of the browser tests: Debian's Chromium through playwright-core, axe-core for
// WCAG 2.2 A/AA, and signing in through the real form.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { startDemo } from './server.mjs';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Debian's Chromium (CHILDRECORD_CHROMIUM overrides the path). */
export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHILDRECORD_CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Formats axe violations so a failure says what to fix and where. */
export function formatViolations(violations) {
  return violations.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) =>
      `    at ${n.target.join(' ')}\n      ${n.html.slice(0, 200)}\n      ${(n.failureSummary || '').replace(/\n/g, '\n      ')}`);
    const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : '';
    return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}${more}`;
  }).join('\n');
}

/**
 * Saves a full-page PNG of what the test sees, named after `label`, for a person to look at:
 * in $CHILDRECORD_SCREENSHOT_DIR (ctest sets build/screenshots), else the system's temp folder.
 */
export async function saveScreenshot(page, label) {
  const dir = process.env.CHILDRECORD_SCREENSHOT_DIR || path.join(os.tmpdir(), 'childrecord-screenshots');
  fs.mkdirSync(dir, { recursive: true });
  const name = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/**
 * Runs axe-core on the page. The script is evaluated through the DevTools protocol rather than
 * added as a <script> tag, so the page's Content Security Policy stays in force.
 */
export async function expectNoAxeViolations(page, label) {
  await saveScreenshot(page, label);
  await page.evaluate(axeSource);
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), WCAG_TAGS);
  const v = result.violations;
  assert.equal(v.length, 0, `axe found ${v.length} accessibility violation(s) on the ${label} page (${page.url()}):\n${formatViolations(v)}`);
}

/**
 * Signs in through the sign-in page. A page shown after signing in (such as a reminder) is
 * passed by going straight to `landing` (a path), where the test then is.
 */
export async function signIn(page, baseUrl, username, password, landing = '/children') {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(landing)}`);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((u) => u.pathname !== '/login'),
    page.getByRole('button', { name: 'Sign in', exact: true }).click(),
  ]);
  if (new URL(page.url()).pathname !== landing.split('?')[0]) await page.goto(`${baseUrl}${landing}`);
}

export const VIEWPORT = { width: 1280, height: 900 };

/** A page in a new browser context (1280×900, en-GB, 15 s default timeout); contextOptions add to or override those. */
export async function newPage(browser, contextOptions = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  return page;
}

/**
 * The shared setup of the browser suites: registers node:test before/after hooks (call it inside
 * the describe block) that make a demo authority (startDemo in server.mjs: prefix, children, seed)
 * with the server running and launch Chromium; afterwards close the browser, stop the server and
 * remove the folder. Returns an object filled in before the tests run: the fields of startDemo
 * (dir, demo, server, user(role), session(role)) plus practitioner (the demo practitioner's login),
 * browser, newPage(contextOptions) and signedInPage(login, landing, contextOptions) — a new page
 * signed in through the form as that login, on `landing`.
 */
export function useDemoBrowser(options) {
  const env = {
    newPage: (contextOptions) => newPage(env.browser, contextOptions),
    async signedInPage(user, landing, contextOptions) {
      const page = await env.newPage(contextOptions);
      await signIn(page, env.server.url, user.username, env.demo.password, landing);
      return page;
    },
  };
  let demo;
  before(async () => {
    demo = await startDemo(options);
    Object.assign(env, demo, { practitioner: demo.user('practitioner') });
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close().catch(() => {});
    if (demo) await demo.stop();
  });
  return env;
}
