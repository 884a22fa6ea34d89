'use strict';
// uploadFromStream, then a document made from the handle (reference §5.3, §12). The file goes
// through the client's form-data stream and node-fetch (lib/global-fetch.js).
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ID, names } = require('../lib/expect');

const title = 'documents';

/** A temporary file with known content; removed by the returned cleanup. */
function temporaryFile(name, content) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklane-compat-upload-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return { file, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function register(ctx) {
  ctx.scenario('uploadFromStream answers a handle a DOCU is made from', async (env) => {
    const project = await env.admin.create('PROJ', { name: env.unique('documents') });
    const fileName = `${env.unique('notes')}.txt`;
    const content = `Uploaded by workfront-api on ${env.variant.label}.\n`.repeat(50);
    const { file, cleanup } = temporaryFile(fileName, content);
    try {
      const uploaded = await env.admin.uploadFromStream(fs.createReadStream(file), fileName);
      assert.deepEqual(Object.keys(uploaded), ['handle']);
      assert.match(uploaded.handle, ID);

      const document = await env.admin.create(
        'DOCU',
        {
          name: fileName,
          handle: uploaded.handle,
          docObjCode: 'PROJ',
          objID: project.ID,
          currentVersion: { version: 'v1.0', fileName },
        },
        [
          'projectID',
          'currentVersion:version',
          'currentVersion:fileName',
          'currentVersion:docSize',
        ],
      );
      assert.match(document.ID, ID);
      assert.equal(document.name, fileName);
      assert.equal(document.projectID, project.ID);
      assert.equal(document.currentVersion.version, 'v1.0');
      assert.equal(document.currentVersion.fileName, fileName);
      assert.equal(document.currentVersion.docSize, Buffer.byteLength(content));
      const { documents } = await env.admin.get('PROJ', project.ID, ['documents']);
      assert.deepEqual(names(documents), [fileName]);
    } finally {
      cleanup();
    }
  });
}

module.exports = { title, register };
