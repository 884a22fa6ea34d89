'use strict';
// Workfront's deactivate-a-user recipe (reference §7.2, wf-api/general/deactivate-user-api.md),
// done through the client: get an API key, search users with isActive, edit one to
// isActive "false", and see its login refused afterwards — and its session and key with it.
const assert = require('node:assert/strict');
const { refused, ID } = require('../lib/expect');

const title = 'deactivating a user';

function register(ctx) {
  ctx.scenario('the deactivate-a-user recipe, step by step', async (env) => {
    const leaver = await env.newUser('leaver');
    const session = env.client();
    const before = await session.login(leaver.username, leaver.password);
    assert.equal(before.userID, leaver.ID, 'an active user logs in');
    const ownKey = await env.client().getApiKey(leaver.username, leaver.password);

    const key = await env.client().getApiKey('admin', env.adminPassword);
    assert.match(key, ID);
    const api = env.client({ apiKey: key });

    const users = await api.search('USER', { $$LIMIT: 2000 }, ['isActive']);
    const listed = users.find((u) => u.ID === leaver.ID);
    assert.deepEqual(listed, {
      ID: leaver.ID,
      name: `Compat ${leaver.username}`,
      objCode: 'USER',
      isActive: true,
    });
    assert.ok(users.every((u) => typeof u.isActive === 'boolean'));

    const edited = await api.edit('USER', leaver.ID, { isActive: 'false' }, ['isActive']);
    assert.deepEqual(edited, {
      ID: leaver.ID,
      name: listed.name,
      objCode: 'USER',
      isActive: false,
    });

    await refused(env.client().login(leaver.username, leaver.password), 401, /inactive/);
    // Deactivation is total (DESIGN.md, lifecycle invariant 2): the session and key die too.
    await refused(session.get('USER', '$$USER'), 401, /session/);
    await refused(env.client({ apiKey: ownKey }).get('USER', '$$USER'), 401, /API key/);
    const inactive = await api.search('USER', { ID: leaver.ID, isActive: false }, 'isActive');
    assert.deepEqual(inactive, [edited]);
  });
}

module.exports = { title, register };
