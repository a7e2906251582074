// Browser test (R40, SPEC §4): every demo role lands on its own home page ("My work") after
// signing in, and its lists say what the demo authority holds: the practitioner's children are
// exactly the open records allocated to them, the team manager's unallocated records are those of
// "Unallocated records", the First Contact Team's records opened today are those the API says
// were opened today on London's clock. Every page passes axe (WCAG 2.2 AA) and is photographed
// (home-<role>.png).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';

const ROLES = ['practitioner', 'first_contact', 'team_manager', 'senior_manager', 'edt', 'records_officer',
  'data_protection', 'auditor', 'admin'];
// London's calendar date of an instant, as "2026-12-04" (the server's "today" is London's).
const londonDay = (d) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
const UK_DATE = /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}$/;

let env, children;
const pages = {};

async function signInFromTheFront(role) {
  const login = env.user(role);
  const page = await env.newPage();
  await page.goto(`${env.server.url}/login`);
  await page.getByLabel('Username').fill(login.username);
  await page.getByLabel('Password', { exact: true }).fill(env.demo.password);
  await Promise.all([page.waitForURL((u) => u.pathname !== '/login'),
    page.getByRole('button', { name: 'Sign in', exact: true }).click()]);
  return page;
}

const texts = async (locator) => (await locator.allInnerTexts()).map((t) => t.trim());

describe('each role’s home page (R40, SPEC §4)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'home-web', children: 12 });
  before(async () => {
    // The demo's practitioner and team manager are of the same team, whose records the manager
    // reads in full (others' only with a reason): the lists below are checked against that team's.
    const { api } = await env.session('team_manager', { parse: 'empty-ok' });
    children = (await api('GET', '/api/v1/children?limit=200')).json.items.filter((c) => c.access === 'full');
    assert.ok(children.every((c) => c.team === env.user('team_manager').team));
  });
  after(async () => {
    for (const page of Object.values(pages)) await page.close();
  });

  for (const role of ROLES) {
    it(`${role}: lands on "My work" after signing in, with Home first in the navigation`, async () => {
      const page = await signInFromTheFront(role);
      pages[role] = page;
      assert.equal(new URL(page.url()).pathname, '/home');
      await page.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
      const nav = await texts(page.locator('.govuk-service-navigation__item, .govuk-header__navigation-item'));
      assert.equal(nav[0], 'Home', nav.join(', '));
      await expectNoAxeViolations(page, `home-${role}`);
    });
  }

  it('practitioner: "My children" are exactly the open records allocated to them, each with its last visit', async () => {
    const page = pages.practitioner;
    const me = env.user('practitioner');
    const mine = children.filter((c) => c.allocated_worker === me.full_name && c.status === 'open')
      .map((c) => c.full_name).sort();
    assert.ok(mine.length > 0, 'the demo practitioner has records');
    const shown = await texts(page.locator('.app-home-children tbody th'));
    assert.deepEqual([...shown].sort(), mine);
    for (const visit of await texts(page.locator('.app-home-children tbody td:nth-of-type(2)'))) {
      assert.ok(visit === 'No visit recorded' || UK_DATE.test(visit), visit);
    }
    // The demo's note written up late this week (R28), with its child.
    const late = await texts(page.locator('.app-home-late tbody tr'));
    assert.ok(late.some((row) => row.startsWith('Phone call')), late.join('\n'));
    // R24: the plan actions they own that are past their date, each with its child and date.
    await page.locator('#actions-overdue').waitFor();
    for (const action of await texts(page.locator('.app-home-actions-overdue li'))) {
      assert.match(action, / for .+, due \d{1,2} [A-Z][a-z]+ \d{4}$/, action);
    }
  });

  it('team manager: the unallocated records are those of "Unallocated records", and the caseloads', async () => {
    const page = pages.team_manager;
    const shown = await texts(page.locator('.app-home-unallocated tbody th'));
    assert.ok(shown.length > 0, 'the demo has a record of the manager’s team with no allocated worker');
    const count = await page.locator('.app-home-unallocated-count').innerText();
    assert.match(count, new RegExp(`^${shown.length} records? ha(s|ve) no allocated worker`));
    const session = await env.signedInPage(env.user('team_manager'), '/team/unallocated');
    const listed = await texts(session.locator('.app-unallocated-table tbody th'));
    await session.close();
    assert.deepEqual(shown, listed);
    const caseloads = await texts(page.locator('.app-home-caseloads tbody td'));
    assert.ok(caseloads.length > 0 && caseloads.every((c) => /^\d+ child(ren)?$/.test(c)), caseloads.join(', '));
    const team = children.filter((c) => c.team === env.user('team_manager').team && c.status === 'open');
    assert.equal(await page.locator('.app-home-open').innerText(), `${team.length} open record${team.length === 1 ? '' : 's'}`);
  });

  it('first contact: the button to open a record, and the records opened today on London’s clock', async () => {
    const page = pages.first_contact;
    assert.equal(await page.getByRole('button', { name: 'Open a record for a new referral' }).getAttribute('href'),
      '/children/new');
    const today = londonDay(new Date());
    const opened = children.filter((c) => londonDay(new Date(c.opened_at)) === today).map((c) => c.full_name).sort();
    // The First Contact Team sees every team's; the manager's team's are these.
    const rows = await page.locator('.app-home-opened tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const shown = rows.filter((r) => r[2] === env.user('team_manager').team).map((r) => r[0]).sort();
    assert.deepEqual(shown, opened);
    assert.ok(shown.length > 0, 'the demo has a referral opened today');
  });

  it('edt: the search box comes first and searches records', async () => {
    const page = pages.edt;
    await page.getByLabel('Find a child or an entry').fill('school');
    await Promise.all([page.waitForURL((u) => u.pathname === '/search' && u.searchParams.get('q') === 'school'),
      page.getByRole('button', { name: 'Search' }).click()]);
  });

  it('senior manager: open and unallocated records per team', async () => {
    const page = pages.senior_manager;
    const rows = await page.locator('.app-home-teams tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
    const north = rows.find((r) => r[0] === env.user('team_manager').team);
    assert.ok(north, rows.join('; '));
    const team = children.filter((c) => c.team === north[0] && c.status === 'open');
    assert.equal(Number(north[1]), team.length);
    assert.equal(Number(north[2]), team.filter((c) => !c.allocated_worker).length);
  });

  it('oversight roles and the administrator: links to their pages, each with what it is for', async () => {
    assert.ok(await pages.auditor.getByRole('link', { name: 'Access log' }).isVisible());
    for (const role of ['records_officer', 'data_protection', 'auditor']) {
      assert.ok(await pages[role].getByRole('link', { name: 'Search records' }).isVisible(), role);
    }
    assert.ok(await pages.admin.getByRole('link', { name: 'Users', exact: true }).first().isVisible());
    assert.match(await pages.admin.locator('.app-home-locked').innerText(), /locked/);
  });
});
