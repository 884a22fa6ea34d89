'use strict';
// create, edit, editMultiple and remove (with and without force), with their refusals, on groups
// and job roles, and copy's refusal for a type that cannot be copied (reference §5, §12). Real
// copies are in work.js.
const assert = require('node:assert/strict');
const { refused, ID } = require('../lib/expect');

const title = 'writing';

function register(ctx) {
  ctx.scenario('create answers the new object with the fields asked', async (env) => {
    const name = env.unique('group');
    const made = await env.admin.create('GROUP', { name, description: 'made by the client' }, [
      'description',
    ]);
    assert.match(made.ID, ID);
    assert.deepEqual(made, {
      ID: made.ID,
      name,
      objCode: 'GROUP',
      description: 'made by the client',
    });
    const stored = await env.admin.get('GROUP', made.ID, 'description');
    assert.deepEqual(stored, made);
  });

  ctx.scenario('create without a required field is refused and makes nothing', async (env) => {
    const description = env.unique('nameless');
    await refused(env.admin.create('ROLE', { description }), 400, /name/);
    assert.equal(await env.admin.count('ROLE', { description }), 0);
  });

  ctx.scenario('edit changes only the fields sent', async (env) => {
    const role = await env.admin.create('ROLE', {
      name: env.unique('role'),
      description: 'before',
      maxUsers: 3,
    });
    const edited = await env.admin.edit('ROLE', role.ID, { description: 'after' }, [
      'description',
      'maxUsers',
    ]);
    assert.deepEqual(edited, {
      ID: role.ID,
      name: role.name,
      objCode: 'ROLE',
      description: 'after',
      maxUsers: 3,
    });
  });

  ctx.scenario('edit of an unknown field is refused naming it', async (env) => {
    const role = await env.admin.create('ROLE', { name: env.unique('role') });
    await refused(env.admin.edit('ROLE', role.ID, { noSuchField: 1 }), 400, /noSuchField/);
  });

  ctx.scenario('editMultiple edits each object and answers them all', async (env) => {
    const a = await env.admin.create('GROUP', { name: env.unique('group') });
    const b = await env.admin.create('GROUP', { name: env.unique('group') });
    const edited = await env.admin.editMultiple(
      'GROUP',
      [
        { ID: a.ID, description: 'first' },
        { ID: b.ID, description: 'second' },
      ],
      ['description'],
    );
    assert.deepEqual(
      edited.map((g) => [g.ID, g.description]),
      [
        [a.ID, 'first'],
        [b.ID, 'second'],
      ],
    );
    const stored = await env.admin.get('GROUP', [a.ID, b.ID], ['description']);
    assert.deepEqual(stored, edited);
  });

  ctx.scenario('remove deletes an object', async (env) => {
    const group = await env.admin.create('GROUP', { name: env.unique('group') });
    assert.equal(await env.admin.remove('GROUP', group.ID), undefined);
    await refused(env.admin.get('GROUP', group.ID), 404, /not found/);
  });

  ctx.scenario('remove refuses an object with dependants unless forced', async (env) => {
    const parent = await env.admin.create('GROUP', { name: env.unique('parent') });
    const child = await env.admin.create('GROUP', {
      name: env.unique('child'),
      parentID: parent.ID,
    });
    await refused(env.admin.remove('GROUP', parent.ID), 409, /subGroups.*force=true/);
    const kept = await env.admin.get('GROUP', [parent.ID, child.ID], ['parentID']);
    assert.deepEqual(
      kept.map((g) => g.ID),
      [parent.ID, child.ID],
    );
    assert.equal(await env.admin.remove('GROUP', parent.ID, true), undefined);
    await refused(env.admin.get('GROUP', parent.ID), 404, /not found/);
    await refused(env.admin.get('GROUP', child.ID), 404, /not found/);
  });

  ctx.scenario('copy of a type that cannot be copied is refused', async (env) => {
    const [entry] = await env.admin.search('JRNLE', { $$LIMIT: 1 });
    assert.match(entry.ID, ID);
    await refused(env.admin.copy('JRNLE', entry.ID, {}), 405, /JRNLE cannot be copied/);
    await refused(
      env.admin.copy('JRNLE', entry.ID, {}, ['ID'], ['clearAssignments']),
      405,
      /JRNLE cannot be copied/,
    );
  });
}

module.exports = { title, register };
