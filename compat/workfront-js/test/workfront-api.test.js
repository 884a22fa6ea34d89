'use strict';
// Workfront's official JavaScript client, workfront-api 6.2.0, unchanged, against the freshly
// built Tasklane jar: every public method on every listed version, in the default mode and with
// alwaysUseGet. Only the client talks to the server.
require('../lib/global-fetch');
const assert = require('node:assert/strict');
const { after, before, describe, test } = require('node:test');
const { Coverage } = require('../lib/coverage');
const { VariantContext } = require('../lib/harness');
const { startServer } = require('../lib/server');
const { VARIANTS } = require('../lib/variants');

const SCENARIOS = [
  require('../scenarios/sessions'),
  require('../scenarios/reads'),
  require('../scenarios/writes'),
  require('../scenarios/actions'),
  require('../scenarios/metadata'),
  require('../scenarios/work'),
  require('../scenarios/documents'),
  require('../scenarios/batch'),
  require('../scenarios/recipe'),
];

const coverage = new Coverage();
let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  if (server) {
    await server.stop();
  }
});

for (const variant of VARIANTS) {
  describe(`version ${variant.label}`, () => {
    const context = new VariantContext(() => server, variant, coverage);
    before(() => context.start());
    for (const scenario of SCENARIOS) {
      describe(scenario.title, () => scenario.register(context));
    }
  });
}

test('every public method is covered on every version and mode', (t) => {
  t.diagnostic(coverage.diagnostic());
  assert.deepEqual(coverage.missing(), []);
});
