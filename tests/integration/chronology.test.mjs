// R20: the chronology — significant events only, generated from the record plus what practitioners
// add or promote, each with its date as precisely as it is known, its source and the impact on the
// child — through the API, and as the family court's PDF read back with pdftotext: the title, the
// rows with their serial numbers, and the journal head it was built from on its last page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFile, spawn } from 'node:child_process';
import { startDemo } from '../support/server.mjs';
import { earlier, HOUR } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

function pdfToText(file) {
  return new Promise((resolve, reject) => {
    execFile('pdftotext', ['-layout', file, '-'], { maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => (err ? reject(new Error(stderr)) : resolve(stdout)));
  });
}

function checkpoint(dbUrl) {
  return new Promise((resolve) => {
    const proc = spawn(process.env.CHILDRECORD_BIN, ['checkpoint', '--db', dbUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => { stdout += c; });
    proc.stderr.on('data', (c) => { stderr += c; });
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('R20: the chronology through the API, every error at once, and its court PDF read back', async () => {
  const env = await startDemo({ prefix: 'chronology', children: 6 });
  try {
    const worker = await env.session('practitioner');
    const auditor = await env.session('auditor');
    const child = await worker.ownChild();
    const url = `/api/v1/children/${child.id}/chronology`;
    const api = worker.api;

    const before = await api('GET', `${url}?limit=100`);
    assert.equal(before.status, 200, JSON.stringify(before.json));
    const countAll = async () => {
      let n = 0;
      let cursor = null;
      do {
        const page = await api('GET', `${url}?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        assert.equal(page.status, 200);
        n += page.json.items.length;
        cursor = page.json.next;
      } while (cursor);
      return n;
    };
    const startCount = await countAll();

    // Bad input: every error at once, each naming its field, and nothing written.
    const bad = await api('POST', url, { date: { precision: 'month', value: '2019-03-14' }, what_happened: ' ', source: '' });
    assert.equal(bad.status, 422, JSON.stringify(bad.json));
    const fields = [bad.json.error.field, ...(bad.json.error.errors || []).map((e) => e.field)];
    for (const f of ['date', 'what_happened', 'source']) assert.ok(fields.includes(f), `${f} in ${JSON.stringify(bad.json)}`);
    const future = await api('POST', url, { date: { precision: 'year', value: String(NOW.getUTCFullYear() + 2) }, what_happened: 'x', source: 'y' });
    assert.equal(future.status, 422);
    assert.equal(future.json.error.field, 'date');
    assert.equal(await countAll(), startCount, 'nothing was written');

    // Hand-added items with their precision and source; an entry marked significant; a promotion.
    const added = await api('POST', url, { date: { precision: 'month', value: '2019-03' }, what_happened: 'Mum and the children moved to Durham from Leeds', source: 'Mum, at the first home visit', impact: 'A new school and no friends nearby at first' });
    assert.equal(added.status, 201, JSON.stringify(added.json));
    assert.match(added.json.ref, /^item:/);
    const about = await api('POST', url, { date: { precision: 'about', value: '2017' }, what_happened: 'Grandad died', source: 'Health visitor’s letter' });
    assert.equal(about.status, 201, JSON.stringify(about.json));
    const entry = await api('POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'case_note', occurred_at: earlier(NOW, 2 * HOUR).toISOString(), title: 'Court hearing: interim care order granted',
      body: 'The court granted an interim care order today.', significant: true,
    });
    assert.equal(entry.status, 201, JSON.stringify(entry.json));
    const promoted = await api('POST', url, { entry_id: entry.json.id, date: { precision: 'day', value: entry.json.occurred_at.slice(0, 10) }, what_happened: 'Interim care order granted' });
    assert.equal(promoted.status, 201, JSON.stringify(promoted.json));

    // The impact of a generated item, written afterwards.
    const opened = `opened:${child.id}`;
    const impact = await api('POST', `${url}/impacts`, { ref: opened, impact: 'The family had help from then on' });
    assert.equal(impact.status, 200, JSON.stringify(impact.json));
    const noImpact = await api('POST', `${url}/impacts`, { ref: 'item:nope', impact: 'x' });
    assert.equal(noImpact.status, 404);

    // Read back: newest first, filtered by kind.
    const mine = await api('GET', `${url}?kind=added&order=oldest`);
    assert.equal(mine.status, 200);
    const words = mine.json.items.map((i) => `${i.date_words}: ${i.what_happened}`);
    const grandad = words.indexOf('About 2017: Grandad died');
    const moved = words.indexOf('March 2019: Mum and the children moved to Durham from Leeds');
    assert.ok(grandad >= 0 && moved > grandad, `About 2017 comes before March 2019: ${JSON.stringify(words)}`);
    assert.equal(mine.json.items[moved].impact, 'A new school and no friends nearby at first');
    assert.equal(mine.json.items[moved].date_precision, 'month');
    assert.equal(mine.json.items[moved].date, '2019-03');
    const promotedItem = mine.json.items.find((i) => i.entry_id === entry.json.id);
    assert.ok(promotedItem, 'the promoted entry is in the chronology');
    const all = await api('GET', `${url}?order=newest&limit=100`);
    assert.equal(all.json.items.filter((i) => i.entry_id === entry.json.id).length, 1, 'a promoted entry appears once');
    assert.equal((await api('GET', `${url}?kind=nonsense`)).status, 400);

    // Auditors read with a reason; they do not write.
    assert.equal((await auditor.api('GET', url)).status, 403);
    assert.equal((await auditor.api('GET', url, undefined, { reason: 'Quarterly audit of chronologies' })).status, 200);
    const auditorWrite = await auditor.api('POST', url, { date: { precision: 'year', value: '2019' }, what_happened: 'x', source: 'y' }, { reason: 'Audit' });
    assert.equal(auditorWrite.status, 403);

    // The court's PDF.
    const total = await countAll();
    const res = await fetch(`${env.server.url}${url}.pdf`, { headers: { authorization: `Bearer ${worker.token}` } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(res.headers.get('content-disposition'), /attachment; filename="chronology-.*\.pdf"/);
    const file = path.join(env.dir, 'chronology.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    assert.equal(fs.readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    const text = await pdfToText(file);
    assert.match(text, new RegExp(`Chronology of ${child.full_name}`));
    assert.match(text, /Date of birth:/);
    assert.match(text, /Produced on \d{1,2} [A-Z][a-z]+ \d{4}/);
    assert.match(text, /No\.\s+Date\s+Event\s+Reference/);
    assert.match(text, /About 2017\s+Grandad died\s+Health visitor’s letter/);
    assert.match(text, /March 2019\s+Mum and the children moved/);
    assert.match(text, /Impact on the child: A new school/);
    assert.match(text, /page 1/);
    // Serial numbers 1…total, in order, each once.
    // (A row starts at the left edge with its number; the lines a cell wraps onto start further in.)
    const serials = [...text.matchAll(/^\s{0,3}(\d+)\s{2,}\S/gm)].map((m) => Number(m[1]));
    assert.deepEqual(serials, Array.from({ length: total }, (_, i) => i + 1));
    assert.match(text, new RegExp(`End of the chronology: ${total} events?\\.`));
    // The journal head it was built from, on its last page: the one the checkpoint reads now.
    const cp = await checkpoint(env.demo.dbUrl);
    assert.equal(cp.code, 0, cp.stderr);
    const head = JSON.parse(cp.stdout);
    const pages = text.split('\f').filter((p) => p.trim());
    const last = pages[pages.length - 1];
    assert.match(last, new RegExp(`journal at event number ${head.seq}\\b`));
    assert.ok(last.includes(head.hash), 'the journal head hash is on the last page');
  } finally {
    await env.stop();
  }
});
