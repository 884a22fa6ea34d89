'use strict';
// The work model through the client: copy with and without options (reference §5.2, §12) on
// projects and tasks, execute of move and share (§5.6), namedQuery work/myWork (§4.7) and
// metadata('TASK').
const assert = require('node:assert/strict');
const { ID, names, refused } = require('../lib/expect');

const title = 'work';

/** A project with one task assigned to a new Standard user. */
async function assignedTask(env) {
  const worker = await env.newUser('worker');
  const project = await env.admin.create('PROJ', { name: env.unique('project') });
  const task = await env.admin.create(
    'TASK',
    { name: env.unique('task'), projectID: project.ID, assignments: [{ assignedToID: worker.ID }] },
    ['projectID', 'assignments:assignedToID'],
  );
  return { worker, project, task };
}

const assignees = (task) => task.assignments.map((a) => a.assignedToID);

function register(ctx) {
  ctx.scenario('copy without options copies the task with its assignments', async (env) => {
    const { worker, project, task } = await assignedTask(env);
    assert.deepEqual(assignees(task), [worker.ID]);
    const name = env.unique('task-copy');
    const copy = await env.admin.copy('TASK', task.ID, { name }, [
      'projectID',
      'taskNumber',
      'assignments:assignedToID',
    ]);
    assert.match(copy.ID, ID);
    assert.notEqual(copy.ID, task.ID);
    assert.equal(copy.name, name);
    assert.equal(copy.projectID, project.ID);
    assert.equal(copy.taskNumber, 2);
    assert.deepEqual(assignees(copy), [worker.ID]);
    assert.deepEqual(assignees(await env.admin.get('TASK', task.ID, 'assignments')), [worker.ID]);
  });

  ctx.scenario('copy with options leaves out what the options clear', async (env) => {
    const { task } = await assignedTask(env);
    const name = env.unique('task-clean');
    const copy = await env.admin.copy('TASK', task.ID, { name }, 'assignments', [
      'clearAssignments',
    ]);
    assert.equal(copy.name, name);
    assert.deepEqual(copy.assignments, []);
    const stored = await env.admin.get('TASK', copy.ID, ['assignments']);
    assert.deepEqual(stored.assignments, []);
  });

  ctx.scenario('copy of a project copies its tasks into the new project', async (env) => {
    const { project, task } = await assignedTask(env);
    const name = env.unique('project-copy');
    const copy = await env.admin.copy('PROJ', project.ID, { name }, ['tasks:projectID']);
    assert.notEqual(copy.ID, project.ID);
    assert.equal(copy.name, name);
    assert.deepEqual(names(copy.tasks), [task.name]);
    assert.equal(copy.tasks[0].projectID, copy.ID);
    assert.notEqual(copy.tasks[0].ID, task.ID);
  });

  ctx.scenario('execute move puts a task into another project', async (env) => {
    const { project, task } = await assignedTask(env);
    const target = await env.admin.create('PROJ', { name: env.unique('target') });
    const moved = await env.admin.execute('TASK', task.ID, 'move', { projectID: target.ID });
    assert.equal(moved.result.ID, task.ID);
    assert.equal(moved.result.projectID, target.ID);
    const stored = await env.admin.get('TASK', task.ID, ['projectID', 'assignments:assignedToID']);
    assert.equal(stored.projectID, target.ID);
    assert.equal(stored.assignments.length, 1, 'the assignment moves with the task');
    assert.equal(await env.admin.count('TASK', { projectID: project.ID }), 0);
  });

  ctx.scenario('an atomic batch moves and edits a task together', async (env) => {
    const { task } = await assignedTask(env);
    const target = await env.admin.create('PROJ', { name: env.unique('target') });
    const answer = await env.admin.batch(
      (b) => [
        b.execute('TASK', task.ID, 'move', { projectID: target.ID }),
        b.edit('TASK', task.ID, { description: 'moved in a batch' }),
      ],
      true,
    );
    assert.equal(answer, undefined);
    const stored = await env.admin.get('TASK', task.ID, ['projectID', 'description']);
    assert.equal(stored.projectID, target.ID);
    assert.equal(stored.description, 'moved in a batch');
  });

  ctx.scenario('execute share lets another user see a project', async (env) => {
    const viewer = await env.newUser('viewer', 'Light');
    const project = await env.admin.create('PROJ', { name: env.unique('shared') });
    const asViewer = env.client();
    await asViewer.login(viewer.username, viewer.password);
    await refused(asViewer.get('PROJ', project.ID), 404, /not found/);

    const shared = await env.admin.execute('PROJ', project.ID, 'share', {
      accessorID: viewer.ID,
      accessorObjCode: 'USER',
      coreAction: 'VIEW',
    });
    assert.equal(shared.result.ID, project.ID);
    const seen = await asViewer.get('PROJ', project.ID);
    assert.equal(seen.name, project.name);
    const { accessRules } = await env.admin.get('PROJ', project.ID, ['accessRules:*']);
    assert.deepEqual(
      accessRules.map((r) => [r.accessorObjCode, r.accessorID, r.coreAction]),
      [['USER', viewer.ID, 'VIEW']],
    );
  });

  ctx.scenario('namedQuery work/myWork answers the work assigned to the caller', async (env) => {
    const { worker, project, task } = await assignedTask(env);
    await env.admin.create('TASK', { name: env.unique('unassigned'), projectID: project.ID });
    const api = env.client();
    await api.login(worker.username, worker.password);
    const mine = await api.namedQuery('work', 'myWork', null, ['projectID']);
    assert.deepEqual(
      mine.map((w) => [w.ID, w.name, w.objObjCode, w.projectID]),
      [[task.ID, task.name, 'TASK', project.ID]],
    );
    const named = await api.namedQuery('work', 'myWork', { name: task.name }, 'name');
    assert.deepEqual(names(named), [task.name]);
  });

  ctx.scenario('metadata(TASK) describes the task type', async (env) => {
    const task = await env.admin.metadata('TASK');
    assert.equal(task.objCode, 'TASK');
    assert.equal(task.name, 'Task');
    assert.ok(task.fields.name.flags.includes('REQUIRED'));
    assert.equal(task.fields.percentComplete.fieldType, 'double');
    assert.equal(task.references.project.objCode, 'PROJ');
    assert.equal(task.collections.assignments.objCode, 'ASSGN');
    assert.ok(task.operations.includes('COPY'));
  });
}

module.exports = { title, register };
