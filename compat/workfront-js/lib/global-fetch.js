'use strict';
// Node 18+ ships its own fetch, so the client's `require('isomorphic-fetch')` leaves it in place,
// and the built-in fetch cannot send the `form-data` stream that `uploadFromStream` builds
// (reference §12.2: the body arrives as the text "[object FormData]"). Install node-fetch — the
// version the client itself depends on through isomorphic-fetch — as the globals, exactly as
// isomorphic-fetch does on Node versions without a built-in fetch. The client's code is untouched.
const nodeFetch = require('node-fetch');

global.fetch = nodeFetch;
global.Headers = nodeFetch.Headers;
global.Request = nodeFetch.Request;
global.Response = nodeFetch.Response;
