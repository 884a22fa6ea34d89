'use strict';
// Starts the freshly built Tasklane jar on a free port with a fresh data directory, and waits for
// GET /health. The suite talks to it only through the client; /health is the one hand-made call,
// and only to know when the server is up.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ADMIN_PASSWORD = 'compat-admin-password';
const JAR = process.env.TASKLANE_JAR || path.resolve(__dirname, '../../../target/tasklane.jar');
const STARTUP_MS = 120_000;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, log) {
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with ${child.exitCode}:\n${log()}`);
    }
    try {
      const res = await fetch(url + '/health');
      if (res.status === 200) {
        return;
      }
    } catch (e) {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no healthy server at ${url} after ${STARTUP_MS} ms:\n${log()}`);
}

/** Starts the jar; resolves to { url, adminPassword, stop() }. */
async function startServer() {
  if (!fs.existsSync(JAR)) {
    throw new Error(`${JAR} is missing; build it first with: mvn -B -q -DskipTests package`);
  }
  const port = await freePort();
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'tasklane-compat-'));
  const child = spawn(
    'java',
    ['-jar', JAR, 'serve', '--host', '127.0.0.1', '--port', String(port), '--data', data],
    {
      env: { ...process.env, TASKLANE_ADMIN_PASSWORD: ADMIN_PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // Never leave a server behind, even when the test process dies early.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, () => output);
  } catch (e) {
    child.kill('SIGKILL');
    throw e;
  }
  return {
    url,
    adminPassword: ADMIN_PASSWORD,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
        child.once('exit', () => {
          clearTimeout(killer);
          process.removeListener('exit', killOnExit);
          fs.rmSync(data, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

module.exports = { startServer };
