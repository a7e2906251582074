// R29/R30: amending an entry makes a new version with a reason; the entry shows
// it was amended; its history keeps every version, who and when; a second concurrent edit of
// the same version is told (409 conflict), not silently overwritten; and verify still passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startDemo, runVerify } from '../support/server.mjs';
import { earlier, MINUTE } from '../support/dates.mjs';

// Every date and time here comes from this one instant (tests/support/dates.mjs).
const NOW = new Date();

test('R29 R30: amendments are versions with reasons, concurrent edits are detected', async () => {
  const env = await startDemo({ prefix: 'amend', children: 6 });
  try {
    const { user: practitioner, api, ownChild } = await env.session('practitioner');
    const child = await ownChild();
    const made = await api('POST', `/api/v1/children/${child.id}/entries`, {
      kind: 'phone_call', occurred_at: earlier(NOW, 10 * MINUTE).toISOString(), title: 'Call with school',
      body: 'Mrs Smith said Amelia settled well at Oakfield School.',
    });
    assert.equal(made.status, 201);
    assert.equal(made.json.version, 1);
    assert.equal(made.json.amended, false);
    const url = `/api/v1/entries/${made.json.id}/versions`;

    const noReason = await api('POST', url, { body: 'Mrs Smith said Amelia settled well at Oakfields School.', expected_version: 1 });
    assert.equal(noReason.status, 422);
    assert.equal(noReason.json.error.field, 'reason');

    const amended = await api('POST', url, { body: 'Mrs Smith said Amelia settled well at Oakfields School.', reason: 'The school is Oakfields, not Oakfield.', expected_version: 1 });
    assert.equal(amended.status, 201, JSON.stringify(amended.json));
    assert.equal(amended.json.version, 2);
    assert.equal(amended.json.amended, true);

    // Someone still looking at version 1 is told, and nothing is overwritten.
    const stale = await api('POST', url, { body: 'Something else entirely.', reason: 'My edit', expected_version: 1 });
    assert.equal(stale.status, 409);
    assert.equal(stale.json.error.code, 'conflict');

    const history = await api('GET', url);
    assert.equal(history.status, 200);
    assert.deepEqual(history.json.items.map((v) => v.version), [1, 2]);
    assert.equal(history.json.items[0].body, 'Mrs Smith said Amelia settled well at Oakfield School.', 'the original stays');
    assert.equal(history.json.items[0].reason, null);
    assert.equal(history.json.items[1].reason, 'The school is Oakfields, not Oakfield.');
    assert.equal(history.json.items[1].recorded_by, practitioner.full_name);

    const verify = await runVerify(env.demo.dbUrl);
    assert.equal(verify.code, 0, verify.stdout);
  } finally {
    await env.stop();
  }
});
