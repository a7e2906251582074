// The OpenAPI document (SPEC §6: "/openapi.json, the OpenAPI 3 document of all of the above"):
// what the real server serves at /api/v1/openapi.json is a valid OpenAPI 3.0 document, checked by
// an independent validator (@apidevtools/swagger-parser), so clients generated from it work. That
// every /api/v1 route is in it is checked in-process (tests/app/openapi_test.cc).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer } from '../support/server.mjs';

const require = createRequire(import.meta.url);
const SwaggerParser = require('@apidevtools/swagger-parser');

test('the served OpenAPI document is valid OpenAPI 3.0', async (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'childrecord-openapi-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const dbUrl = `sqlite://${path.join(dir, 'openapi.db')}`;
  execFileSync(process.env.CHILDRECORD_BIN, ['init', '--db', dbUrl, '--tenant', 'OpenAPI Borough Council', '--admin', 'admin'],
    { input: 'an admin passphrase for the test\n' });
  const server = await startServer({ dbUrl });
  t.after(() => server.stop());
  const res = await fetch(`${server.url}/api/v1/openapi.json`);
  assert.equal(res.status, 200);
  const doc = await res.json();
  assert.match(doc.openapi, /^3\.0\./);
  try {
    await SwaggerParser.validate(structuredClone(doc));
  } catch (e) {
    const details = (e.details ?? []).map((d) => `  ${d.path?.join('.') ?? ''}: ${d.message}`).join('\n');
    assert.fail(`${e.message}\n${details}`);
  }
});
