// The benchmark table (bench/run builds first, then runs this; docs/performance.md explains each
// row). Every figure is a ratio to a limit measured in the same run, on the same machine, a few
// seconds apart: nginx serving the same bytes, raw SQLite inserting the same rows, sha256sum
// reading the same file. Nothing here asserts a timing: it prints what it measured.
//
// node bench/run.mjs [--quick] [--sizes default,large] [--children-default N] [--children-large N]
//                    [--months M] [--seconds S] [--fresh] [--binary PATH] [--raw-bench PATH]
//                    [--no-postgres] [--children-postgres N]
//   --quick   tiny data and one-second runs, so the test command proves the benchmark still works
//   --fresh   generate the data again instead of reusing var/bench/<size>.db
//   --generate-only   make the data and stop
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, parseDemoOutput } from '../tests/support/server.mjs';
import { webSession } from '../tests/support/web_session.mjs';
import { wrk as wrkRun } from './wrk.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const build = path.join(root, 'build');
  const out = { binary: path.join(build, 'src', 'cli', 'childrecord'), rawBench: path.join(build, 'bench', 'raw_sqlite_bench'),
    quick: false, postgres: true, childrenPostgres: 2000, fresh: false, sizes: null, childrenDefault: 16500, childrenLarge: 66000, months: 36, seconds: 10 };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--quick') out.quick = true;
    else if (a === '--fresh') out.fresh = true;
    else if (a === '--generate-only') out.generateOnly = true;
    else if (a === '--no-postgres') out.postgres = false;
    else if (a === '--children-postgres') out.childrenPostgres = Number(next());
    else if (a === '--binary') out.binary = next();
    else if (a === '--raw-bench') out.rawBench = next();
    else if (a === '--sizes') out.sizes = next().split(',');
    else if (a === '--children-default') out.childrenDefault = Number(next());
    else if (a === '--children-large') out.childrenLarge = Number(next());
    else if (a === '--months') out.months = Number(next());
    else if (a === '--seconds') out.seconds = Number(next());
    else throw new Error(`unknown option ${a} (see the top of bench/run.mjs)`);
  }
  return out;
}

const args = parseArgs(process.argv.slice(2));
const binary = args.binary;
const seconds = args.quick ? 1 : args.seconds;
const repetitions = args.quick ? 1 : 3;
const sizes = args.quick
  ? [{ name: 'quick', children: 12, months: 2 }]
  : (args.sizes ?? ['default', 'large']).map((name) => ({
      name,
      children: name === 'large' ? args.childrenLarge : args.childrenDefault,
      months: args.months,
    }));
const dataDir = args.quick ? fs.mkdtempSync(path.join(os.tmpdir(), 'bench-quick-')) : path.join(root, 'var', 'bench');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-run-'));
fs.mkdirSync(dataDir, { recursive: true });

function log(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function run(command, argv, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return { stdout: r.stdout, elapsed };
}

// Waits for the server to answer: up to 20 minutes, since a server given data made by an older
// version migrates it before it listens (a million entries: about a minute).
async function waitFor(url, child) {
  const until = Date.now() + 20 * 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the process ended (${child.exitCode})`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url} did not answer`);
}

// What `childrecord demo` printed: the shared password, a login per role, how many entries.
function demoOutput(stdout) {
  const { password, logins } = parseDemoOutput(stdout);
  return {
    password,
    logins: Object.fromEntries(logins.map((l) => [l.role, l.username])),
    entries: Number(stdout.match(/ (\d+) entries/)[1]),
  };
}

// The access log's own file beside a SQLite database (store/sqlite/sqlite_connection.h), with its
// write-ahead log and index.
function accessLogFiles(db) {
  return [`${db}-access-log`, `${db}-access-log-wal`, `${db}-access-log-shm`];
}

// Generates (or reuses) the authority of one size; returns its database path, logins and counts.
function ensureData(size) {
  const db = path.join(dataDir, `${size.name}-${size.children}x${size.months}.db`);
  const info = `${db}.json`;
  if (!args.fresh && fs.existsSync(db) && fs.existsSync(info)) return { db, ...JSON.parse(fs.readFileSync(info, 'utf8')) };
  for (const f of [db, `${db}-wal`, `${db}-shm`, info, ...accessLogFiles(db)]) fs.rmSync(f, { force: true });
  fs.rmSync(db.replace(/\.db$/, '.blobs'), { recursive: true, force: true });
  log(`generating ${size.name}: ${size.children} children, ${size.months} months of history`);
  const made = run(binary, ['demo', '--db', `sqlite://${db}`, '--children', String(size.children), '--months',
    String(size.months), '--seed', '7']);
  const data = { ...demoOutput(made.stdout), generateSeconds: made.elapsed };
  fs.writeFileSync(info, JSON.stringify(data));
  return { db, ...data };
}

function sqlite(db, sql) {
  return run('sqlite3', ['-bail', '-separator', '\t', db, sql]).stdout.trim();
}

// One wrk run of this benchmark's length (bench/wrk.mjs).
const wrk = (url, options) => wrkRun(url, { seconds, ...options });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// The same measurement `repetitions` times; the run with the median requests/s.
function repeated(measure) {
  const runs = [];
  for (let i = 0; i < repetitions; ++i) runs.push(measure());
  const mid = median(runs.map((r) => r.rps));
  return runs.find((r) => r.rps === mid);
}

async function startServer(dbUrl, extra = []) {
  const port = await freePort();
  // The server's log goes to a file: a pipe would fill while wrk runs (spawnSync blocks this
  // process) and stall the server's threads on writing it.
  const logFile = path.join(scratch, `serve-${port}.log`);
  const logFd = fs.openSync(logFile, 'w');
  const child = spawn(binary, ['serve', '--db', dbUrl, '--listen', `127.0.0.1:${port}`, ...extra],
    { stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`, child);
  } catch (e) {
    throw new Error(`${e.message}: ${fs.readFileSync(logFile, 'utf8').slice(-4000)}`);
  }
  return { base, child, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGTERM'); }) };
}

async function startNginx(bytes) {
  const dir = fs.mkdtempSync(path.join(scratch, 'nginx-'));
  fs.chmodSync(dir, 0o755);
  fs.mkdirSync(path.join(dir, 'www'));
  fs.writeFileSync(path.join(dir, 'www', 'child.json'), bytes);
  const port = await freePort();
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  fs.writeFileSync(path.join(dir, 'nginx.conf'), `${user}worker_processes 2;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}/tmp;
  server {
    listen 127.0.0.1:${port};
    root ${dir}/www;
    location / { default_type application/json; }
  }
}
`);
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/child.json`;
  await waitFor(url, child);
  return { url, stop: () => new Promise((r) => { child.once('exit', r); child.kill('SIGQUIT'); }) };
}

async function api(base, method, p, { token, body } = {}) {
  const r = await fetch(base + p, {
    method,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  if (r.status >= 300) throw new Error(`${method} ${p}: HTTP ${r.status} ${text}`);
  return { text, json: text ? JSON.parse(text) : null };
}

// A case note of about 1.6 KB, in the words practitioners write.
function noteText() {
  const sentences = [
    'I visited Amelia at home after school; her mum and Nana Sue were there.',
    'Amelia showed me her room and the drawings she made at school this week.',
    'She said she likes it when Nana Sue picks her up because they walk past the ducks.',
    'Mum said the new bedtime routine is helping and that Amelia has been sleeping through.',
    'We talked about what Amelia would like to happen at the next meeting with her teacher.',
    'I saw Amelia on her own for twenty minutes; she said she feels safe at home.',
    'We agreed that I will visit again next Tuesday and phone the school on Friday.',
  ];
  let text = '';
  for (let i = 0; text.length < 1600; ++i) text += `${sentences[i % sentences.length]} `;
  return text.trim();
}

const rows = [];
function row(name, figure, limit, ratio, lat, target) {
  rows.push({ name, figure, limit, ratio, lat, target });
}
const fmt = (x, digits = 0) => x.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (lat) => (lat ? `${fmt(lat.p50, 1)} / ${fmt(lat.p95, 1)} / ${fmt(lat.p99, 1)}` : '');

// Signs in to the API as the practitioner and finds the children they may read.
async function practitionerApi(server, data) {
  const practitioner = data.logins.practitioner;
  const token = (await api(server.base, 'POST', '/api/v1/tokens', { body: { username: practitioner, password: data.password } })).json.token;
  const list = (await api(server.base, 'GET', '/api/v1/children?limit=100', { token })).json;
  // A child the reader may not open without a reason is listed with its name only.
  const mine = list.items.filter((c) => c.status);
  if (!mine.length) throw new Error(`${practitioner} may read none of the first 100 children`);
  return { token, auth: { Authorization: `Bearer ${token}` }, mine };
}

// Read: `what` (a child's JSON, or their out-of-hours summary, R25) at `childPath` against nginx
// serving the same bytes, 64 connections, keep-alive.
async function measureRead(server, reader, childPath, what, label) {
  const bytes = (await api(server.base, 'GET', childPath, { token: reader.token })).text;
  const nginx = await startNginx(bytes);
  const reads = [];
  try {
    for (let i = 0; i < repetitions; ++i) {
      const limit = wrk(nginx.url, { connections: 64 });
      const ours = wrk(server.base + childPath, { connections: 64, headers: reader.auth });
      reads.push({ ...ours, limit: limit.rps, ratio: ours.rps / limit.rps });
    }
  } finally {
    await nginx.stop();
  }
  const read = reads.find((r) => r.ratio === median(reads.map((x) => x.ratio)));
  row(`read: ${what} (${fmt(bytes.length)} B), 64 connections — ${label}`, `${fmt(read.rps)} req/s`,
    `nginx ${fmt(read.limit)} req/s`, read.ratio, read, '≥ 0.5×, p99 < 20 ms');
}

// The body every write posts: a phone call with a note of about 1.6 KB.
function entryBodyFile() {
  const body = { kind: 'phone_call', occurred_at: new Date(Date.now() - 3600_000).toISOString(), title: 'Home visit', body: noteText() };
  const file = path.join(scratch, 'entry.json');
  fs.writeFileSync(file, JSON.stringify(body));
  return { file, noteBytes: Buffer.byteLength(body.title + body.body) };
}

// A SQLite file's bytes in use: its pages less its free ones, as its connections see it (the
// write-ahead log included). A migration that drops a copy frees its pages, and later writes
// reuse them before the file grows (VACUUM gives them back to the file system).
function bytesInUse(file) {
  const [pageCount, freePages, pageSize] = sqlite(file,
    'SELECT page_count, freelist_count, page_size FROM pragma_page_count, pragma_freelist_count, pragma_page_size')
    .split('\t').map(Number);
  return (pageCount - freePages) * pageSize;
}

function entryCount(db) {
  return Number(sqlite(db, 'SELECT count(*) FROM entries'));
}

// Write: entries through the API (`body`, from entryBodyFile), 8 and 32 clients, against
// `limit(clients)`: {name, rate}, rows/s of the same rows written raw, one durable transaction each.
function measureWrites(server, reader, child, label, body, limit) {
  for (const clients of [8, 32]) {
    const r = wrk(`${server.base}/api/v1/children/${child.id}/entries`,
      { connections: clients, headers: reader.auth, method: 'POST', bodyFile: body.file });
    const base = limit(clients);
    row(`write: entries through the API, ${clients} clients — ${label}`, `${fmt(r.rps)} entries/s`,
      `${base.name} ${fmt(base.rate)} rows/s`, r.rps / base.rate, r, '≥ 0.25×, p99 < 50 ms');
  }
}

function peakRss(server, label) {
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  const peak = Number(status.match(/VmHWM:\s+(\d+) kB/)[1]) / 1024;
  row(`server peak RSS — ${label}`, `${fmt(peak)} MB`, '', null, null, '< 300 MB');
}

async function benchSize(size) {
  const data = ensureData(size);
  const label = `${size.name} (${fmt(size.children)} children, ${fmt(data.entries)} entries)`;
  log(`measuring ${label}`);
  row(`data: ${fmt(data.entries)} entries generated through the journal — ${size.name}`,
    `${fmt(data.entries / data.generateSeconds)} entries/s`, '', null, null, 'large in < 15 min');
  const server = await startServer(`sqlite://${data.db}`);
  const pages = {};  // each page's latencies, for the growth rows
  try {
    const reader = await practitionerApi(server, data);
    // The child of the practitioner's with the most entries: the page that costs most.
    // Writes go to one child, the practitioner's last listed, which the other rows leave alone
    // (the journal never forgets, so every run adds its writes to the data it reuses).
    const writeChild = reader.mine[reader.mine.length - 1];
    const others = reader.mine.length > 1 ? reader.mine.slice(0, -1) : reader.mine;
    let child = others[0];
    let most = -1;
    for (const c of others.slice(0, 20)) {
      const id = c.id.replace(/'/g, '');
      const n = Number(sqlite(data.db, `SELECT count(*) FROM entries WHERE tenant_id = (SELECT tenant_id FROM children ` +
        `WHERE id = '${id}') AND child_id = '${id}'`));
      if (n > most) [child, most] = [c, n];
    }
    await measureRead(server, reader, `/api/v1/children/${child.id}`, "a child's JSON", size.name);
    // What the Emergency Duty Team opens at 2 a.m. (R25): the summary, key people, safety plan,
    // the latest entries, in one answer.
    await measureRead(server, reader, `/api/v1/children/${child.id}/summary`, 'the out-of-hours summary', size.name);

    // Pages: the child's Overview and Entries pages, signed in as the practitioner.
    const session = await webSession(server.base, data.logins.practitioner, data.password);
    const cookie = { Cookie: session.cookie() };
    for (const [page, suffix] of [['Overview', ''], ['Entries', '/entries']]) {
      const check = await session.get(`/children/${child.id}${suffix}`);
      if (check.status !== 200) throw new Error(`${page} page: HTTP ${check.status}`);
      const r = repeated(() => wrk(`${server.base}/children/${child.id}${suffix}`, { connections: 8, headers: cookie }));
      pages[page] = r;
      row(`page: ${page} (${most} entries on the record), 8 connections — ${size.name}`, `${fmt(r.rps)} req/s`, '', null, r,
        'p95 < 20 ms');
    }

    // Search: the most common and a rare word of the notes, as the practitioner.
    const vocab = (select, where, order) => sqlite(data.db,
      `CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, entry_search, 'row');
       SELECT ${select} FROM v WHERE length(term) >= 5 AND term GLOB '[a-z]*' ${where} ORDER BY ${order} LIMIT 1;`);
    const common = vocab('term', '', 'doc DESC');
    const rare = vocab('term', 'AND doc BETWEEN 2 AND 5', 'doc ASC, term') || vocab('term', '', 'doc ASC, term');
    for (const [which, word] of [['common', common], ['rare', rare]]) {
      const docs = Number(vocab('doc', `AND term = '${word}'`, 'doc'));
      const r = repeated(() => wrk(`${server.base}/api/v1/search?q=${encodeURIComponent(word)}`, { connections: 8, headers: reader.auth }));
      row(`search: a ${which} word ("${word}", in ${fmt(docs)} entries), 8 connections — ${size.name}`,
        `${fmt(r.rps)} req/s`, '', null, r, 'p95 < 50 ms');
    }

    // Write: against raw SQLite inserting rows of the same size, one durable transaction each.
    const body = entryBodyFile();
    const raw = run(args.rawBench, [path.join(scratch, 'raw.db'), String(args.quick ? 200 : 3000), String(body.noteBytes)]).stdout;
    const rawRate = Number(raw.match(/rows_per_s=([\d.]+)/)[1]);
    const before = { bytes: bytesInUse(data.db), entries: entryCount(data.db) };
    measureWrites(server, reader, writeChild, size.name, body, () => ({ name: 'raw SQLite', rate: rawRate }));
    peakRss(server, size.name);
    // Storage of one entry: what the entries the write rows recorded added to the database (its
    // journal event, its rows and indexes, its words in the search index), against the note's
    // own bytes (title and text). Its access-log row is in the access log's file (below).
    const added = entryCount(data.db) - before.entries;
    const perEntry = (bytesInUse(data.db) - before.bytes) / added;
    row(`storage: bytes each entry written adds to the database (${fmt(added)} entries), against its own bytes — ${size.name}`,
      `${fmt(perEntry)} B`, `entry ${fmt(body.noteBytes)} B`, perEntry / body.noteBytes, null, '< 4×');
  } finally {
    await server.stop();
  }

  // Storage of the whole authority, per entry, against an entry's own bytes (title, text and a
  // visit's or decision's details): everything the record holds besides its entries (assessments,
  // plans, summaries, chronologies, people) counted against them. Two figures: both files (the
  // database and its access log's), and the database alone, without the access log, which grows
  // with every read (this benchmark's own reads add to it on reused data), not with the entries.
  const accessLog = accessLogFiles(data.db)[0];
  for (const file of [data.db, accessLog]) sqlite(file, 'PRAGMA wal_checkpoint(TRUNCATE);');
  const logBytes = bytesInUse(accessLog);
  const fileBytes = bytesInUse(data.db) + logBytes;
  const [entries, noteBytes] = sqlite(data.db,
    `SELECT count(*), avg(length(CAST(e.title AS BLOB)) + length(CAST(json_extract(c.payload, '$.body') AS BLOB)) + ` +
    `coalesce(length(CAST(json_extract(p.payload, '$.details') AS BLOB)), 0)) ` +
    'FROM entries e JOIN entry_versions v ON v.tenant_id = e.tenant_id AND v.entry_id = e.id AND v.version = 1 ' +
    'JOIN journal_payloads p ON p.tenant_id = v.tenant_id AND p.seq = v.seq ' +
    'JOIN journal_payloads c ON c.tenant_id = e.tenant_id AND c.seq = e.seq')
    .split('\t').map(Number);
  const logRows = Number(sqlite(accessLog, 'SELECT count(*) FROM access_log'));
  row(`storage: the whole authority per entry, against an entry's own bytes — ${size.name}`, `${fmt(fileBytes / entries)} B`,
    `entry ${fmt(noteBytes)} B`, fileBytes / entries / noteBytes, null, '');
  row(`storage: the same without the access log (${fmt(logRows)} rows, ${fmt(logBytes / logRows)} B each) — ${size.name}`,
    `${fmt((fileBytes - logBytes) / entries)} B`, `entry ${fmt(noteBytes)} B`, (fileBytes - logBytes) / entries / noteBytes,
    null, '');

  // verify against sha256sum over the same files (both from a warm page cache).
  run('sha256sum', [data.db, accessLog]);
  const sha = run('sha256sum', [data.db, accessLog]).elapsed;
  const verify = run(binary, ['verify', '--db', `sqlite://${data.db}`]).elapsed;
  row(`verify: ${fmt(fileBytes / 1e6)} MB — ${size.name}`, `${fmt(fileBytes / 1e6 / verify, 1)} MB/s`,
    `sha256sum ${fmt(fileBytes / 1e6 / sha, 1)} MB/s`, sha / verify, null, '≥ 0.5×');
  return pages;
}

// pgbench inserting the rows the API's writes insert, one transaction each, `clients` at once:
// what this PostgreSQL allows for durable single-row writes.
function pgbenchInserts(url, clients, noteBytes) {
  const pgbench = fs.existsSync('/usr/lib/postgresql/15/bin/pgbench') ? '/usr/lib/postgresql/15/bin/pgbench' : 'pgbench';
  run('psql', ['-q', url, '-c', 'DROP TABLE IF EXISTS bench_entries; CREATE TABLE bench_entries (id bigserial PRIMARY KEY, ' +
    'tenant_id text, child_id text, kind text, occurred_at text, recorded_at text, recorded_by text, title text, body text); ' +
    'CREATE INDEX ON bench_entries (tenant_id, child_id, occurred_at);']);
  const script = path.join(scratch, 'insert.sql');
  fs.writeFileSync(script, `INSERT INTO bench_entries (tenant_id, child_id, kind, occurred_at, recorded_at, recorded_by, title, body) ` +
    `VALUES ('t', 'child', 'phone_call', '2026-01-01T09:30:00Z', '2026-01-01T10:00:00Z', 'worker', 'Call', '${'x'.repeat(noteBytes)}');\n`);
  const out = run(pgbench, ['-n', '-c', String(clients), '-j', '2', '-T', String(seconds), '-f', script, url]).stdout;
  return Number(out.match(/tps = ([\d.]+)/)[1]);
}

// The read and write rows against PostgreSQL (a throwaway cluster, tests/support/pg-cluster.sh).
async function benchPostgres(children) {
  const dir = path.join(scratch, 'pg');
  const cluster = path.join(root, 'tests', 'support', 'pg-cluster.sh');
  run('bash', [cluster, 'start', dir]);
  try {
    const url = fs.readFileSync(path.join(dir, 'url'), 'utf8').trim();
    const blobs = path.join(scratch, 'pg-blobs');
    log(`generating PostgreSQL: ${children} children`);
    const made = run(binary, ['demo', '--db', url, '--blob-dir', blobs, '--children', String(children), '--months', '12', '--seed', '7']);
    const data = { ...demoOutput(made.stdout), generateSeconds: made.elapsed };
    const label = `PostgreSQL (${fmt(children)} children, ${fmt(data.entries)} entries)`;
    row(`data: ${fmt(data.entries)} entries generated through the journal — PostgreSQL`,
      `${fmt(data.entries / data.generateSeconds)} entries/s`, '', null, null, '');
    const server = await startServer(url, ['--blob-dir', blobs]);
    try {
      const reader = await practitionerApi(server, data);
      log(`measuring ${label}`);
      await measureRead(server, reader, `/api/v1/children/${reader.mine[0].id}`, "a child's JSON", 'PostgreSQL');
      const body = entryBodyFile();
      const limits = {};
      for (const clients of [8, 32]) limits[clients] = pgbenchInserts(url, clients, body.noteBytes);
      measureWrites(server, reader, reader.mine[reader.mine.length - 1], 'PostgreSQL', body,
        (clients) => ({ name: 'pgbench inserts', rate: limits[clients] }));
      peakRss(server, 'PostgreSQL');
    } finally {
      await server.stop();
    }
  } finally {
    run('bash', [cluster, 'stop', dir]);
  }
}

function cpuName() {
  const m = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/);
  return m ? m[1] : os.arch();
}

const measured = [];
if (args.generateOnly) {
  for (const size of sizes) {
    const data = ensureData(size);
    console.log(`${size.name}: ${data.entries} entries, generated in ${fmt(data.generateSeconds)} s (${data.db})`);
  }
  process.exit(0);
}
try {
  for (const size of sizes) measured.push(await benchSize(size));
  if (args.postgres) await benchPostgres(args.quick ? 12 : args.childrenPostgres);
  if (measured.length === 2) {
    const [small, large] = measured;
    for (const page of ['Overview', 'Entries']) {
      const growth = large[page].p95 / small[page].p95;
      row(`page growth: ${page} p95, large against default`, `${fmt(growth, 2)}×`, '', null, null, '≤ 1.2×');
    }
  }
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
  if (args.quick) fs.rmSync(dataDir, { recursive: true, force: true });
}

console.log(`childrecord bench/run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpuName()}, ` +
  `${fmt(os.totalmem() / 2 ** 30)} GiB; ${seconds} s runs, ${repetitions} repetitions (median)`);
console.log('');
console.log('| Row | Figure | Limit, same run | Ratio | p50 / p95 / p99 ms | Target |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${r.figure} | ${r.limit} | ${r.ratio == null ? '' : `${fmt(r.ratio, 2)}×`} | ${ms(r.lat)} | ${r.target} |`);
}
