// Browser test (R32 with SPEC §4's restricted records): an entry shared from a brother's or
// sister's record that is then restricted to others shows on the sibling's record as "Shared from
// another record", never with the restricted child's name, on the entries tab and the entry's own
// page; both pass axe (WCAG 2.2 AA). CHILDRECORD_SCREENSHOTS=DIR saves what it saw.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';

const shots = process.env.CHILDRECORD_SCREENSHOTS;

/** Saves a screenshot of `what` (a page, or a locator for one part of a long page). */
async function screenshot(what, name) {
  if (!shots || shots === '0') return;
  const file = path.join(shots === '1' ? '.' : shots, `${name}.png`);
  await what.screenshot(what.url ? { path: file, fullPage: true } : { path: file });
  console.log(`# screenshot: ${file}`);
}

let env, shared;  // shared: {entry, on (the sibling's record), from (the restricted record)}

describe('a restricted record is not named on a sibling record (R32)', { timeout: 170000 }, () => {
  // Seed 1 gives the team manager's team brothers and sisters with shared entries.
  env = useDemoBrowser({ prefix: 'restricted-sibling', children: 40, seed: 1 });
  before(async () => {
    const manager = await env.session('team_manager', { parse: 'empty-ok' });
    const children = (await manager.api('GET', '/api/v1/children?limit=200')).json.items.filter((c) => c.access === 'full');
    for (const c of children) {
      const items = (await manager.api('GET', `/api/v1/children/${c.id}/entries?limit=200`)).json.items;
      const entry = items.find((e) => e.shared_from);
      if (entry) {
        shared = { entry, on: c, from: entry.shared_from };
        break;
      }
    }
    assert.ok(shared, 'the demo has an entry shared between brothers and sisters');
    // A senior manager restricts the record it came from to themselves alone (the person
    // restricting is always named).
    const senior = await env.session('senior_manager', { parse: 'empty-ok' });
    const restricted = await senior.api('POST', `/api/v1/children/${shared.from.child_id}/restriction`,
      { restricted: true, named_user_ids: [], reason: 'A member of staff is a relative' },
      { reason: 'Restricting at the request of the service manager' });
    assert.equal(restricted.status, 200, restricted.text);
  });

  it('R32: the entries tab and the entry page say "Shared from another record", not the name', async () => {
    const page = await env.signedInPage(env.user('team_manager'), `/children/${shared.on.id}/entries`);
    const tag = page.locator(`#entry-${shared.entry.id}`).getByText('Shared from another record');
    await tag.waitFor();
    const html = await page.content();
    assert.ok(!html.includes(shared.from.full_name), `the restricted child's name is on the page`);
    await expectNoAxeViolations(page, 'entries tab with a restricted sibling');
    await screenshot(page.locator(`#entry-${shared.entry.id}`), 'restricted-sibling-1-entries');
    await page.goto(`${env.server.url}/entries/${shared.entry.id}?record=${shared.on.id}`);
    await page.getByText('Shared from another record').first().waitFor();
    assert.ok(!(await page.content()).includes(shared.from.full_name));
    await expectNoAxeViolations(page, 'entry shared from a restricted record');
    await screenshot(page, 'restricted-sibling-2-entry');
  });
});
