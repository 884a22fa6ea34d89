'use strict';
// Which client methods ran, on which variant, in a test that passed. A test's calls are kept
// aside while it runs and counted only when its assertions all held.
const { METHODS, VARIANTS } = require('./variants');

const DIAGNOSTIC_PREFIX = 'coverage-matrix ';

class Coverage {
  constructor() {
    this.cells = new Map(VARIANTS.map((v) => [v.label, new Set()]));
  }

  /** Counts the calls of a passed test. */
  commit(variantLabel, methods) {
    const cell = this.cells.get(variantLabel);
    methods.forEach((m) => cell.add(m));
  }

  /** "<variant>: <method>" for every method a variant never ran. */
  missing() {
    const out = [];
    for (const [label, covered] of this.cells) {
      for (const m of METHODS) {
        if (!covered.has(m)) {
          out.push(`${label}: ${m}`);
        }
      }
    }
    return out;
  }

  /** The matrix as one diagnostic line, read back by the summary reporter. */
  diagnostic() {
    const matrix = {};
    for (const [label, covered] of this.cells) {
      matrix[label] = METHODS.filter((m) => covered.has(m));
    }
    return DIAGNOSTIC_PREFIX + JSON.stringify({ methods: METHODS, matrix });
  }
}

module.exports = { Coverage, DIAGNOSTIC_PREFIX };
