// Reliability (SPEC §5 "a crash test"; §2 principles 1 and 2): kill -9 in the middle of writes
// loses no acknowledged write and leaves a journal that verifies; SIGTERM lets in-flight requests
// finish. Runs on both backends: SQLite, and the throwaway PostgreSQL cluster the ctest fixture
// starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, parseDemoOutput, login, ownChild } from '../support/server.mjs';
import { earlier, MINUTE } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

const bin = process.env.CHILDRECORD_BIN;

function run(file, args) {
  return new Promise((resolve) => {
    execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

async function backends() {
  const list = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-crash-'));
  list.push({ name: 'sqlite', url: () => `sqlite://${path.join(dir, `crash-${Date.now()}-${Math.random()}.db`)}` });
  const urlFile = process.env.CHILDRECORD_TEST_PG_URL_FILE;
  if (urlFile && fs.existsSync(urlFile)) {
    const admin = fs.readFileSync(urlFile, 'utf8').trim();
    list.push({
      name: 'postgres',
      url: async () => {
        const db = `crash_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
        const made = await run('psql', [admin, '-v', 'ON_ERROR_STOP=1', '-qc', `CREATE DATABASE ${db}`]);
        assert.equal(made.code, 0, made.stderr);
        const u = new URL(admin);
        u.pathname = `/${db}`;
        return u.toString();
      },
    });
  } else if (process.env.CHILDRECORD_SKIP_POSTGRES !== '1') {
    throw new Error('CHILDRECORD_TEST_PG_URL_FILE does not name a running test cluster');
  }
  return list;
}

// Documents' files: beside the database for SQLite; PostgreSQL needs a folder named (--blob-dir).
const blobRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-crash-blobs-'));
function blobArgs(dbUrl) {
  if (dbUrl.startsWith('sqlite:')) return [];
  return ['--blob-dir', path.join(blobRoot, new URL(dbUrl).pathname.slice(1))];
}

async function prepare(dbUrl) {
  const demo = await run(bin, ['demo', '--db', dbUrl, '--children', '4', '--seed', '3', ...blobArgs(dbUrl)]);
  assert.equal(demo.code, 0, demo.stderr);
  return parseDemoOutput(demo.stdout);
}

// Writers post entries as fast as they are answered and remember every acknowledged id.
function startWriters(server, token, childId, count) {
  const acknowledged = [];
  const failures = [];  // answers other than 201 or 503 (busy): a bug, not the crash
  let stop = false;
  const loops = [];
  for (let w = 0; w < count; w++) {
    loops.push((async () => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await fetch(`${server.url}/api/v1/children/${childId}/entries`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ kind: 'case_note', occurred_at: earlier(NOW, MINUTE).toISOString(), title: `Writer ${w} note ${i}`, body: `Note ${i} from writer ${w}.` }),
          });
          const body = await res.json();
          if (res.status === 201) acknowledged.push(body.id);
          else if (res.status !== 503) failures.push(`writer ${w}: HTTP ${res.status} ${JSON.stringify(body)}`);
        } catch {
          return;  // the server went away
        }
      }
    })());
  }
  return {
    acknowledged,
    done: async () => {
      stop = true;
      await Promise.all(loops);
      assert.deepEqual(failures, [], 'every write was either acknowledged or cut off by the crash');
    },
  };
}

async function checkAfterRestart(dbUrl, password, username, acknowledged) {
  const verify = await run(bin, ['verify', '--db', dbUrl]);
  assert.equal(verify.code, 0, `verify after the crash:\n${verify.stdout}${verify.stderr}`);
  const server = await startServer({ dbUrl, args: blobArgs(dbUrl) });
  try {
    const token = await login(server.url, username, password);
    for (const id of acknowledged) {
      const res = await fetch(`${server.url}/api/v1/entries/${id}`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(res.status, 200, `acknowledged entry ${id} is there after restart`);
      await res.arrayBuffer();
    }
  } finally {
    await server.stop();
  }
}

// Starts a server on a fresh demo database with eight writers posting entries to a child on the
// practitioner's caseload (others would need a reason: SPEC §2 principle 5).
async function serveWithWriters(backend) {
  const dbUrl = await backend.url();
  const { password, logins } = await prepare(dbUrl);
  const user = logins.find((l) => l.role === 'practitioner');
  const server = await startServer({ dbUrl, args: blobArgs(dbUrl) });
  const token = await login(server.url, user.username, password);
  const child = await ownChild(server.url, token, user.full_name);
  const writers = startWriters(server, token, child.id, 8);
  return { dbUrl, password, user, server, writers };
}

for (const backend of await backends()) {
  test(`${backend.name}: kill -9 during writes loses no acknowledged write and verify passes`, async () => {
    const { dbUrl, password, user, server, writers } = await serveWithWriters(backend);
    await new Promise((r) => setTimeout(r, 1500 + Math.random() * 1000));
    server.proc.kill('SIGKILL');
    await writers.done();
    await server.stop();
    assert.ok(writers.acknowledged.length > 0, 'some writes were acknowledged before the kill');
    await checkAfterRestart(dbUrl, password, user.username, writers.acknowledged);
  });

  test(`${backend.name}: SIGTERM finishes in-flight requests, then stops cleanly`, async () => {
    const { dbUrl, password, user, server, writers } = await serveWithWriters(backend);
    await new Promise((r) => setTimeout(r, 1000));
    const code = await server.stop();
    await writers.done();
    assert.ok(writers.acknowledged.length > 0, 'some writes were acknowledged before SIGTERM');
    assert.equal(code, 0, `server exit status after SIGTERM\n${server.output()}`);
    assert.match(server.output(), /finishing in-flight requests/);
    await checkAfterRestart(dbUrl, password, user.username, writers.acknowledged);
  });
}
