// Browser test: full-text search (SPEC §3). The practitioner searches from the Search
// page for words of an entry on their child's record, sees the result under the child's name
// with the words marked (and the entry's markup shown as text, not run), follows the link to the
// entry on the record's Entries tab, and axe finds no WCAG 2.2 AA violations on the search page,
// with results and with the error summary of an empty search.
//
//   CHILDRECORD_BIN=build/src/cli/childrecord CHILDRECORD_WEB_ROOT=web node --test tests/browser/search.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';
import { earlier, HOUR } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

describe('searching the records', { timeout: 170000 }, () => {
  const env = useDemoBrowser({ prefix: 'search', children: 8 });

  it('finds an entry by its words, marks them, links to the entry; accessible', async () => {
    const { token, ownChild } = await env.session('practitioner');
    const child = await ownChild();
    const res = await fetch(`${env.server.url}/api/v1/children/${child.id}/entries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        kind: 'case_note', occurred_at: earlier(NOW, HOUR).toISOString(), title: 'Kingfisher drawing',
        body: 'She drew a kingfisher <img src=x onerror="window.pwned=1"> by the river with Siobhán.',
      }),
    });
    const text = await res.text();
    assert.equal(res.status, 201, text);
    const entry = JSON.parse(text);

    const page = await env.signedInPage(env.practitioner, '/search');
    await expectNoAxeViolations(page, 'search page');

    // An empty search: the error summary links to the field.
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    assert.match(await page.locator('#q-error').innerText(), /Enter a word to search for/);
    await expectNoAxeViolations(page, 'search page with an error');

    await page.getByLabel("Search entries and children's names").fill('kingfisher siobhan');
    await page.getByRole('button', { name: 'Search' }).click();
    const group = page.locator('.app-search-group', { hasText: child.full_name });
    await group.waitFor();
    const marks = await group.locator('mark').allTextContents();
    assert.ok(marks.includes('Kingfisher') && marks.includes('kingfisher') && marks.includes('Siobhán'), marks.join('|'));
    assert.match(await group.innerText(), /<img src=x onerror="window.pwned=1">/);
    assert.equal(await page.evaluate(() => window.pwned), undefined);
    await expectNoAxeViolations(page, 'search results');

    await group.getByRole('link', { name: 'Kingfisher drawing' }).click();
    // The result opens the entry's own page, with its history (R29/R30).
    await page.waitForURL(new RegExp(`/entries/${entry.id}$`));
    await page.getByRole('heading', { name: /Kingfisher drawing/ }).first().waitFor();
    await page.close();
  });
});
