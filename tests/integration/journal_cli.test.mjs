// The command line as an operator uses it: init, user add, checkpoint, verify — and verify
// catching a journal altered behind the application's back (SPEC §2 principle 2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = process.env.CHILDRECORD_BIN;

function run(args, input = '') {
  return new Promise((resolve) => {
    const proc = spawn(bin, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c) => { stdout += c; });
    proc.stderr.on('data', (c) => { stderr += c; });
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
    proc.stdin.end(input);
  });
}

function sqlite(db, sql) {
  return new Promise((resolve, reject) => {
    execFile('sqlite3', [db, sql], (err, stdout, stderr) => (err ? reject(new Error(stderr)) : resolve(stdout)));
  });
}

test('init, user add, checkpoint and verify; tampering is caught', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-cli-'));
  const file = path.join(dir, 'authority.db');
  const db = `sqlite://${file}`;
  try {
    for (const sub of [[], ['init'], ['serve'], ['demo'], ['user', 'add'], ['checkpoint'], ['verify']]) {
      const help = await run([...sub, '--help']);
      assert.equal(help.code, 0, `${sub.join(' ')} --help`);
      assert.match(help.stdout, /--/);
    }
    const short = await run(['init', '--db', db, '--tenant', 'Durham', '--admin', 'root.admin'], 'short\n');
    assert.notEqual(short.code, 0);
    assert.match(short.stderr, /at least 12 characters/);

    const init = await run(['init', '--db', db, '--tenant', 'Durham County Council', '--admin', 'root.admin'], 'correct horse battery staple\n');
    assert.equal(init.code, 0, init.stderr);
    const add = await run(['user', 'add', '--db', db, '--username', 'sam.jones', '--name', 'Sam Jones', '--role', 'practitioner', '--team', 'Locality Team North'], 'another long passphrase\n');
    assert.equal(add.code, 0, add.stderr);
    const badRole = await run(['user', 'add', '--db', db, '--username', 'x.y', '--name', 'X Y', '--role', 'wizard'], 'another long passphrase\n');
    assert.notEqual(badRole.code, 0);
    assert.match(badRole.stderr, /not a role/);
    const taken = await run(['user', 'add', '--db', db, '--username', 'sam.jones', '--name', 'Sam Two', '--role', 'practitioner'], 'another long passphrase\n');
    assert.notEqual(taken.code, 0);
    assert.match(taken.stderr, /already taken/);

    const ok = await run(['verify', '--db', db]);
    assert.equal(ok.code, 0, ok.stdout + ok.stderr);
    assert.match(ok.stdout, /^OK: Durham County Council: \d+ events/m);

    const cp = await run(['checkpoint', '--db', db]);
    assert.equal(cp.code, 0, cp.stderr);
    const checkpoint = JSON.parse(cp.stdout);
    assert.ok(checkpoint.signature && checkpoint.public_key && checkpoint.hash);
    assert.equal((fs.statSync(`${file}.checkpoint-key`).mode & 0o777), 0o600);
    const cpFile = path.join(dir, 'checkpoint.json');
    fs.writeFileSync(cpFile, cp.stdout);
    const withCp = await run(['verify', '--db', db, '--checkpoint', cpFile]);
    assert.equal(withCp.code, 0, withCp.stdout + withCp.stderr);
    const pinned = await run(['verify', '--db', db, '--checkpoint', cpFile, '--public-key', checkpoint.public_key]);
    assert.equal(pinned.code, 0, pinned.stdout + pinned.stderr);
    const otherKey = await run(['verify', '--db', db, '--checkpoint', cpFile, '--public-key', 'ab'.repeat(32)]);
    assert.equal(otherKey.code, 1);
    assert.match(otherKey.stdout, /not the expected key/);

    // The database itself refuses to change the journal.
    await assert.rejects(sqlite(file, 'DELETE FROM journal WHERE seq = (SELECT MAX(seq) FROM journal)'), /append-only/);

    // An attacker with the database file drops the triggers and removes the last event.
    const last = (await sqlite(file, 'SELECT MAX(seq) FROM journal')).trim();
    await sqlite(file, `DROP TRIGGER journal_no_delete; DROP TRIGGER journal_payloads_no_delete;
      DELETE FROM journal_payloads WHERE seq = ${last}; DELETE FROM journal WHERE seq = ${last};`);
    const removed = await run(['verify', '--db', db, '--checkpoint', cpFile]);
    assert.equal(removed.code, 1);
    assert.match(removed.stdout, /events were removed/);

    // Forging the checkpoint to match does not help: its signature no longer holds.
    const forged = { ...checkpoint, seq: checkpoint.seq - 1 };
    fs.writeFileSync(cpFile, JSON.stringify(forged));
    const forgedRun = await run(['verify', '--db', db, '--checkpoint', cpFile]);
    assert.equal(forgedRun.code, 1);
    assert.match(forgedRun.stdout, /signature is not valid/);

    // Without any checkpoint the orphaned projection row still gives it away.
    const plain = await run(['verify', '--db', db]);
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /FAILED/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
