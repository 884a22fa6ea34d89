'use strict';
// Assertions for the client's promises. The client rejects with a plain object
// {status, message} (not an Error), and logout()/clearApiKey() never settle when their request
// fails (reference §12.2), so every wait has a deadline.
const assert = require('node:assert/strict');

const SETTLE_MS = 10_000;

/** Resolves like `promise`, or fails naming `what` if it has not settled within `ms`. */
function settles(promise, what, ms = SETTLE_MS) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} did not settle within ${ms} ms (reference §12.2)`)),
      ms,
    );
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Awaits a refusal with this HTTP status and a message matching `message`; returns it. */
async function refused(promise, status, message, what = 'the call') {
  let value;
  try {
    value = await settles(promise, what);
  } catch (e) {
    if (e instanceof Error) {
      throw e;
    }
    assert.equal(e.status, status, `${what}: status of ${JSON.stringify(e)}`);
    assert.match(e.message, message, `${what}: message of ${JSON.stringify(e)}`);
    return e;
  }
  assert.fail(`${what} should have been refused with ${status}, got ${JSON.stringify(value)}`);
}

const ID = /^[0-9a-f]{32}$/;

/** Names in the order returned. */
const names = (objects) => objects.map((o) => o.name);

module.exports = { settles, refused, ID, names };
