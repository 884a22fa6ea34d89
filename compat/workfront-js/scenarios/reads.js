'use strict';
// get (one ID, several, $$USER), search (filters, modifiers, fields, $$LIMIT/$$FIRST, useHttpPost),
// count and report (_GroupBy/_AggFunc) on job roles made for this variant (reference §4, §12).
const assert = require('node:assert/strict');
const { ID, names } = require('../lib/expect');

const title = 'reading';

const fixtures = new WeakMap();

/** This variant's job roles, made once: alpha (north, 2), beta (south, 5), gamma (north, 7). */
function roles(env) {
  if (!fixtures.has(env.context)) {
    const prefix = env.unique('role');
    const specs = [
      ['alpha', 'north', 2],
      ['beta', 'south', 5],
      ['gamma', 'north', 7],
    ];
    const made = (async () => {
      const out = { prefix };
      for (const [key, description, maxUsers] of specs) {
        out[key] = await env.admin.create('ROLE', {
          name: `${prefix}-${key}`,
          description,
          maxUsers,
        });
      }
      return out;
    })();
    fixtures.set(env.context, made);
  }
  return fixtures.get(env.context);
}

const ofPrefix = (r) => ({ name: r.prefix, name_Mod: 'contains' });

function register(ctx) {
  ctx.scenario('get with one ID answers that object with the fields asked', async (env) => {
    const r = await roles(env);
    const role = await env.admin.get('ROLE', r.alpha.ID, ['maxUsers', 'description']);
    assert.deepEqual(role, {
      ID: r.alpha.ID,
      name: r.alpha.name,
      objCode: 'ROLE',
      maxUsers: 2,
      description: 'north',
    });
  });

  ctx.scenario('get with several IDs answers them in the order asked', async (env) => {
    const r = await roles(env);
    const got = await env.admin.get('ROLE', [r.gamma.ID, r.alpha.ID], 'maxUsers');
    assert.deepEqual(names(got), [r.gamma.name, r.alpha.name]);
    assert.deepEqual(
      got.map((o) => o.maxUsers),
      [7, 2],
    );
  });

  ctx.scenario('get with $$USER answers the caller', async (env) => {
    const me = await env.admin.get('USER', '$$USER', ['username', 'isActive']);
    assert.match(me.ID, ID);
    assert.equal(me.objCode, 'USER');
    assert.equal(me.username, 'admin');
    assert.equal(me.isActive, true);
  });

  ctx.scenario('get follows references named in fields', async (env) => {
    const me = await env.admin.get('USER', '$$USER', ['accessLevel:licenseType', 'homeGroup:name']);
    assert.equal(me.accessLevel.objCode, 'ACSLVL');
    assert.equal(me.accessLevel.name, 'System Administrator');
    assert.equal(me.accessLevel.licenseType, 'STANDARD');
    assert.equal(me.homeGroup.objCode, 'GROUP');
    assert.equal(typeof me.homeGroup.name, 'string');
  });

  ctx.scenario('search applies filters, modifiers, sort and fields', async (env) => {
    const r = await roles(env);
    const found = await env.admin.search(
      'ROLE',
      { ...ofPrefix(r), maxUsers: 3, maxUsers_Mod: 'gte', name_Sort: 'desc' },
      ['maxUsers', 'description'],
    );
    assert.deepEqual(found, [
      { ID: r.gamma.ID, name: r.gamma.name, objCode: 'ROLE', maxUsers: 7, description: 'north' },
      { ID: r.beta.ID, name: r.beta.name, objCode: 'ROLE', maxUsers: 5, description: 'south' },
    ]);
    const north = await env.admin.search('ROLE', {
      name: r.prefix.toUpperCase(),
      name_Mod: 'cicontains',
      description: 'north',
      name_Sort: 'asc',
    });
    assert.deepEqual(names(north), [r.alpha.name, r.gamma.name]);
  });

  ctx.scenario('search pages with $$FIRST and $$LIMIT', async (env) => {
    const r = await roles(env);
    const page = (first, limit) =>
      env.admin.search('ROLE', {
        ...ofPrefix(r),
        name_Sort: 'asc',
        $$FIRST: first,
        $$LIMIT: limit,
      });
    assert.deepEqual(names(await page(0, 2)), [r.alpha.name, r.beta.name]);
    assert.deepEqual(names(await page(1, 1)), [r.beta.name]);
    assert.deepEqual(names(await page(2, 5)), [r.gamma.name]);
  });

  ctx.scenario('search with useHttpPost answers as the GET does', async (env) => {
    const r = await roles(env);
    const query = { ...ofPrefix(r), maxUsers: 5, maxUsers_Mod: 'lte', name_Sort: 'asc' };
    const posted = await env.admin.search('ROLE', query, 'maxUsers', true);
    assert.deepEqual(names(posted), [r.alpha.name, r.beta.name]);
    assert.deepEqual(posted, await env.admin.search('ROLE', query, 'maxUsers'));
  });

  ctx.scenario('count answers the number of matches', async (env) => {
    const r = await roles(env);
    assert.equal(await env.admin.count('ROLE', ofPrefix(r)), 3);
    assert.equal(await env.admin.count('ROLE', { ...ofPrefix(r), description: 'north' }), 2);
    assert.equal(
      await env.admin.count('ROLE', { ...ofPrefix(r), maxUsers: 100, maxUsers_Mod: 'gt' }),
      0,
    );
  });

  ctx.scenario('report groups with _GroupBy and aggregates with _AggFunc', async (env) => {
    const r = await roles(env);
    const sums = await env.admin.report('ROLE', {
      ...ofPrefix(r),
      description_GroupBy: true,
      maxUsers_AggFunc: 'sum',
      $$ROLLUP: true,
    });
    assert.deepEqual(sums, {
      north: { sum_maxUsers: 9, description: 'north' },
      south: { sum_maxUsers: 5, description: 'south' },
      $$ROLLUP: { sum_maxUsers: 14 },
    });
    const counts = await env.admin.report(
      'ROLE',
      { ...ofPrefix(r), description_GroupBy: true, ID_AggFunc: 'count' },
      true,
    );
    assert.deepEqual(counts, {
      north: { count_ID: 2, description: 'north' },
      south: { count_ID: 1, description: 'south' },
    });
  });
}

module.exports = { title, register };
