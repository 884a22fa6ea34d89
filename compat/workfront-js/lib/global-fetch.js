'use strict';
// Node 18+ ships its own fetch, so the client's `require('isomorphic-fetch')` leaves it in place,
// and the built-in fetch cannot send the `form-data` stream that `uploadFromStream` builds
// (reference §12.2: the body arrives as the text "[object FormData]"). Install node-fetch — the
// version the client itself depends on through isomorphic-fetch — as the globals, exactly as
// isomorphic-fetch does on Node versions without a built-in fetch. The client's code is untouched.
const nodeFetch = require('node-fetch');

const NAMES = ['fetch', 'Headers', 'Request', 'Response'];
const builtIn = Object.fromEntries(NAMES.map((n) => [n, global[n]]));
const asIsomorphicFetch = {
  fetch: nodeFetch,
  Headers: nodeFetch.Headers,
  Request: nodeFetch.Request,
  Response: nodeFetch.Response,
};
Object.assign(global, asIsomorphicFetch);

/**
 * Runs `body` with the fetch and Headers that Node ships — the WHATWG ones a browser gives the
 * client, which send a WHATWG FormData (Node's own FormData and Blob are never replaced) — for
 * the browser-only uploadFileContent, then puts node-fetch back. Scenarios run one at a time, so
 * no other call sees the swap.
 */
async function asInABrowser(body) {
  Object.assign(global, builtIn);
  try {
    return await body();
  } finally {
    Object.assign(global, asIsomorphicFetch);
  }
}

module.exports = { asInABrowser };
