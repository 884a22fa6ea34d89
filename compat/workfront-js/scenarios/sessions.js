'use strict';
// login, logout, the API-key flow (getApiKey generating a key when none exists, returning it when
// one does, clearApiKey) and a client configured with an apiKey only (reference §3.2, §12).
const assert = require('node:assert/strict');
const { settles, refused, ID } = require('../lib/expect');

const title = 'sessions and API keys';

function register(ctx) {
  ctx.scenario('login answers the session attributes and the session works', async (env) => {
    const api = env.client();
    const session = await api.login('admin', env.adminPassword);
    assert.match(session.userID, ID);
    assert.match(session.sessionID, /^[0-9a-f]{32}$/);
    assert.equal(session.versionInformation.apiVersion, env.variant.apiVersion);
    assert.equal(session.locale, 'en_US');
    assert.equal(typeof session.timeZone, 'string');
    const me = await api.get('USER', '$$USER', ['username']);
    assert.equal(me.ID, session.userID);
    assert.equal(me.username, 'admin');
  });

  ctx.scenario('login with a wrong password is refused', async (env) => {
    const user = await env.newUser('wrong-password', 'Light');
    await refused(
      env.client().login(user.username, 'not-the-password'),
      401,
      /Invalid username or password/,
    );
  });

  ctx.scenario('logout ends the session on the server', async (env) => {
    const api = env.client();
    const { sessionID } = await api.login('admin', env.adminPassword);
    assert.equal(await settles(api.logout(), 'logout()'), undefined);
    const stale = env.client();
    stale.setSessionID(sessionID);
    await refused(stale.get('USER', '$$USER'), 401, /session/);
  });

  ctx.scenario('getApiKey generates a key when the user has none', async (env) => {
    const user = await env.newUser('key-owner', 'Light');
    const api = env.client();
    const before = await api.execute('USER', null, 'getApiKey', {
      username: user.username,
      password: user.password,
    });
    assert.deepEqual(before, { result: '' }, 'a new user has no key yet');
    const key = await api.getApiKey(user.username, user.password);
    assert.match(key, ID);
    const keyed = env.client({ apiKey: key });
    const me = await keyed.get('USER', '$$USER', ['username']);
    assert.equal(me.ID, user.ID);
    assert.equal(me.username, user.username);
  });

  ctx.scenario('getApiKey returns the existing key when there is one', async (env) => {
    const user = await env.newUser('key-again', 'Light');
    const first = await env.client().getApiKey(user.username, user.password);
    const second = await env.client().getApiKey(user.username, user.password);
    assert.match(first, ID);
    assert.equal(second, first);
    const shown = await env.client().execute('USER', null, 'getApiKey', {
      username: user.username,
      password: user.password,
    });
    assert.deepEqual(shown, { result: first });
  });

  ctx.scenario(
    'clearApiKey invalidates the key; the next getApiKey makes a new one',
    async (env) => {
      const user = await env.newUser('key-cleared', 'Light');
      const api = env.client();
      const key = await api.getApiKey(user.username, user.password);
      assert.equal(await settles(api.clearApiKey(), 'clearApiKey()'), undefined);
      await refused(env.client({ apiKey: key }).get('USER', '$$USER'), 401, /API key/);
      const renewed = await env.client().getApiKey(user.username, user.password);
      assert.match(renewed, ID);
      assert.notEqual(renewed, key);
      const me = await env.client({ apiKey: renewed }).get('USER', '$$USER');
      assert.equal(me.ID, user.ID);
    },
  );

  ctx.scenario('a client configured with an apiKey only reads and writes', async (env) => {
    const user = await env.newUser('key-only', 'Light');
    const key = await env.client().getApiKey(user.username, user.password);
    const api = env.client({ apiKey: key });
    assert.equal(await api.getApiKey(), key, 'a configured key is answered without a request');
    const me = await api.get('USER', '$$USER', ['username', 'isActive']);
    assert.equal(me.username, user.username);
    assert.equal(me.isActive, true);
    const edited = await api.edit('USER', user.ID, { title: 'Keyed editor' }, ['title']);
    assert.equal(edited.title, 'Keyed editor');
  });
}

module.exports = { title, register };
