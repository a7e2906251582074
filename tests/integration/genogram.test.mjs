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

test('R20: details and a divorce recorded through the API are drawn: the cross, the two slashes, birth order and as_at', async () => {
  const env = await startDemo({ prefix: 'genogram-details', children: 6 });
  try {
    const { api, ownChild } = await env.session('practitioner', { parse: 'lenient' });
    const child = await ownChild();
    const add = async (body) => {
      const r = await api('POST', `/api/v1/children/${child.id}/people`, { important_to: 'child', ...body });
      assert.equal(r.status, 201, r.text);
      return r.json;
    };
    const details = async (person, body) => {
      const r = await api('POST', `/api/v1/children/${child.id}/people/${person.link_id}/details`, body);
      assert.equal(r.status, 200, r.text);
      return r.json;
    };
    const mum = await add({ full_name: 'Grace Okonkwo', relationship: 'mother' });
    const dad = await add({ full_name: 'Emeka Okonkwo', relationship: 'father' });
    const gran = await add({ full_name: 'Ngozi Okonkwo', relationship: 'grandmother' });
    const late = await add({ full_name: 'Chidi Okonkwo', relationship: 'brother' });
    const recorded = await details(gran, { sex: 'female', born_on: '1940-02-03', died: true, died_on: '2019-11-12' });
    assert.equal(recorded.details.died, true);
    assert.equal(recorded.details.died_on, '2019-11-12');
    assert.equal(recorded.details.version, 1);
    await details(mum, { sex: 'female', born_on: '1980-01-01' });
    await details(late, { sex: 'male', born_on: '2023-06-06' });
    const again = await details(mum, { sex: 'female', born_on: '1980-01-02' });
    assert.equal(again.details.version, 2, 'a change is a new version');

    const relate = async (body) => {
      const r = await api('POST', `/api/v1/children/${child.id}/partnerships`, body);
      assert.equal(r.status, 201, r.text);
      return r.json;
    };
    const married = await relate({ first_person_id: mum.id, second_person_id: dad.id, kind: 'married', starts_on: '2005-05-05', ends_on: '2015-01-01' });
    assert.equal(married.kind_label, 'Married');
    await relate({ first_person_id: mum.id, second_person_id: dad.id, kind: 'divorced', starts_on: '2016-03-03' });
    const list = await api('GET', `/api/v1/children/${child.id}/partnerships`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.json.items.filter((r) => r.first_person_id === mum.id).map((r) => r.kind), ['married', 'divorced']);

    const svg = await api('GET', `/api/v1/children/${child.id}/genogram.svg`);
    assert.equal(svg.status, 200, svg.text);
    // Graphviz writes each '-' of an id as &#45;.
    const groupOf = (text, id) => {
      const at = text.indexOf(`id="person&#45;${id.replaceAll('-', '&#45;')}"`);
      assert.ok(at >= 0, `person ${id} is drawn`);
      return text.slice(at, text.indexOf('</g>', at));
    };
    const granGroup = groupOf(svg.text, gran.id);
    assert.match(granGroup, /deceased[\s\S]*✕[\s\S]*Died 2019/);
    assert.ok(svg.text.includes('>//<'), 'the divorce is drawn with two slashes');
    assert.ok(svg.text.includes('Chidi Okonkwo'));
    // As at 2010: married (no slashes for this couple), the grandmother alive, Chidi not yet born.
    const then = await api('GET', `/api/v1/children/${child.id}/genogram.svg?as_at=2010-01-01`);
    assert.equal(then.status, 200);
    assert.ok(!then.text.includes('Chidi Okonkwo'), 'not yet born');
    assert.doesNotMatch(groupOf(then.text, gran.id), /✕/);
  } finally {
    await env.stop();
  }
});
