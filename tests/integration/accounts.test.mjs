// Integration: accounts, sign-in and sessions (SPEC §4; policy R44, R45, R53, R54).
// The real binary with short timeouts set on the command line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, freePort, insecureHttpsRequest } from '../support/server.mjs';

const ADMIN_PW = 'a long admin passphrase here';
const WORKER_PW = 'worker passphrase of good length';
let dir, dbUrl;
const servers = [];

function cli(args, input = '') {
  return new Promise((resolve) => {
    const child = execFile(process.env.CHILDRECORD_BIN, args, (err, stdout, stderr) => {
      resolve({ code: err ? err.code : 0, stdout, stderr });
    });
    child.stdin.on('error', () => {});  // the command may exit before reading standard input
    child.stdin.end(input);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function serve(args) {
  const s = await startServer({ dbUrl, args });
  servers.push(s);
  return s;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-accounts-'));
  dbUrl = `sqlite://${path.join(dir, 'accounts.db')}`;
  let r = await cli(['init', '--db', dbUrl, '--tenant', 'Durham', '--admin', 'root.admin'], `${ADMIN_PW}\n`);
  assert.equal(r.code, 0, r.stderr);
  for (const u of ['sam.worker', 'kim.worker', 'lee.worker']) {
    r = await cli(['user', 'add', '--db', dbUrl, '--username', u, '--name', u, '--role', 'practitioner', '--team', 'North'], `${WORKER_PW}\n`);
    assert.equal(r.code, 0, r.stderr);
  }
});

after(async () => {
  for (const s of servers) await s.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function cookiesOf(res) { return res.headers.getSetCookie(); }

// Signs in through the web form; returns {cookie, res}.
async function webLogin(url, username, password, { withCsrf = true } = {}) {
  const page = await fetch(`${url}/login`);
  const html = await page.text();
  const signinCookie = cookiesOf(page).find((c) => c.startsWith('childrecord-signin='));
  assert.ok(signinCookie, 'the sign-in page sets its CSRF cookie');
  const csrf = html.match(/name="csrf_token" value="([0-9a-f]{64})"/)[1];
  const form = new URLSearchParams({ username, password, next: '/children', csrf_token: withCsrf ? csrf : '' });
  const res = await fetch(`${url}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: signinCookie.split(';')[0] },
    body: form.toString(),
  });
  const session = cookiesOf(res).find((c) => /^childrecord=[0-9a-f]/.test(c));
  return { res, cookie: session ? session.split(';')[0] : null, setCookie: session };
}

async function apiToken(url, username, password) {
  const res = await fetch(`${url}/api/v1/tokens`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }),
  });
  return { status: res.status, json: await res.json() };
}

test('sign-in: cookie flags, a new token each time, CSRF refused without the pre-session token', async () => {
  const s = await serve([]);
  const refused = await webLogin(s.url, 'sam.worker', WORKER_PW, { withCsrf: false });
  assert.equal(refused.res.status, 403);
  assert.equal(refused.cookie, null, 'no session without the CSRF token');
  assert.match(await refused.res.text(), /govuk-error-summary/);

  const a = await webLogin(s.url, 'sam.worker', WORKER_PW);
  assert.equal(a.res.status, 303);
  assert.match(a.setCookie, /HttpOnly/);
  assert.match(a.setCookie, /SameSite=Strict/);
  assert.match(a.setCookie, /Path=\//);
  assert.doesNotMatch(a.setCookie, /Secure/, 'no Secure flag over plain HTTP');
  const b = await webLogin(s.url, 'sam.worker', WORKER_PW);
  assert.notEqual(a.cookie, b.cookie, 'a new token at every sign-in');

  const page = await fetch(`${s.url}/children`, { headers: { cookie: a.cookie } });
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy'), /script-src 'self'/);
  assert.match(page.headers.get('content-security-policy'), /frame-ancestors 'none'/);
  assert.equal(page.headers.get('referrer-policy'), 'no-referrer');
  assert.equal(page.headers.get('cache-control'), 'no-store');

  // State-changing forms without the session's CSRF token are refused and change nothing.
  for (const action of ['/logout', '/account/lock', '/account/sign-out-everywhere']) {
    const r = await fetch(`${s.url}${action}`, {
      method: 'POST', redirect: 'manual',
      headers: { cookie: a.cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: 'csrf_token=forged',
    });
    assert.equal(r.status, 403, action);
  }
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie: a.cookie }, redirect: 'manual' })).status, 200);
  // Forged cookies go to the sign-in page.
  const forged = await fetch(`${s.url}/children`, { headers: { cookie: 'childrecord=' + 'ab'.repeat(32) }, redirect: 'manual' });
  assert.equal(forged.status, 303);
});

test('R44 lockout per account after repeated failures, same answer for unknown usernames, unlock by admin', async () => {
  const s = await serve(['--lockout-failures', '3', '--lockout', '15m']);
  for (let i = 0; i < 2; i++) {
    const r = await apiToken(s.url, 'kim.worker', 'wrong password attempt');
    assert.equal(r.status, 401);
    assert.equal(r.json.error.code, 'unauthenticated');
    assert.match(r.json.error.message, /not right/);
  }
  const third = await apiToken(s.url, 'kim.worker', 'wrong password attempt');
  assert.match(third.json.error.message, /locked/);
  const right = await apiToken(s.url, 'kim.worker', WORKER_PW);
  assert.equal(right.status, 401, 'the right password is refused while locked');
  assert.match(right.json.error.message, /locked/);
  // An unknown username locks the same way: the message does not reveal which usernames exist.
  for (let i = 0; i < 3; i++) await apiToken(s.url, 'no.such.person', 'wrong password attempt');
  const ghost = await apiToken(s.url, 'no.such.person', 'wrong password attempt');
  assert.equal(ghost.json.error.message, right.json.error.message);
  // The web sign-in page says so with an error summary.
  const web = await webLogin(s.url, 'kim.worker', WORKER_PW);
  assert.equal(web.res.status, 401);
  assert.match(await web.res.text(), /govuk-error-summary[\s\S]*locked/);
  // Others are unaffected.
  assert.equal((await apiToken(s.url, 'sam.worker', WORKER_PW)).status, 201);
  const unlock = await cli(['user', 'unlock', '--db', dbUrl, '--username', 'kim.worker']);
  assert.equal(unlock.code, 0, unlock.stderr);
  assert.equal((await apiToken(s.url, 'kim.worker', WORKER_PW)).status, 201);
});

// The time limits themselves (the lock running out, the idle and absolute timeouts, each just
// before and at its boundary, and that reading the status does not extend a session) are checked
// on a fake clock in tests/auth/session_timeouts_test.cc; these tests check only that the binary
// reads the flags and that the pages and the status endpoint answer, so none of them waits.
test('R44 lockout flags: --lockout-failures and --lockout are read from the command line', async () => {
  const s = await serve(['--lockout-failures', '2', '--lockout', '2s']);
  await apiToken(s.url, 'lee.worker', 'wrong password attempt');
  await apiToken(s.url, 'lee.worker', 'wrong password attempt');
  const locked = await apiToken(s.url, 'lee.worker', WORKER_PW);
  assert.equal(locked.status, 401);
  assert.match(locked.json.error.message, /Try again in 1 minute,/, 'a lock of 2s is shown as 1 minute, not the default 15');
  const unlock = await cli(['user', 'unlock', '--db', dbUrl, '--username', 'lee.worker']);
  assert.equal(unlock.code, 0, unlock.stderr);
});

test('R44 idle timeout: the flag is read, the session-status endpoint answers, an ended session goes to the sign-in page', async () => {
  const s = await serve(['--idle-timeout', '3s']);
  const { cookie } = await webLogin(s.url, 'sam.worker', WORKER_PW);
  const status1 = await (await fetch(`${s.url}/account/session-status`, { headers: { cookie } })).json();
  assert.equal(status1.signed_in, true);
  assert.ok(status1.idle_seconds_left <= 3);
  assert.equal(status1.idle_timeout_seconds, 3);
  // End the session (signing out here; the idle timeout itself ends it in the fake-clock test),
  // then come back with its cookie as a browser left open would.
  const html = await (await fetch(`${s.url}/children`, { headers: { cookie } })).text();
  const csrf = html.match(/name="csrf_token" value="([0-9a-f]+)"/)[1];
  const out = await fetch(`${s.url}/logout`, {
    method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: `csrf_token=${csrf}`,
  });
  assert.equal(out.status, 303);
  const after = await fetch(`${s.url}/children`, { headers: { cookie }, redirect: 'manual' });
  assert.equal(after.status, 303);
  assert.match(after.headers.get('location'), /^\/login\?timed_out=1/);
  const statusAfter = await fetch(`${s.url}/account/session-status`, { headers: { cookie } });
  assert.equal(statusAfter.status, 401);
  assert.equal((await statusAfter.json()).error.code, 'unauthenticated');
});

test('R44 absolute timeout: the flag is read and a session in use answers', async () => {
  const s = await serve(['--idle-timeout', '10s', '--absolute-timeout', '3s']);
  const { cookie } = await webLogin(s.url, 'sam.worker', WORKER_PW);
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie }, redirect: 'manual' })).status, 200);
  const status = await (await fetch(`${s.url}/account/session-status`, { headers: { cookie } })).json();
  assert.equal(status.idle_timeout_seconds, 10);
  assert.ok(status.absolute_seconds_left <= 3 && status.absolute_seconds_left >= 0, JSON.stringify(status));
});

test('R45 lock screen needs the password to resume; works without JavaScript', async () => {
  const s = await serve([]);
  const { cookie } = await webLogin(s.url, 'sam.worker', WORKER_PW);
  const page = await (await fetch(`${s.url}/children`, { headers: { cookie } })).text();
  const csrf = page.match(/name="csrf_token" value="([0-9a-f]+)"/)[1];
  const post = (p, body) => fetch(`${s.url}${p}`, {
    method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  });
  const lock = await post('/account/lock', { csrf_token: csrf });
  assert.equal(lock.status, 303);
  assert.equal(lock.headers.get('location'), '/account/locked');
  const blocked = await fetch(`${s.url}/children`, { headers: { cookie }, redirect: 'manual' });
  assert.equal(blocked.status, 303);
  assert.equal(blocked.headers.get('location'), '/account/locked');
  const wrong = await post('/account/unlock', { csrf_token: csrf, password: 'not the password at all' });
  assert.equal(wrong.status, 422);
  assert.match(await wrong.text(), /govuk-error-summary/);
  const ok = await post('/account/unlock', { csrf_token: csrf, password: WORKER_PW });
  assert.equal(ok.status, 303);
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie }, redirect: 'manual' })).status, 200);
});

test('R54 disabled user is cut off at once; sign out everywhere; token revocation (R44 logging off)', async () => {
  const s = await serve([]);
  const t = await apiToken(s.url, 'lee.worker', WORKER_PW);
  assert.equal(t.status, 201);
  const { cookie } = await webLogin(s.url, 'lee.worker', WORKER_PW);
  const useToken = (tok) => fetch(`${s.url}/api/v1/children`, { headers: { authorization: `Bearer ${tok}` } });
  assert.equal((await useToken(t.json.token)).status, 200);
  const disable = await cli(['user', 'disable', '--db', dbUrl, '--username', 'lee.worker']);
  assert.equal(disable.code, 0, disable.stderr);
  assert.equal((await useToken(t.json.token)).status, 401);
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie }, redirect: 'manual' })).status, 303);
  assert.equal((await apiToken(s.url, 'lee.worker', WORKER_PW)).status, 401);
  const enable = await cli(['user', 'enable', '--db', dbUrl, '--username', 'lee.worker']);
  assert.equal(enable.code, 0, enable.stderr);
  const t2 = await apiToken(s.url, 'lee.worker', WORKER_PW);
  assert.equal(t2.status, 201);

  // DELETE /api/v1/tokens/current revokes the token.
  const del = await fetch(`${s.url}/api/v1/tokens/current`, { method: 'DELETE', headers: { authorization: `Bearer ${t2.json.token}` } });
  assert.equal(del.status, 204);
  assert.equal((await useToken(t2.json.token)).status, 401);

  // Sign out everywhere ends the web session and the API tokens.
  const t3 = await apiToken(s.url, 'lee.worker', WORKER_PW);
  const web = await webLogin(s.url, 'lee.worker', WORKER_PW);
  const html = await (await fetch(`${s.url}/account`, { headers: { cookie: web.cookie } })).text();
  const csrf = html.match(/name="csrf_token" value="([0-9a-f]+)"/)[1];
  const out = await fetch(`${s.url}/account/sign-out-everywhere`, {
    method: 'POST', redirect: 'manual', headers: { cookie: web.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: `csrf_token=${csrf}`,
  });
  assert.equal(out.status, 303);
  assert.equal((await useToken(t3.json.token)).status, 401);
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie: web.cookie }, redirect: 'manual' })).status, 303);
});

test('passwords: common ones refused, admin reset forces a change at next sign-in (R44)', async () => {
  const common = await cli(['user', 'add', '--db', dbUrl, '--username', 'pat.new', '--name', 'Pat', '--role', 'practitioner'], 'Liverpool2024!\n');
  assert.notEqual(common.code, 0);
  assert.match(common.stderr, /too common/);
  const reset = await cli(['user', 'reset-password', '--db', dbUrl, '--username', 'sam.worker'], 'a brand new long passphrase\n');
  assert.equal(reset.code, 0, reset.stderr);
  const s = await serve([]);
  const api = await apiToken(s.url, 'sam.worker', 'a brand new long passphrase');
  assert.equal(api.status, 403, 'no API token until the password is changed');
  const { res, cookie } = await webLogin(s.url, 'sam.worker', 'a brand new long passphrase');
  assert.equal(res.headers.get('location'), '/account/password');
  const forced = await fetch(`${s.url}/children`, { headers: { cookie }, redirect: 'manual' });
  assert.equal(forced.headers.get('location'), '/account/password');
  const html = await (await fetch(`${s.url}/account/password`, { headers: { cookie } })).text();
  const csrf = html.match(/name="csrf_token" value="([0-9a-f]+)"/)[1];
  const change = await fetch(`${s.url}/account/password`, {
    method: 'POST', redirect: 'manual', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf_token: csrf, current_password: 'a brand new long passphrase', new_password: WORKER_PW + '!', confirm_password: WORKER_PW + '!' }).toString(),
  });
  assert.equal(change.status, 303, await change.text());
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie }, redirect: 'manual' })).status, 200);
  const back = await cli(['user', 'reset-password', '--db', dbUrl, '--username', 'sam.worker', '--no-must-change'], `${WORKER_PW}\n`);
  assert.equal(back.code, 0, back.stderr);
});

test('journaled account changes keep verify passing', async () => {
  let r = await cli(['user', 'set-role', '--db', dbUrl, '--username', 'kim.worker', '--role', 'team_manager']);
  assert.equal(r.code, 0, r.stderr);
  r = await cli(['user', 'set-team', '--db', dbUrl, '--username', 'kim.worker', '--team', 'South']);
  assert.equal(r.code, 0, r.stderr);
  r = await cli(['user', 'record-training', '--db', dbUrl, '--username', 'kim.worker', '--date', '2026-01-05']);
  assert.equal(r.code, 0, r.stderr);
  r = await cli(['user', 'set-role', '--db', dbUrl, '--username', 'kim.worker', '--role', 'wizard']);
  assert.notEqual(r.code, 0);
  r = await cli(['verify', '--db', dbUrl]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
});

// --- TLS: serve --tls-cert/--tls-key with a self-signed certificate made by openssl here ---

const httpsRequest = insecureHttpsRequest;

test('R43 TLS: HTTPS with __Host- cookies marked Secure, HttpOnly, SameSite=Strict (SPEC §4)', async () => {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  await new Promise((resolve, reject) => execFile('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key,
    '-out', cert, '-days', '1', '-subj', '/CN=localhost'], (err) => (err ? reject(err) : resolve())));
  const port = await freePort();
  const proc = spawn(process.env.CHILDRECORD_BIN, ['serve', '--db', dbUrl, '--listen', `127.0.0.1:${port}`,
    '--web-root', process.env.CHILDRECORD_WEB_ROOT, '--tls-cert', cert, '--tls-key', key], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout.on('data', (c) => { out += c; });
  proc.stderr.on('data', (c) => { out += c; });
  const url = `https://127.0.0.1:${port}`;
  try {
    let ready = false;
    for (let i = 0; i < 100 && !ready; i++) {
      try { ready = (await httpsRequest(`${url}/healthz`)).status === 200; } catch { await sleep(100); }
    }
    assert.ok(ready, `the HTTPS server did not start:\n${out}`);
    assert.match(out, /at https:\/\//);
    const login = await httpsRequest(`${url}/login`);
    const signin = login.headers['set-cookie'].find((c) => c.startsWith('__Host-childrecord-signin='));
    assert.ok(signin, JSON.stringify(login.headers['set-cookie']));
    for (const flag of [/; Secure/, /; HttpOnly/, /SameSite=Strict/, /Path=\//]) assert.match(signin, flag);
    assert.doesNotMatch(signin, /Domain=/i);
    const csrf = login.body.match(/name="csrf_token" value="([0-9a-f]{64})"/)[1];
    const posted = await httpsRequest(`${url}/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: signin.split(';')[0] },
      body: new URLSearchParams({ username: 'kim.worker', password: WORKER_PW, next: '/children', csrf_token: csrf }).toString(),
    });
    assert.equal(posted.status, 303, posted.body);
    const session = posted.headers['set-cookie'].find((c) => /^__Host-childrecord=[0-9a-f]/.test(c));
    assert.ok(session, JSON.stringify(posted.headers['set-cookie']));
    for (const flag of [/; Secure/, /; HttpOnly/, /SameSite=Strict/, /Path=\//]) assert.match(session, flag);
    const page = await httpsRequest(`${url}/account`, { headers: { cookie: session.split(';')[0] } });
    assert.equal(page.status, 200);
    // The plain cookie name is not accepted over TLS.
    const plain = await httpsRequest(`${url}/account`, { headers: { cookie: session.split(';')[0].replace('__Host-', '') } });
    assert.equal(plain.status, 303);
  } finally {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.on('exit', r));
  }
});

test('R53, R54 admin pages: admins only, CSRF required, disable and re-enable through the page', async () => {
  const s = await serve([]);
  const worker = await webLogin(s.url, 'lee.worker', WORKER_PW);
  const refused = await fetch(`${s.url}/admin/users`, { headers: { cookie: worker.cookie }, redirect: 'manual' });
  assert.equal(refused.status, 403, 'a practitioner cannot manage accounts');

  const admin = await webLogin(s.url, 'root.admin', ADMIN_PW);
  const list = await fetch(`${s.url}/admin/users`, { headers: { cookie: admin.cookie } });
  assert.equal(list.status, 200);
  const html = await list.text();
  const href = html.match(/href="(\/admin\/users\/[0-9a-f-]{36})">lee\.worker</)[1];
  const csrf = html.match(/name="csrf_token" value="([0-9a-f]+)"/)[1];
  const post = (p, body) => fetch(`${s.url}${p}`, {
    method: 'POST', redirect: 'manual', headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
  });
  assert.equal((await post(`${href}/disable`, {})).status, 403, 'no CSRF token: refused');
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie: worker.cookie }, redirect: 'manual' })).status, 200,
    'the refused form changed nothing');
  const disabled = await post(`${href}/disable`, { csrf_token: csrf });
  assert.equal(disabled.status, 303);
  assert.equal((await fetch(`${s.url}/children`, { headers: { cookie: worker.cookie }, redirect: 'manual' })).status, 303,
    'the disabled user is signed out at once');
  // R53: the training date is a GOV.UK date input; a date that is not real is refused by name, kept as typed.
  const badTraining = await post(`${href}/training`, { csrf_token: csrf, 'completed_on-day': '31', 'completed_on-month': '2', 'completed_on-year': '2026' });
  assert.equal(badTraining.status, 422);
  const badText = await badTraining.text();
  assert.match(badText, /govuk-error-summary[\s\S]*href="#completed_on-day">The date the training was completed must be a real date/);
  assert.match(badText, /name="completed_on-day" type="text" inputmode="numeric" value="31"/);
  assert.equal((await post(`${href}/enable`, { csrf_token: csrf })).status, 303);
  assert.equal((await webLogin(s.url, 'lee.worker', WORKER_PW)).res.status, 303);
  const verify = await cli(['verify', '--db', dbUrl]);
  assert.equal(verify.code, 0, verify.stdout + verify.stderr);
});

test('every user subcommand has --help', async () => {
  for (const sub of ['add', 'disable', 'enable', 'set-role', 'set-team', 'reset-password', 'unlock', 'end-sessions', 'record-training']) {
    const r = await cli(['user', sub, '--help']);
    assert.equal(r.code, 0, `${sub}: ${r.stderr}`);
    assert.match(r.stdout, /--db/);
  }
  const serveHelp = await cli(['serve', '--help']);
  for (const flag of ['--password-max-age', '--lockout-failures', '--lockout', '--tls-cert', '--tls-key', '--idle-timeout', '--absolute-timeout']) {
    assert.match(serveHelp.stdout, new RegExp(flag));
  }
});
