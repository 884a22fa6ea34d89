'use strict';
// metadata() and metadata(<objCode>) (reference §12): what clients that build their classes from
// the server read.
const assert = require('node:assert/strict');

const title = 'metadata';

function register(ctx) {
  ctx.scenario('metadata() lists the object types by name with their codes', async (env) => {
    const { objects } = await env.admin.metadata();
    assert.deepEqual(objects.User, { objCode: 'USER', name: 'User', label: 'User' });
    assert.deepEqual(objects.Role, { objCode: 'ROLE', name: 'Role', label: 'Job Role' });
    assert.equal(objects.Group.objCode, 'GROUP');
  });

  ctx.scenario(
    'metadata(USER) describes fields, references, collections and actions',
    async (env) => {
      const user = await env.admin.metadata('USER');
      assert.equal(user.objCode, 'USER');
      assert.equal(user.name, 'User');
      assert.equal(user.fields.isActive.fieldType, 'boolean');
      assert.equal(user.fields.lastLoginDate.fieldType, 'dateTime');
      assert.ok(user.fields.firstName.flags.includes('REQUIRED'));
      assert.equal(user.fields.password, undefined, 'write-only fields are not described');
      assert.equal(user.references.accessLevel.objCode, 'ACSLVL');
      assert.equal(user.references.homeGroup.objCode, 'GROUP');
      assert.ok(user.actions.includes('getApiKey'));
      assert.ok(user.operations.includes('SEARCH'));
    },
  );
}

module.exports = { title, register };
