'use strict';
// One variant (version × mode) of the suite: builds clients for it and registers scenarios as
// node:test tests whose client calls count towards the coverage matrix only when they pass.
const { test } = require('node:test');
const { NodeApi } = require('workfront-api');
const { recording } = require('./recording');

const TEST_TIMEOUT_MS = 60_000;
const USER_PASSWORD = 'compat-user-password';

class VariantContext {
  /**
   * @param server a function returning the running server ({url, adminPassword})
   * @param variant one of variants.VARIANTS
   * @param coverage the run's Coverage
   */
  constructor(server, variant, coverage) {
    this.server = server;
    this.variant = variant;
    this.coverage = coverage;
    this.counter = 0;
    this.admin = undefined;
    this.levels = new Map();
  }

  /** A client for this variant, as an integration would configure it. */
  newClient(extra = {}) {
    return new NodeApi({
      url: this.server().url,
      version: this.variant.version,
      alwaysUseGet: this.variant.alwaysUseGet,
      ...extra,
    });
  }

  /** Logs the administrator in once per variant; scenarios share that session. */
  async start() {
    this.admin = this.newClient();
    await this.admin.login('admin', this.server().adminPassword);
  }

  /** The ID of a built-in access level, looked up once per variant. */
  accessLevelId(name) {
    if (!this.levels.has(name)) {
      this.levels.set(
        name,
        this.admin.search('ACSLVL', { name }).then(([level]) => level.ID),
      );
    }
    return this.levels.get(name);
  }

  /** A name no other test of the run uses, telling which variant made it. */
  unique(prefix) {
    this.counter += 1;
    const tag = this.variant.label.replace('+alwaysUseGet', '-get');
    return `${prefix}-v${tag}-${this.counter}`;
  }

  /** Registers a test; `body` gets a TestEnv. */
  scenario(title, body) {
    test(title, { timeout: TEST_TIMEOUT_MS }, async () => {
      const calls = new Set();
      await body(new TestEnv(this, calls));
      this.coverage.commit(this.variant.label, calls);
    });
  }
}

/** What a test body works with: recording clients of its variant, and small data builders. */
class TestEnv {
  constructor(context, calls) {
    this.context = context;
    this.calls = calls;
    this.variant = context.variant;
    this.adminPassword = context.server().adminPassword;
    this.admin = recording(context.admin, calls);
  }

  client(extra = {}) {
    return recording(this.context.newClient(extra), this.calls);
  }

  unique(prefix) {
    return this.context.unique(prefix);
  }

  /**
   * Creates an active user who can log in; returns {ID, username, password}. Tests that only log
   * in and handle keys use Light users, so that the run stays well inside the 100 seats of each
   * paid licence a fresh server owns.
   */
  async newUser(prefix = 'user', accessLevel = 'Standard') {
    const username = this.unique(prefix) + '@compat.example';
    const user = await this.admin.create(
      'USER',
      {
        firstName: 'Compat',
        lastName: username,
        username,
        password: USER_PASSWORD,
        accessLevelID: await this.context.accessLevelId(accessLevel),
      },
      ['username', 'isActive'],
    );
    return { ID: user.ID, username: user.username, password: USER_PASSWORD };
  }
}

module.exports = { VariantContext };
