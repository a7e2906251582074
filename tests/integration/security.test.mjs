// The real server against the attacks an outside probe found (R44: a session stays its owner's;
// SPEC §4: bad input gets a clear error naming the field and changes nothing): a sign-in link
// carrying a header, invalid UTF-8 and control characters in query parameters and headers, and
// Strict-Transport-Security over TLS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { useDemoServer, startServer, insecureHttpsRequest } from '../support/server.mjs';

const env = useDemoServer({ prefix: 'security', children: 12 });

/** Sends raw bytes and resolves to the whole answer as latin1 text (the connection is closed by the request). */
function raw(port, bytes) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', reject);
    socket.write(Buffer.from(bytes, 'latin1'));
  });
}

function statusOf(answer) { return Number(answer.slice(9, 12)); }
function headersOf(answer) { return answer.slice(0, answer.indexOf('\r\n\r\n')); }

/** The sign-in form: its CSRF cookie and token. */
async function loginForm() {
  const res = await fetch(`${env.server.url}/login`);
  const html = await res.text();
  return {
    cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '),
    csrf: html.match(/name="csrf_token" value="([^"]*)"/)[1],
  };
}

async function signIn(next) {
  const { cookie, csrf } = await loginForm();
  const who = env.user('practitioner');
  const res = await fetch(`${env.server.url}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ username: who.username, password: env.demo.password, next, csrf_token: csrf }).toString(),
  });
  await res.arrayBuffer();
  // R53: a person whose training is overdue is told so on the page they land on.
  const location = res.headers.get('location')?.replace(/[?&]training_due=1$/, '');
  return { status: res.status, location, cookies: res.headers.getSetCookie() };
}

test('R44: a sign-in link cannot write a header into the answer (next is a strict same-site path)', async () => {
  // The link itself: control characters in a query parameter are refused at the edge.
  for (const next of ['/%0D%0ASet-Cookie:%20childrecord=attacker', '/%09/evil', '/%0Aevil']) {
    const answer = await raw(env.server.port, `GET /login?next=${next} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n`);
    assert.equal(statusOf(answer), 400, answer.slice(0, 300));
    assert.doesNotMatch(headersOf(answer), /attacker|evil/i);
  }
  // A link elsewhere is not carried into the form: the form goes home instead.
  for (const [next, kept] of [['//evil.example/x', '/'], ['/\\evil.example', '/'], ['https://evil.example', '/'],
    ['/children/x//y', '/'], ['/children?q=Amy', '/children?q=Amy']]) {
    const html = await (await fetch(`${env.server.url}/login?next=${encodeURIComponent(next)}`)).text();
    assert.match(html, new RegExp(`name="next" value="${kept.replace(/[?]/g, '\\?')}"`), next);
  }
  // Posted (a form field may hold line breaks, so this reaches the handler): sent home, one cookie, ours.
  for (const next of ['/\r\nSet-Cookie: childrecord=attacker', '/\t/evil', '/ /evil', '//evil.example', '/\\evil']) {
    const signedIn = await signIn(next);
    assert.equal(signedIn.status, 303, JSON.stringify(next));
    assert.equal(signedIn.location, '/', JSON.stringify(next));
    assert.ok(signedIn.cookies.every((c) => !/attacker/.test(c)), signedIn.cookies.join(' | '));
    assert.equal(signedIn.cookies.filter((c) => /^childrecord=/.test(c)).length, 1, signedIn.cookies.join(' | '));
  }
  const ordinary = await signIn('/children?q=Amy');
  assert.equal(ordinary.location, '/children?q=Amy');
});

test('R44: invalid UTF-8 or a control character in a query parameter or header is a 400 naming it', async () => {
  const { token } = await env.session('auditor');
  for (const url of ['/api/v1/audit?user=%FF%FE', '/api/v1/audit/reasons?user=%FF%FE', '/api/v1/audit?user=a%00b']) {
    const res = await fetch(env.server.url + url, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.json();
    assert.equal(res.status, 400, `${url}: ${JSON.stringify(body)}`);
    assert.equal(body.error.code, 'bad_request');
    if (!url.includes('%00')) {
      assert.equal(body.error.field, 'user');
      assert.match(body.error.message, /UTF-8/);
    }
  }
  const escaped = await fetch(`${env.server.url}/api/v1/audit?user=%1B%5B2J`, { headers: { authorization: `Bearer ${token}` } });
  assert.equal(escaped.status, 400);
  assert.equal((await escaped.json()).error.field, 'user');
  // A header with a stray byte: the server names the header.
  const answer = await raw(env.server.port, `GET /api/v1/children HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer ${token}\r\n`
    + 'X-Access-Reason: covering \xff\xfe\r\nConnection: close\r\n\r\n');
  assert.equal(statusOf(answer), 400, answer.slice(0, 400));
  assert.match(answer, /"field":"x-access-reason"/);
  // A page answers with a page, not a stack trace.
  const pageAnswer = await raw(env.server.port, 'GET /search?q=%FF HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n');
  assert.equal(statusOf(pageAnswer), 400);
  assert.match(pageAnswer, /<html/);
  assert.match(pageAnswer, /not valid UTF-8 text/);
});

test('R44: over TLS every answer tells the browser to use HTTPS only; plain HTTP does not', async (t) => {
  const dir = fs.mkdtempSync(path.join(env.dir, 'tls-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-subj', '/CN=127.0.0.1', '-days', '2'], { stdio: 'ignore' });
  const server = await startServer({ dbUrl: env.demo.dbUrl, args: ['--tls-cert', cert, '--tls-key', key] });
  t.after(() => server.stop());
  for (const url of ['/healthz', '/login', '/api/v1/children']) {
    const res = await insecureHttpsRequest(server.url + url);
    assert.equal(res.headers['strict-transport-security'], 'max-age=31536000', url);
  }
  const plain = await fetch(`${env.server.url}/healthz`);
  assert.equal(plain.headers.get('strict-transport-security'), null);
});
