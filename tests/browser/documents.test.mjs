// Browser test (R8, R10, R22): the Documents tab and the upload form. A practitioner adds a
// Personal Education Plan through the page; a refused file (a program renamed .pdf) brings the
// form back with every typed field kept and the error naming the file field; the document is
// listed with the "child asked for this to be kept" tag and downloads; both pages pass axe.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useDemoBrowser, expectNoAxeViolations } from '../support/browser.mjs';

describe("documents on the child's record", { timeout: 170000 }, () => {
  const env = useDemoBrowser({ prefix: 'docpages', children: 8 });

  it('R10 R22: upload through the form, a refused file keeps the typed fields, then list and download', async () => {
    const { token, ownChild } = await env.session('practitioner');
    const child = await ownChild();
    const page = await env.signedInPage(env.practitioner, `/children/${child.id}/documents`, { acceptDownloads: true });
    await page.getByRole('heading', { name: 'Documents', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'documents tab');

    await page.getByRole('link', { name: 'Add a document' }).click();
    await page.getByRole('heading', { name: 'Add a document' }).waitFor();
    await expectNoAxeViolations(page, 'upload form');

    const exe = path.join(env.dir, 'pep.pdf');
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
    const pdf = path.join(env.dir, 'pep-real.pdf');
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
    assert.match(text, new RegExp(env.practitioner.full_name));
    await expectNoAxeViolations(page, 'documents tab with a document');

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link', { name: /Download/ }).click()]);
    assert.equal(download.suggestedFilename(), 'pep-real.pdf');
    const saved = path.join(env.dir, 'downloaded.pdf');
    await download.saveAs(saved);
    assert.ok(fs.readFileSync(saved).equals(fs.readFileSync(pdf)), 'the downloaded bytes are the uploaded bytes');
    await page.context().close();
  });
});
