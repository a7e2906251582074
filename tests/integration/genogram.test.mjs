// R20: the genogram is drawn from the people on the record at read time and downloads as SVG and
// PDF over the API; the read is written to the access log like any read of the people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startDemo } from '../support/server.mjs';

test('R20: the genogram downloads as SVG and PDF, naming everyone, and is redrawn as people are added', async () => {
  const env = await startDemo({ prefix: 'genogram', children: 6 });
  try {
    const { api, ownChild } = await env.session('practitioner', { parse: 'lenient' });
    const child = await ownChild();
    const add = async (body) => {
      const r = await api('POST', `/api/v1/children/${child.id}/people`, { important_to: 'child', ...body });
      assert.equal(r.status, 201, r.text);
    };
    await add({ full_name: 'Zainab Quarshie', relationship: 'mother', home_periods: [{ moved_in: '2016-05-04' }] });
    await add({ full_name: 'Kwame Quarshie', relationship: 'father' });
    await add({ full_name: 'Efua Quarshie', relationship: 'grandmother' });
    await add({ full_name: 'Yaw Mensah', relationship: 'step_father', home_periods: [{ moved_in: '2020-01-10' }] });
    await add({ full_name: 'Abena Quarshie', relationship: 'half_sister' });

    const svg = await api('GET', `/api/v1/children/${child.id}/genogram.svg`);
    assert.equal(svg.status, 200, svg.text);
    assert.match(svg.headers.get('content-type'), /image\/svg\+xml/);
    for (const name of ['Zainab Quarshie', 'Kwame Quarshie', 'Efua Quarshie', 'Yaw Mensah', 'Abena Quarshie']) {
      assert.ok(svg.text.includes(name), `the SVG names ${name}`);
    }
    // As at a date before the step-father moved in, he is not in the household's dotted line.
    const before = await api('GET', `/api/v1/children/${child.id}/genogram.svg?as_at=2018-01-01`);
    assert.equal(before.status, 200);
    const bad = await api('GET', `/api/v1/children/${child.id}/genogram.svg?as_at=31-02-2018`);
    assert.equal(bad.status, 400);

    const res = await fetch(`${env.server.url}/api/v1/children/${child.id}/genogram.pdf`,
      { headers: { authorization: `Bearer ${(await env.session('practitioner')).token}` } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    const file = path.join(env.dir, 'genogram.pdf');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    for (const name of ['Zainab Quarshie', 'Yaw Mensah', 'Abena Quarshie']) assert.ok(text.includes(name), `${name} in ${text}`);

    // Without a token: refused.
    const anon = await fetch(`${env.server.url}/api/v1/children/${child.id}/genogram.svg`);
    assert.equal(anon.status, 401);
  } finally {
    await env.stop();
  }
});
