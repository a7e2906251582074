// Browser test (R8, R10, R22): the Documents tab and the upload form. A practitioner adds a
// Personal Education Plan through the page; a refused file (a program renamed .pdf) brings the
// form back with every typed field kept and the error naming the file field; the document is
// listed with the "child asked for this to be kept" tag and downloads; both pages pass axe.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeDemoDb, startServer, login, ownChild } from '../support/server.mjs';
import { launchBrowser, expectNoAxeViolations, signIn } from '../support/browser.mjs';

let tmp, server, browser, demo, practitioner;

describe("documents on the child's record", { timeout: 170000 }, () => {
  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-docpages-'));
    demo = await makeDemoDb(tmp, { children: 8 });
    practitioner = demo.logins.find((l) => l.role === 'practitioner');
    server = await startServer({ dbUrl: demo.dbUrl });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close().catch(() => {});
    if (server) await server.stop();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('R10 R22: upload through the form, a refused file keeps the typed fields, then list and download', async () => {
    const token = await login(server.url, practitioner.username, demo.password);
    const child = await ownChild(server.url, token, practitioner.full_name);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    await signIn(page, server.url, practitioner.username, demo.password, `/children/${child.id}/documents`);
    await page.getByRole('heading', { name: 'Documents', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'documents tab');

    await page.getByRole('link', { name: 'Add a document' }).click();
    await page.getByRole('heading', { name: 'Add a document' }).waitFor();
    await expectNoAxeViolations(page, 'upload form');

    const exe = path.join(tmp, 'pep.pdf');
    fs.writeFileSync(exe, Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'));
    await page.getByLabel('Personal Education Plan (PEP)').check();
    await page.getByLabel('Title').fill('PEP — spring term');
    await page.getByLabel('Day').fill('3');
    await page.getByLabel('Month').fill('2');
    await page.getByLabel('Year').fill('2026');
    await page.getByLabel('Description (optional)').fill('Agreed with the designated teacher.');
    await page.getByLabel('The child asked for this to be kept on their record').check();
    await page.getByLabel('Upload the file').setInputFiles(exe);
    await page.getByRole('button', { name: 'Add document' }).click();

    // Refused: the summary names the file; everything typed is still there.
    const summary = page.locator('.govuk-error-summary');
    await summary.waitFor();
    assert.match(await summary.innerText(), /The selected file must be a PDF/);
    assert.match(await page.locator('#file-error').innerText(), /must be a PDF/);
    assert.equal(await page.getByLabel('Title').inputValue(), 'PEP — spring term');
    assert.equal(await page.getByLabel('Day').inputValue(), '3');
    assert.equal(await page.getByLabel('Year').inputValue(), '2026');
    assert.equal(await page.getByLabel('Description (optional)').inputValue(), 'Agreed with the designated teacher.');
    assert.ok(await page.getByLabel('Personal Education Plan (PEP)').isChecked());
    assert.ok(await page.getByLabel('The child asked for this to be kept on their record').isChecked());
    await expectNoAxeViolations(page, 'upload form with an error');

    // A missing title with a good file: the summary also says the file must be chosen again.
    const pdf = path.join(tmp, 'pep-real.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    await page.getByLabel('Title').fill('');
    await page.getByLabel('Upload the file').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Add document' }).click();
    await page.locator('.govuk-error-summary').waitFor();
    const again = await page.locator('.govuk-error-summary').innerText();
    assert.match(again, /Enter a title/);
    assert.match(again, /Choose the file again/);

    await page.getByLabel('Title').fill('PEP — spring term');
    await page.getByLabel('Upload the file').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Add document' }).click();
    await page.getByText('The document was added to the record').waitFor();
    const row = page.locator('.app-document', { hasText: 'PEP — spring term' });
    await row.waitFor();
    const text = await row.innerText();
    assert.match(text, /Personal Education Plan/);
    assert.match(text, /3 February 2026/);
    assert.match(text, /The child asked for this to be kept/);
    assert.match(text, new RegExp(practitioner.full_name));
    await expectNoAxeViolations(page, 'documents tab with a document');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /Download/ }).click()]);
    assert.equal(download.suggestedFilename(), 'pep-real.pdf');
    const saved = path.join(tmp, 'downloaded.pdf');
    await download.saveAs(saved);
    assert.ok(fs.readFileSync(saved).equals(fs.readFileSync(pdf)), 'the downloaded bytes are the uploaded bytes');
    await context.close();
  });
});
