'use strict';
// What the suite runs on: every version the issue lists, each in the client's default mode and
// with alwaysUseGet (every call a GET carrying method=<verb>, reference §12).
const VERSIONS = ['internal', '7.0', '15.0', '21.0'];
const MODES = [
  { mode: 'default', alwaysUseGet: false },
  { mode: 'alwaysUseGet', alwaysUseGet: true },
];

/** The API version the server reports for a client version (internal is the newest). */
function apiVersionOf(version) {
  return version === 'internal' ? '22.0' : version;
}

const VARIANTS = MODES.flatMap(({ mode, alwaysUseGet }) =>
  VERSIONS.map((version) => ({
    label: alwaysUseGet ? `${version}+alwaysUseGet` : version,
    version,
    alwaysUseGet,
    apiVersion: apiVersionOf(version),
  })),
);

// The public methods of workfront-api 6.2.0 that talk to the server (Api and NodeApi), as the
// issue lists them. The setters (setSessionID, setApiKey, setXSRFToken) only change local state.
// uploadFileContent, the browser twin of uploadFromStream, runs with the browser-standard fetch
// and FormData that Node ships (lib/global-fetch.js).
const METHODS = [
  'login',
  'logout',
  'getApiKey',
  'clearApiKey',
  'get',
  'search',
  'count',
  'report',
  'create',
  'edit',
  'editMultiple',
  'remove',
  'copy',
  'execute',
  'namedQuery',
  'metadata',
  'uploadFromStream',
  'uploadFileContent',
  'batch',
];

module.exports = { VARIANTS, METHODS };
