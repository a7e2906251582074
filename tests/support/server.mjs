// Helpers for node tests that run the real childrecord binary. No dependencies beyond node.
//
// Environment:
//   CHILDRECORD_BIN       path to the childrecord executable (required)
//   CHILDRECORD_WEB_ROOT  the web/ folder (templates and dist) passed as --web-root
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { before, after } from 'node:test';

function bin() {
  const b = process.env.CHILDRECORD_BIN;
  if (!b) throw new Error('CHILDRECORD_BIN is not set: point it at the childrecord executable');
  return b;
}

function webRoot() {
  return process.env.CHILDRECORD_WEB_ROOT
    || path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', 'web');
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts `childrecord serve` on a free port and waits until GET /healthz answers 200.
 * Returns {url, port, proc, stop(), output()}; stop() sends SIGTERM and waits for exit
 * (SIGKILL after 10 s), resolving to the exit code (or signal name).
 */
export async function startServer({ dbUrl, args = [], env = {}, timeoutMs = 20000 } = {}) {
  if (!dbUrl) throw new Error('startServer: dbUrl is required');
  const port = await freePort();
  const tls = args.includes('--tls-cert');
  const url = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  const argv = ['serve', '--db', dbUrl, '--listen', `127.0.0.1:${port}`, '--web-root', webRoot(), ...args];
  const proc = spawn(bin(), argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

  let stdout = '';
  let stderr = '';
  const cap = (s, chunk) => (s + chunk).slice(-200000);
  proc.stdout.setEncoding('utf8').on('data', (c) => { stdout = cap(stdout, c); });
  proc.stderr.setEncoding('utf8').on('data', (c) => { stderr = cap(stderr, c); });

  let exited = null;
  const exitPromise = new Promise((resolve) => {
    proc.on('exit', (code, signal) => { exited = code ?? signal; resolve(exited); });
    proc.on('error', (err) => { stderr += `\n[spawn error] ${err.message}`; exited = 'spawn-error'; resolve(exited); });
  });

  const output = () => `--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
  const stop = async () => {
    if (exited !== null) return exited;
    proc.kill('SIGTERM');
    const timer = setTimeout(() => { if (exited === null) proc.kill('SIGKILL'); }, 10000);
    const r = await exitPromise;
    clearTimeout(timer);
    return r;
  };

  const deadline = Date.now() + timeoutMs;
  let lastErr = '';
  while (true) {
    if (exited !== null) {
      throw new Error(`childrecord serve exited (${exited}) before it was ready: ${bin()} ${argv.join(' ')}\n${output()}`);
    }
    try {
      const status = tls ? (await insecureHttpsRequest(`${url}/healthz`)).status
        : await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) }).then(async (r) => { await r.arrayBuffer(); return r.status; });
      if (status === 200) break;
      lastErr = `HTTP ${status}`;
    } catch (e) {
      lastErr = e.cause?.code || e.message;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`childrecord serve was not ready on ${url}/healthz within ${timeoutMs} ms (last: ${lastErr})\n${output()}`);
    }
    await sleep(100);
  }
  return { url, port, proc, stop, output };
}

/**
 * An HTTPS request trusting any certificate (the tests' own self-signed one):
 * resolves to {status, headers (lower-case names), body}.
 */
export function insecureHttpsRequest(url, { method = 'GET', headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method, headers, rejectUnauthorized: false, timeout: 5000 }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: data }));
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

function run(file, args, { timeoutMs = 120000 } = {}) {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        err.message += `\n--- stdout ---\n${stdout}\n--- stderr ---\n${stderr}`;
        reject(err);
      } else resolve({ stdout, stderr });
    });
  });
}

/**
 * Parses the demo command's output (contract):
 *   Password for all demo users: <password>
 *     <role>: <username> (<full name>, <team>)
 */
export function parseDemoOutput(text) {
  const pw = text.match(/^Password for all demo users:\s*(\S+)\s*$/m);
  const logins = [];
  for (const m of text.matchAll(/^\s+([\w-]+):\s+(\S+)\s+\((.*)\)\s*$/gm)) {
    const inner = m[3];
    const comma = inner.lastIndexOf(', ');
    logins.push({
      role: m[1],
      username: m[2],
      full_name: comma >= 0 ? inner.slice(0, comma) : inner,
      team: comma >= 0 ? inner.slice(comma + 2) : '',
    });
  }
  return { password: pw ? pw[1] : null, logins };
}

/**
 * Makes a demo database in dir with `childrecord demo` and returns
 * {dbUrl, password, logins: [{role, username, full_name, team}], stdout}.
 */
export async function makeDemoDb(dir, { children = 30, seed = 7 } = {}) {
  const dbUrl = `sqlite://${path.resolve(dir, 'demo.db')}`;
  const { stdout, stderr } = await run(bin(), ['demo', '--db', dbUrl, '--children', String(children), '--seed', String(seed)]);
  const { password, logins } = parseDemoOutput(stdout);
  if (!password || logins.length === 0) {
    throw new Error(`could not read the demo logins from childrecord demo's output:\n${stdout}\n${stderr}`);
  }
  return { dbUrl, password, logins, stdout };
}

/** Gets an API token: POST /api/v1/tokens {username, password} → the token string. */
export async function login(baseUrl, username, password) {
  const res = await fetch(`${baseUrl}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  let body;
  try { body = JSON.parse(text); } catch { body = null; }
  if (!res.ok || !body) throw new Error(`POST /api/v1/tokens as ${username}: HTTP ${res.status}: ${text}`);
  const token = body.token ?? body.access_token ?? body.data?.token;
  if (typeof token !== 'string') throw new Error(`POST /api/v1/tokens: no token in ${text}`);
  return token;
}

/**
 * A child on `fullName`'s own caseload (so reading and recording need no access reason), found
 * through the API with `token`. Falls back to the first child listed.
 */
export async function ownChild(baseUrl, token, fullName) {
  const res = await fetch(`${baseUrl}/api/v1/children?limit=200`, { headers: { authorization: `Bearer ${token}` } });
  const list = await res.json();
  if (!res.ok) throw new Error(`GET /api/v1/children: HTTP ${res.status}: ${JSON.stringify(list)}`);
  return list.items.find((c) => c.allocated_worker === fullName && c.access !== 'reason_required')
    || list.items.find((c) => c.access === 'full') || list.items[0];
}

/**
 * A JSON API caller with a bearer token: `await api(method, url, body, {token, reason, headers})`
 * → {status, json, text, headers}. `url` is a path on baseUrl; a body (anything but undefined) is
 * sent as JSON; `reason` goes in X-Access-Reason; `token` overrides the client's token for one call.
 * `parse` says how the answer is read: 'strict' (default) throws unless it is JSON, 'empty-ok'
 * also accepts an empty body (json null), 'lenient' gives json null for anything not JSON.
 * baseUrl and token may be functions, read at each call (for values set in a before hook).
 */
export function apiClient(baseUrl, token, { parse = 'strict' } = {}) {
  const value = (v) => (typeof v === 'function' ? v() : v);
  return async (method, url, body, { token: as = value(token), reason, headers = {} } = {}) => {
    const h = { authorization: `Bearer ${as}`, ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (reason !== undefined) h['x-access-reason'] = reason;
    const res = await fetch(value(baseUrl) + url, { method, headers: h, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let json = null;
    if (parse === 'lenient') {
      try { json = JSON.parse(text); } catch { /* not JSON */ }
    } else if (!(parse === 'empty-ok' && text === '')) {
      try { json = JSON.parse(text); } catch (e) {
        throw new Error(`${method} ${url}: HTTP ${res.status}, the answer is not JSON (${e.message}): ${text.slice(0, 2000)}`);
      }
    }
    return { status: res.status, json, text, headers: res.headers };
  };
}

/** Runs `childrecord verify --db dbUrl ...extraArgs`; resolves to {code, stdout, stderr} (code 0 when it passes). */
export function runVerify(dbUrl, extraArgs = []) {
  return new Promise((resolve) => execFile(bin(), ['verify', '--db', dbUrl, ...extraArgs], { maxBuffer: 64 * 1024 * 1024 },
    (err, stdout, stderr) => resolve({ code: err ? (err.code ?? 1) : 0, stdout, stderr })));
}

/** A one-page PDF, as small as a PDF can be while still opening, showing `text`. */
export function tinyPdf(text) {
  const body = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${body.length} >>\nstream\n${body}\nendstream`];
  let pdf = '%PDF-1.4\n';
  const offsets = [];
  objects.forEach((o, i) => { offsets.push(pdf.length); pdf += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) pdf += `${String(off).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/**
 * A demo authority in a new temporary folder (childrecord-<prefix>-*) with the server running on it:
 * {dir, demo, server, user(role), session(role), stop()}. user(role) is the demo login with that
 * role (it fails if there is none); session(role) signs in over the API and resolves to
 * {user, token, api (an apiClient), ownChild()}; stop() stops the server and removes the folder.
 */
export async function startDemo({ prefix = 'demo', children = 30, seed = 7, serverArgs = [] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `childrecord-${prefix}-`));
  let server;
  try {
    const demo = await makeDemoDb(dir, { children, seed });
    server = await startServer({ dbUrl: demo.dbUrl, args: serverArgs });
    const user = (role) => {
      const l = demo.logins.find((x) => x.role === role);
      if (!l) throw new Error(`the demo printed no ${role} login:\n${demo.stdout}`);
      return l;
    };
    const session = async (role = 'practitioner', opts) => {
      const u = user(role);
      const token = await login(server.url, u.username, demo.password);
      return { user: u, token, api: apiClient(server.url, token, opts), ownChild: () => ownChild(server.url, token, u.full_name) };
    };
    const stop = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
    return { dir, demo, server, user, session, stop };
  } catch (e) {
    if (server) await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * startDemo for a whole file or describe block: registers node:test before/after hooks (call it
 * where before/after would go) and returns an object whose fields — those of startDemo — are
 * filled in before the tests run. `setup(env)`, if given, runs in the same before hook once the
 * server is up: use it rather than a second top-level before(), which node 20 starts at once
 * without waiting for this one. The server is stopped and the folder removed after the tests.
 */
export function useDemoServer(options, setup) {
  const env = {};
  before(async () => {
    Object.assign(env, await startDemo(options));
    if (setup) await setup(env);
  });
  after(async () => { if (env.stop) await env.stop(); });
  return env;
}
