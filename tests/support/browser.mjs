// Shared pieces of the browser tests: Debian's Chromium through playwright-core, axe-core for
// WCAG 2.2 A/AA, and signing in through the real form.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

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
 * Runs axe-core on the page. The script is evaluated through the DevTools protocol rather than
 * added as a <script> tag, so the page's Content Security Policy stays in force.
 */
export async function expectNoAxeViolations(page, label) {
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
