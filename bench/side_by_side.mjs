// Builds of the server side by side on the same data, taking turns, so that a change is measured
// against what it replaced in the same minutes (docs/performance.md cites such runs). Rows: a
// child's JSON (64 connections), the out-of-hours summary (64), a common word's search (8), the
// child's Entries page (8), and entries written through the API (32). Prints the median of the
// runs of each.
//
// node bench/side_by_side.mjs --side NAME=BINARY=DB --side NAME=BINARY=DB ... [--rounds N] [--seconds S]
//                              [--only TEXT]   (only the rows whose name has TEXT)
//   DB: a SQLite file made by `childrecord demo` (its .json beside it, as bench/run writes); the
//   writes add entries to it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/support/server.mjs';
import { webSession } from '../tests/support/web_session.mjs';
import { wrk as wrkRun } from './wrk.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const seconds = Number(opt('--seconds', '10'));
const rounds = Number(opt('--rounds', '3'));
const sides = argv.flatMap((a, i) => (a === '--side' ? [argv[i + 1]] : [])).map((spec) => {
  const [name, binary, db] = spec.split('=');
  if (!db) throw new Error('--side NAME=BINARY=DB');
  return { name, binary, db, info: JSON.parse(fs.readFileSync(`${db}.json`, 'utf8')) };
});
const bodyFile = path.join(os.tmpdir(), 'side-entry.json');
fs.writeFileSync(bodyFile, JSON.stringify({ kind: 'phone_call', occurred_at: new Date(Date.now() - 3600_000).toISOString(),
  title: 'Phone call', body: 'I rang mum to arrange the next visit; she said the new routine is helping. '.repeat(22) }));

function wrk(url, connections, headers, method = 'GET') {
  return wrkRun(url, { connections, seconds, headers, method, bodyFile: method === 'POST' ? bodyFile : '' });
}

async function start(side) {
  const port = await freePort();
  const log = fs.openSync(path.join(os.tmpdir(), `side-${side.name}.log`), 'w');
  const proc = spawn(side.binary, ['serve', '--db', `sqlite://${side.db}`, '--listen', `127.0.0.1:${port}`,
    '--web-root', path.join(root, 'web')], { stdio: ['ignore', log, log] });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; ++i) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch { /* not yet */ }
    if (i > 6000) throw new Error(`${side.name} did not start`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const login = side.info.logins.practitioner;
  const token = (await (await fetch(`${base}/api/v1/tokens`, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: login, password: side.info.password }) })).json()).token;
  const auth = { Authorization: `Bearer ${token}` };
  const list = await (await fetch(`${base}/api/v1/children?limit=100`, { headers: auth })).json();
  const mine = list.items.filter((c) => c.status);
  const [child, writeChild] = [mine[0], mine[mine.length - 1]];
  const session = await webSession(base, login, side.info.password);
  const stop = () => new Promise((r) => { proc.once('exit', r); proc.kill('SIGTERM'); });
  return { base, child, writeChild, auth, cookie: { Cookie: session.cookie() }, stop };
}

const results = {};
for (let round = 0; round < rounds; ++round) {
  for (const side of sides) {
    const s = await start(side);
    const rows = {
      'read: child JSON, 64 connections': () => wrk(`${s.base}/api/v1/children/${s.child.id}`, 64, s.auth),
      'read: out-of-hours summary JSON, 64 connections': () => wrk(`${s.base}/api/v1/children/${s.child.id}/summary`, 64, s.auth),
      'search: "visit", 8 connections': () => wrk(`${s.base}/api/v1/search?q=visit`, 8, s.auth),
      'page: Entries, 8 connections': () => wrk(`${s.base}/children/${s.child.id}/entries`, 8, s.cookie),
      'write: entries, 32 connections': () => wrk(`${s.base}/api/v1/children/${s.writeChild.id}/entries`, 32, s.auth, 'POST'),
    };
    for (const [name, measure] of Object.entries(rows)) {
      if (name.includes(opt('--only', ''))) ((results[name] ??= {})[side.name] ??= []).push(measure());
    }
    await s.stop();
  }
}
const median = (xs) => [...xs].sort((a, b) => a.rps - b.rps)[Math.floor(xs.length / 2)];
console.log(`| Row | ${sides.map((s) => s.name).join(' | ')} |`);
console.log(`|---|${sides.map(() => '---').join('|')}|`);
for (const [name, bySide] of Object.entries(results)) {
  const cells = sides.map((s) => {
    const m = median(bySide[s.name]);
    return `${Math.round(m.rps).toLocaleString('en-GB')} req/s, p95 ${m.p95.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms`;
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
