// Browser test (R20): the record's "Family tree" tab draws the genogram from the people on the
// People tab, lists the family in words below it with a key of the symbols, is redrawn when a
// person is added, and shows the household as it was on a past date; every page passes axe
// (WCAG 2.2 AA).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { useDemoBrowser, expectNoAxeViolations, saveScreenshot } from '../support/browser.mjs';

let env, child, page, api;

describe('the family tree (R20)', { timeout: 170000 }, () => {
  env = useDemoBrowser({ prefix: 'genogram-web', children: 6 });
  before(async () => {
    const worker = env.user('practitioner');
    const session = await env.session('practitioner', { parse: 'lenient' });
    api = session.api;
    child = await session.ownChild();
    const add = async (body) => {
      const r = await api('POST', `/api/v1/children/${child.id}/people`, { important_to: 'child', ...body });
      assert.equal(r.status, 201, r.text);
    };
    // The demo record has people already (a mother, a father): these join them.
    await add({ full_name: 'Yaw Mensah', relationship: 'step_father', home_periods: [{ moved_in: '2020-01-10' }] });
    await add({ full_name: 'Abena Quarshie', relationship: 'half_sister', home_periods: [{ moved_in: '2016-05-04' }] });
    await add({ full_name: 'Efua Quarshie', relationship: 'grandmother' });
    page = await env.signedInPage(worker, `/children/${child.id}`);
  });

  it('R20: the Family tree tab after People draws the family and lists it in words with a key', async () => {
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Family tree' }).click()]);
    await page.getByRole('heading', { name: 'Family tree' }).waitFor();
    const tabs = await page.locator('.govuk-service-navigation__item, .app-record-tabs a, nav a').allInnerTexts();
    const people = tabs.findIndex((t) => t.trim() === 'People');
    assert.ok(people >= 0 && tabs[people + 1].trim() === 'Family tree', tabs.join(' | '));
    const svg = page.locator('.app-genogram svg');
    const existing = (await api('GET', `/api/v1/children/${child.id}/people`)).json;
    const family = ['mother', 'father', 'brother', 'sister', 'grandmother', 'grandfather', 'aunt', 'uncle'];
    const names = (Array.isArray(existing) ? existing : existing.items ?? [])
      .filter((p) => family.includes(p.relationship)).map((p) => p.full_name);
    assert.ok(names.length >= 3, JSON.stringify(existing).slice(0, 300));
    for (const name of names.filter((n) => !/[&'"<>]/.test(n))) {
      assert.ok((await svg.innerHTML()).includes(name), `${name} is drawn`);
    }
    const words = await page.locator('.app-genogram-list').innerText();
    assert.match(words, /Yaw Mensah, Step-father, lives with the child and .*\(living together\)/);
    assert.match(words, /Abena Quarshie, Half-sister/);
    assert.match(await page.locator('.app-genogram-key').innerText(), /Diamond\s+Other, or not known/);
    await expectNoAxeViolations(page, 'family tree');
    await saveScreenshot(page, 'genogram-family-tree');
  });

  it('R20: a person added on the People tab is drawn at once (derived at read time)', async () => {
    const r = await api('POST', `/api/v1/children/${child.id}/people`,
      { full_name: 'Kojo Quarshie', relationship: 'grandfather', important_to: 'child' });
    assert.equal(r.status, 201, r.text);
    await page.reload();
    assert.ok((await page.locator('.app-genogram svg').innerHTML()).includes('Kojo Quarshie'));
    // The demo may have recorded a grandparent of its own (one who died): Kojo is listed either way.
    assert.match(await page.locator('.app-genogram-list').innerText(), /Kojo Quarshie, Grandfather/);
  });

  it('R20: a person\'s details and a relationship recorded on the People tab are drawn on the Family tree', async () => {
    const people = (await api('GET', `/api/v1/children/${child.id}/people`)).json.items;
    const mother = people.find((p) => p.relationship === 'mother');
    const yaw = people.find((p) => p.full_name === 'Yaw Mensah');
    assert.ok(mother && yaw);
    await page.goto(`${env.server.url}/children/${child.id}/people`);
    const card = page.locator('.app-person', { has: page.getByRole('heading', { name: 'Efua Quarshie' }) });
    await Promise.all([page.waitForNavigation(), card.getByRole('link', { name: /Record sex, birth and death/ }).click()]);
    await page.getByRole('heading', { name: 'Record Efua Quarshie’s details' }).waitFor();
    // First with a death before the birth: refused, naming the field, keeping what was typed.
    await page.getByLabel('Female', { exact: true }).check();
    await page.locator('#born_on-day').fill('3');
    await page.locator('#born_on-month').fill('2');
    await page.locator('#born_on-year').fill('1940');
    await page.getByLabel('Yes', { exact: true }).check();
    await page.locator('#died_on-day').fill('12');
    await page.locator('#died_on-month').fill('11');
    await page.locator('#died_on-year').fill('1939');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the details' }).click()]);
    assert.match(await page.locator('.govuk-error-summary').innerText(), /must be on or after their date of birth/);
    assert.equal(await page.locator('#born_on-year').inputValue(), '1940');
    await expectNoAxeViolations(page, 'person details with an error');
    await page.locator('#died_on-year').fill('2019');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the details' }).click()]);
    await page.getByText('The person’s details were saved').waitFor();
    const saved = await card.innerText();
    assert.match(saved, /Sex\s+Female/);
    assert.match(saved, /Date of birth\s+3 February 1940/);
    assert.match(saved, /Died\s+12 November 2019/);

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Record a relationship between adults' }).click()]);
    await page.locator('#first_person_id').selectOption(yaw.id);
    await page.locator('#second_person_id').selectOption(mother.id);
    await page.getByLabel('Married', { exact: true }).check();
    await page.locator('#starts_on-day').fill('7');
    await page.locator('#starts_on-month').fill('7');
    await page.locator('#starts_on-year').fill('2021');
    await expectNoAxeViolations(page, 'relationship form');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Save the relationship' }).click()]);
    await page.getByText('The relationship was saved').waitFor();
    const table = await page.locator('#relationships').innerText();
    assert.match(table, new RegExp(`Yaw Mensah and ${mother.full_name}\\s+Married\\s+From 7 July 2021`));
    assert.doesNotMatch(table, /2021-07-07/, 'no ISO dates on screen');
    await expectNoAxeViolations(page, 'people with details and relationships');

    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Family tree' }).click()]);
    const words = await page.locator('.app-genogram-list').innerText();
    assert.match(words, /Efua Quarshie, Grandmother, born 3 February 1940, died 12 November 2019/);
    assert.match(words, /Yaw Mensah, Step-father, lives with the child and .*\(married since 7 July 2021\)/);
    const svg = await page.locator('.app-genogram svg').innerHTML();
    assert.ok(svg.includes('✕'), 'the cross of someone who died is drawn');
    await expectNoAxeViolations(page, 'family tree with details');
    await saveScreenshot(page, 'genogram-with-details');
  });

  it('R20: viewed as at a past date, the household is as it was then; a bad date is named', async () => {
    await page.locator('#as_at-day').fill('1');
    await page.locator('#as_at-month').fill('1');
    await page.locator('#as_at-year').fill('2018');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'View' }).click()]);
    await page.getByRole('heading', { name: 'Family tree as at 1 January 2018' }).waitFor();
    const words = await page.locator('.app-genogram-list').innerText();
    assert.match(words, /Yaw Mensah, Step-father and /);
    assert.doesNotMatch(words, /Yaw Mensah, Step-father, lives with the child/);
    await expectNoAxeViolations(page, 'family tree as at a past date');
    await saveScreenshot(page, 'genogram-as-at');
    // A date that cannot be: named, what was typed kept, the family drawn as it is today.
    await page.locator('#as_at-day').fill('31');
    await page.locator('#as_at-month').fill('2');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'View' }).click()]);
    assert.match(await page.locator('.govuk-error-summary').innerText(), /real date/);
    assert.equal(await page.locator('#as_at-day').inputValue(), '31');
    assert.equal(await page.locator('#as_at-month').inputValue(), '2');
    assert.equal(await page.locator('#as_at-year').inputValue(), '2018');
    await expectNoAxeViolations(page, 'family tree with a date that cannot be');
    // A link with the date as YYYY-MM-DD (the downloads' form) still works.
    await page.goto(`${env.server.url}/children/${child.id}/genogram?as_at=2018-01-01`);
    await page.getByRole('heading', { name: 'Family tree as at 1 January 2018' }).waitFor();
    assert.equal(await page.locator('#as_at-year').inputValue(), '2018');
  });
});
