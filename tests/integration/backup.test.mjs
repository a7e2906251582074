// Backup and restore (SPEC §5 reliability; docs/operations.md): an online SQLite backup of the
// database and its access log's file, taken while the server is writing, verifies, and a server
// started on the restored copy has every entry acknowledged before the backup began; a copy
// without the access log's file does not start, and says which file is missing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, makeDemoDb, login, ownChild } from '../support/server.mjs';
import { earlier, MINUTE } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

function run(file, args) {
  return new Promise((resolve) => {
    execFile(file, args, (err, stdout, stderr) => resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr }));
  });
}

test('an online backup verifies and restores with every acknowledged entry', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-backup-'));
  try {
    const demo = await makeDemoDb(dir, { children: 5 });
    const user = demo.logins.find((l) => l.role === 'practitioner');
    const server = await startServer({ dbUrl: demo.dbUrl });
    const token = await login(server.url, user.username, demo.password);
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const childId = (await ownChild(server.url, token, user.full_name)).id;
    const acknowledged = [];
    const post = async (i) => {
      const res = await fetch(`${server.url}/api/v1/children/${childId}/entries`, {
        method: 'POST', headers,
        body: JSON.stringify({ kind: 'case_note', occurred_at: earlier(NOW, MINUTE).toISOString(), title: `Note ${i}`, body: `Backup note ${i}.` }),
      });
      assert.equal(res.status, 201);
      return (await res.json()).id;
    };
    for (let i = 0; i < 20; i++) acknowledged.push(await post(i));

    // Writes keep going while the backup is taken.
    let writing = true;
    const writer = (async () => { for (let i = 100; writing; i++) await post(i); })();
    // The database first, then its access log's file beside it (docs/operations.md): every
    // write in the database's copy then has its access-log row in the access log's copy.
    const dbFile = demo.dbUrl.replace('sqlite://', '');
    const backupFile = path.join(dir, 'backup.db');
    const backup = await run('sqlite3', [dbFile, `.backup '${backupFile}'`]);
    const backupLog = await run('sqlite3', [`${dbFile}-access-log`, `.backup '${backupFile}-access-log'`]);
    writing = false;
    await writer;
    assert.equal(backup.code, 0, backup.stderr);
    assert.equal(backupLog.code, 0, backupLog.stderr);
    // Then the documents' files (docs/operations.md: the database first, then the blob folder),
    // beside the copy where verify and serve look for them.
    fs.cpSync(path.join(dir, 'demo.blobs'), path.join(dir, 'backup.blobs'), { recursive: true });
    await server.stop();

    const backupUrl = `sqlite://${backupFile}`;
    const verify = await run(process.env.CHILDRECORD_BIN, ['verify', '--db', backupUrl]);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);

    // Without the access log's file the copy does not start (its reads would be logged apart
    // from the earlier ones), and says which file to restore.
    const lonely = path.join(dir, 'lonely.db');
    fs.copyFileSync(backupFile, lonely);
    const refused = await run(process.env.CHILDRECORD_BIN, ['verify', '--db', `sqlite://${lonely}`]);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stdout + refused.stderr, /lonely\.db-access-log of the database .*lonely\.db is missing/);

    const restored = await startServer({ dbUrl: backupUrl });
    try {
      const t = await login(restored.url, user.username, demo.password);
      for (const id of acknowledged) {
        const res = await fetch(`${restored.url}/api/v1/entries/${id}`, { headers: { authorization: `Bearer ${t}` } });
        assert.equal(res.status, 200, `entry ${id} is in the restored copy`);
        await res.arrayBuffer();
      }
    } finally {
      await restored.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
