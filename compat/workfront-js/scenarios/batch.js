'use strict';
// batch, atomic and not (reference §12, §12.2). The client builds each sub-request in its URI
// mode, which stamps method=GET on the writes too; the server reads them as the writes they are.
const assert = require('node:assert/strict');
const { refused, ID, names } = require('../lib/expect');

const title = 'batch';

const MISSING_ID = 'f'.repeat(32);

function register(ctx) {
  ctx.scenario('batch answers each request in order, reads and writes', async (env) => {
    const user = await env.newUser('batch');
    const role = await env.admin.create('ROLE', { name: env.unique('role'), maxUsers: 4 });
    const group = env.unique('group');
    const source = await env.admin.create('GROUP', {
      name: env.unique('source'),
      description: 'copied',
    });
    const copyName = env.unique('copy');
    const results = await env.admin.batch((b) => [
      b.get('USER', '$$USER', ['username']),
      b.search('ROLE', { name: role.name }, ['maxUsers']),
      b.count('ROLE', { name: role.name }),
      b.report('ROLE', { name: role.name, name_GroupBy: true, maxUsers_AggFunc: 'sum' }),
      b.create('GROUP', { name: group, description: 'batched' }, ['description']),
      b.edit('ROLE', role.ID, { maxUsers: 6 }, ['maxUsers']),
      b.execute('USER', null, 'getApiKey', { username: user.username, password: user.password }),
      b.metadata('ROLE'),
      b.copy('GROUP', source.ID, { name: copyName }, ['description']),
    ]);
    assert.equal(results.length, 9);
    const [me, found, counted, report, created, edited, key, metadata, copied] = results;
    assert.equal(me.username, 'admin');
    assert.deepEqual(found, [{ ID: role.ID, name: role.name, objCode: 'ROLE', maxUsers: 4 }]);
    assert.deepEqual(counted, { count: 1 });
    assert.deepEqual(report, { [role.name]: { sum_maxUsers: 4, name: role.name } });
    assert.match(created.ID, ID);
    assert.deepEqual(created, {
      ID: created.ID,
      name: group,
      objCode: 'GROUP',
      description: 'batched',
    });
    assert.deepEqual(edited, { ID: role.ID, name: role.name, objCode: 'ROLE', maxUsers: 6 });
    assert.deepEqual(key, { result: '' });
    assert.equal(metadata.objCode, 'ROLE');
    assert.notEqual(copied.ID, source.ID);
    assert.deepEqual(copied, {
      ID: copied.ID,
      name: copyName,
      objCode: 'GROUP',
      description: 'copied',
    });
    assert.deepEqual(await env.admin.get('ROLE', role.ID, 'maxUsers'), edited);
  });

  ctx.scenario('atomic batch applies every write and answers nothing', async (env) => {
    const a = await env.admin.create('GROUP', { name: env.unique('group') });
    const b = await env.admin.create('GROUP', { name: env.unique('group') });
    const name = env.unique('atomic');
    const answer = await env.admin.batch(
      (api) => [
        api.create('GROUP', { name }),
        api.edit('GROUP', a.ID, { description: 'atomic edit' }),
        api.editMultiple('GROUP', [{ ID: b.ID, description: 'atomic bulk' }]),
      ],
      true,
    );
    assert.equal(answer, undefined);
    assert.equal(await env.admin.count('GROUP', { name }), 1);
    const edited = await env.admin.get('GROUP', [a.ID, b.ID], 'description');
    assert.deepEqual(
      edited.map((g) => g.description),
      ['atomic edit', 'atomic bulk'],
    );
  });

  ctx.scenario('atomic batch with a failing request changes nothing', async (env) => {
    const group = await env.admin.create('GROUP', {
      name: env.unique('group'),
      description: 'kept',
    });
    const name = env.unique('rolled-back');
    await refused(
      env.admin.batch(
        (api) => [
          api.create('GROUP', { name }),
          api.edit('GROUP', group.ID, { description: 'lost' }),
          api.edit('GROUP', MISSING_ID, { description: 'nobody' }),
        ],
        true,
      ),
      404,
      /not found/,
    );
    assert.equal(await env.admin.count('GROUP', { name }), 0);
    assert.equal((await env.admin.get('GROUP', group.ID, 'description')).description, 'kept');
  });

  ctx.scenario('concurrent batch answers in request order', async (env) => {
    const roles = [];
    for (const n of [1, 2, 3]) {
      roles.push(await env.admin.create('ROLE', { name: env.unique('role'), maxUsers: n }));
    }
    const results = await env.admin.batch(
      (b) => roles.map((r) => b.get('ROLE', r.ID, 'maxUsers')),
      false,
      true,
    );
    assert.deepEqual(names(results), names(roles));
    assert.deepEqual(
      results.map((r) => r.maxUsers),
      [1, 2, 3],
    );
  });
}

module.exports = { title, register };
