'use strict';
// Wraps a client so that each call of a listed public method is noted once it settles. The
// method runs on the real client object, so its own inner calls (getApiKey calling execute, say)
// are not counted as calls of those methods.
const { METHODS } = require('./variants');

function recording(client, calls) {
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (typeof value !== 'function' || !METHODS.includes(prop)) {
        return value;
      }
      return (...args) => {
        const result = value.apply(target, args);
        const note = () => calls.add(prop);
        if (result && typeof result.then === 'function') {
          result.then(note, note);
        } else {
          note();
        }
        return result;
      };
    },
  });
}

module.exports = { recording };
