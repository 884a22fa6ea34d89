'use strict';
// execute, with and without an object ID (reference §5.5, §12): the USER API-key actions.
const assert = require('node:assert/strict');
const { refused, ID } = require('../lib/expect');

const title = 'actions';

function register(ctx) {
  ctx.scenario('execute without an ID runs a type action with its arguments', async (env) => {
    const user = await env.newUser('execute');
    const credentials = { username: user.username, password: user.password };
    const generated = await env.client().execute('USER', null, 'generateApiKey', credentials);
    assert.match(generated.result, ID);
    const shown = await env.client().execute('USER', null, 'getApiKey', credentials);
    assert.deepEqual(shown, { result: generated.result });
  });

  ctx.scenario('execute with an ID runs the action on that object', async (env) => {
    const user = await env.newUser('execute-id');
    const session = env.client();
    await session.login(user.username, user.password);
    const generated = await session.execute('USER', user.ID, 'generateApiKey');
    assert.match(generated.result, ID);
    const shown = await session.execute('USER', user.ID, 'getApiKey');
    assert.deepEqual(shown, { result: generated.result });
    await refused(env.admin.execute('USER', user.ID, 'getApiKey'), 403, /own user/);
    const cleared = await session.execute('USER', user.ID, 'clearApiKey');
    assert.deepEqual(cleared, { result: true });
    assert.deepEqual(await session.execute('USER', user.ID, 'getApiKey'), { result: '' });
  });

  ctx.scenario('execute of an unknown action is refused naming the known ones', async (env) => {
    await refused(env.admin.execute('USER', null, 'noSuchAction'), 400, /noSuchAction.*getApiKey/);
  });
}

module.exports = { title, register };
