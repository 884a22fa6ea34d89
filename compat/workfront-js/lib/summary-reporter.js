'use strict';
// A node:test reporter that adds the suite's summary line after the spec reporter's output:
// the runner's test counts and the coverage matrix that the last test reports, as a table
// (method × version/mode) and one line, e.g. "… summary: tests 310, pass 310, fail 0, …; all 18
// methods covered on every version and mode: internal, 7.0, …".
const { DIAGNOSTIC_PREFIX } = require('./coverage');

const COUNTS = ['tests', 'pass', 'fail', 'cancelled', 'skipped', 'todo'];

module.exports = async function* summary(source) {
  const counts = {};
  let coverage;
  for await (const event of source) {
    if (event.type !== 'test:diagnostic') {
      continue;
    }
    const message = event.data.message;
    if (message.startsWith(DIAGNOSTIC_PREFIX)) {
      coverage = JSON.parse(message.slice(DIAGNOSTIC_PREFIX.length));
      continue;
    }
    const [name, value] = message.split(' ');
    if (event.data.nesting === 0 && COUNTS.includes(name)) {
      counts[name] = Number(value);
    }
  }
  const tally = COUNTS.filter((c) => c in counts)
    .map((c) => `${c} ${counts[c]}`)
    .join(', ');
  yield '\n' + matrixLines(coverage).join('\n') + '\n';
  yield `workfront-api 6.2.0 compatibility summary: ${tally}; ${coverageLine(coverage)}\n`;
};

function coverageLine(coverage) {
  if (!coverage) {
    return 'coverage not reported (the coverage test did not run)';
  }
  const total = coverage.methods.length;
  const entries = Object.entries(coverage.matrix);
  if (entries.every(([, covered]) => covered.length === total)) {
    const variants = entries.map(([variant]) => variant).join(', ');
    return `all ${total} methods covered on every version and mode: ${variants}`;
  }
  return (
    'methods covered per version and mode: ' +
    entries.map(([variant, covered]) => `${variant} ${covered.length}/${total}`).join(', ')
  );
}

/** One row per method, one column per variant: ✔ covered by a passing test, ✘ not. */
function matrixLines(coverage) {
  if (!coverage) {
    return [];
  }
  const variants = Object.keys(coverage.matrix);
  const width = Math.max(...coverage.methods.map((m) => m.length));
  const header = ' '.repeat(width) + '  ' + variants.join('  ');
  const rows = coverage.methods.map(
    (m) =>
      m.padEnd(width) +
      '  ' +
      variants
        .map((v) => (coverage.matrix[v].includes(m) ? '✔' : '✘').padEnd(v.length))
        .join('  '),
  );
  return [header, ...rows];
}
