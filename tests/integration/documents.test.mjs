// Documents on the child's record (R8-R14, R22), through the API of the real binary: upload a
// PDF (multipart), list it, download the identical bytes with the right headers, the download in
// the access log; a program renamed .pdf refused naming the field with nothing written; a file
// over the document limit refused on the field and a body over the server's limit refused with
// 413; someone without access gets 404/403; verify checks every document's file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, makeDemoDb, login, ownChild, runVerify, tinyPdf } from '../support/server.mjs';

test('R8 R9 R22: documents are uploaded, listed, downloaded (logged), checked by content and size', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-docs-'));
  const demo = await makeDemoDb(dir, { children: 8 });
  assert.ok(fs.existsSync(path.join(dir, 'demo.blobs')), 'the demo made the blob folder beside the database');
  const server = await startServer({ dbUrl: demo.dbUrl });
  try {
    const practitioner = demo.logins.find((l) => l.role === 'practitioner');
    const token = await login(server.url, practitioner.username, demo.password);
    const child = await ownChild(server.url, token, practitioner.full_name);
    const auth = { authorization: `Bearer ${token}` };
    const upload = async (fields, file, tokenToUse = token) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      if (file) form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
      const res = await fetch(`${server.url}/api/v1/children/${child.id}/documents`, {
        method: 'POST', headers: { authorization: `Bearer ${tokenToUse}` }, body: form });
      return { status: res.status, json: await res.json() };
    };
    const list = async () => {
      const res = await fetch(`${server.url}/api/v1/children/${child.id}/documents`, { headers: auth });
      assert.equal(res.status, 200);
      return (await res.json()).items;
    };
    const before = await list();
    const blobsBefore = fs.readdirSync(path.join(dir, 'demo.blobs'), { recursive: true }).length;

    // R8: a court order, as a PDF.
    const pdf = tinyPdf('Interim care order - fictional');
    const fields = { kind: 'court_order', title: 'Interim care order', dated: '2026-01-15',
      description: 'Made at the first hearing.' };
    const added = await upload(fields, { bytes: pdf, type: 'application/pdf', name: 'Care order – Łucja.pdf' });
    assert.equal(added.status, 201, JSON.stringify(added.json));
    assert.equal(added.json.kind, 'court_order');
    assert.equal(added.json.media_type, 'application/pdf');
    assert.equal(added.json.size, pdf.length);
    assert.equal(added.json.sha256, crypto.createHash('sha256').update(pdf).digest('hex'));
    assert.equal(added.json.filename, 'Care order – Łucja.pdf');
    assert.equal(added.json.child_asked_to_keep, false);

    const after = await list();
    assert.equal(after.length, before.length + 1);
    assert.ok(after.some((d) => d.id === added.json.id && d.title === 'Interim care order'));

    const meta = await fetch(`${server.url}/api/v1/documents/${added.json.id}`, { headers: auth });
    assert.equal(meta.status, 200);
    assert.equal((await meta.json()).sha256, added.json.sha256);

    // Download: the identical bytes, as an attachment, never sniffed.
    const res = await fetch(`${server.url}/api/v1/documents/${added.json.id}/content`, { headers: auth });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const disposition = res.headers.get('content-disposition');
    assert.match(disposition, /^attachment; /);
    assert.ok(disposition.includes("filename*=UTF-8''Care%20order%20%E2%80%93%20%C5%81ucja.pdf"), disposition);
    assert.ok(Buffer.from(await res.arrayBuffer()).equals(pdf), 'the bytes downloaded are the bytes uploaded');

    // R22: the child's own letter, marked as asked to be kept (plain text).
    const letter = await upload({ kind: 'childs_letter', title: 'My letter', dated: '2026-02-01', child_asked_to_keep: 'true' },
      { bytes: Buffer.from('Dear whoever reads this,\nI like football.\n'), type: 'text/plain', name: 'letter.txt' });
    assert.equal(letter.status, 201, JSON.stringify(letter.json));
    assert.equal(letter.json.child_asked_to_keep, true);
    assert.equal(letter.json.media_type, 'text/plain; charset=utf-8');

    // A program renamed .pdf, declared as a PDF: refused on `file`, nothing written.
    const journalBefore = await runVerify(demo.dbUrl);
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'), crypto.randomBytes(200)]);
    const wrong = await upload(fields, { bytes: exe, type: 'application/pdf', name: 'order.pdf' });
    assert.equal(wrong.status, 422);
    assert.equal(wrong.json.error.code, 'validation');
    assert.equal(wrong.json.error.field, 'file');
    assert.match(wrong.json.error.message, /must be a PDF/);
    assert.match(wrong.json.error.message, /order\.pdf/);

    // Missing fields name the field.
    const noTitle = await upload({ kind: 'court_order', dated: '2026-01-15' }, { bytes: pdf, type: 'application/pdf', name: 'a.pdf' });
    assert.equal(noTitle.status, 422);
    assert.equal(noTitle.json.error.field, 'title');
    const noFile = await upload(fields, null);
    assert.equal(noFile.status, 422);
    assert.equal(noFile.json.error.field, 'file');

    // Over the 15 MB document limit but inside the server's 16 MiB body limit: a message on `file`.
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(15 * 1024 * 1024, 0x20)]);
    const tooBig = await upload(fields, { bytes: big, type: 'application/pdf', name: 'big.pdf' });
    assert.equal(tooBig.status, 422);
    assert.equal(tooBig.json.error.field, 'file');
    assert.match(tooBig.json.error.message, /smaller than 15 MB/);
    // Over the server's body limit: 413.
    const huge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(17 * 1024 * 1024, 0x20)]);
    const tooLarge = await upload(fields, { bytes: huge, type: 'application/pdf', name: 'huge.pdf' });
    assert.equal(tooLarge.status, 413);

    // Not JSON, not multipart: a bad request saying what to send.
    const asJson = await fetch(`${server.url}/api/v1/children/${child.id}/documents`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' });
    assert.equal(asJson.status, 400);
    assert.match((await asJson.json()).error.message, /multipart\/form-data/);

    // Nothing refused reached the record or the blob folder.
    const final = await list();
    assert.equal(final.length, before.length + 2);
    const blobsAfter = fs.readdirSync(path.join(dir, 'demo.blobs'), { recursive: true }).length;
    assert.ok(blobsAfter <= blobsBefore + 4, 'two new blobs (and at most their two new folders), nothing refused');
    assert.equal(journalBefore.code, 0);

    // The download is in the access log, naming the document.
    const auditor = demo.logins.find((l) => l.role === 'auditor');
    const auditToken = await login(server.url, auditor.username, demo.password);
    const audit = await fetch(`${server.url}/api/v1/audit?child=${child.id}&limit=200`, {
      headers: { authorization: `Bearer ${auditToken}` } });
    assert.equal(audit.status, 200);
    const rows = (await audit.json()).items;
    const download = rows.find((r) => r.detail === `download: Interim care order (${added.json.id})`);
    assert.ok(download, 'the download has its own access-log row');
    assert.equal(download.action, 'child.entries');
    assert.equal(download.outcome, 'allowed');

    // Someone without access: a First Contact worker may not read case notes or documents of
    // a record outside their work (403), and an id that is not a document is 404.
    const firstContact = demo.logins.find((l) => l.role === 'first_contact');
    const fcToken = await login(server.url, firstContact.username, demo.password);
    const denied = await fetch(`${server.url}/api/v1/documents/${added.json.id}/content`, {
      headers: { authorization: `Bearer ${fcToken}` } });
    assert.ok([403, 404].includes(denied.status), `status ${denied.status}`);
    assert.notEqual(denied.headers.get('content-type'), 'application/pdf');
    const deniedUpload = await upload(fields, { bytes: pdf, type: 'application/pdf', name: 'x.pdf' }, fcToken);
    assert.ok([403, 404].includes(deniedUpload.status), `status ${deniedUpload.status}`);
    const missing = await fetch(`${server.url}/api/v1/documents/00000000-0000-4000-8000-000000000000`, { headers: auth });
    assert.equal(missing.status, 404);

    const openapi = await (await fetch(`${server.url}/api/v1/openapi.json`)).json();
    for (const p of ['/api/v1/children/{id}/documents', '/api/v1/documents/{id}', '/api/v1/documents/{id}/content']) {
      assert.ok(openapi.paths[p], `OpenAPI has ${p}`);
    }
    assert.ok(openapi.components.schemas.DocumentKind.enum.includes('childs_letter'));

    // verify replays document.added and checks every file against its SHA-256 ...
    const ok = await runVerify(demo.dbUrl);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /documents' files match their SHA-256/);
    // ... and finds one changed on disk.
    const file = path.join(dir, 'demo.blobs', added.json.sha256.slice(0, 2), added.json.sha256.slice(2));
    fs.writeFileSync(file, 'changed on disk');
    const bad = await runVerify(demo.dbUrl);
    assert.equal(bad.code, 1, bad.stdout);
    assert.match(bad.stdout, new RegExp(`FAILED: .*${added.json.id}`));
    const damaged = await fetch(`${server.url}/api/v1/documents/${added.json.id}/content`, { headers: auth });
    assert.equal(damaged.status, 500, 'damaged bytes are never served');
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
