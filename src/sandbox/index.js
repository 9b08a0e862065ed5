// @ts-check
/**
 * The REACH sandbox: a local api_v3 server faithful to Kaltura (docs/kaltura-rules.md), for the demo and every test.
 * `createSandbox()` gives a request handler to mount in any Node server (Vite, web-test-runner,
 * plain http); `startSandboxServer()` runs it on its own port.
 */
import { createServer } from 'node:http';
import { createClock } from './clock.js';
import { dispatchCall } from './dispatch.js';
import { createFaults } from './faults.js';
import { createHttpHandler } from './http.js';
import { loadState, normalizeState, replaceState, saveState } from './store.js';
import './services/index.js';
// The REACH half registers its classes and services on import; the seed provides the data. Static
// imports, so a bundler (Vite bundles its config and what it imports) keeps one copy of the registry.
import './reach/index.js';
import * as seed from './seed/index.js';

/**
 * @typedef {(now: number) => Record<string, any>} StateFactory
 * @typedef {{ adminSecret?: string, speed?: number, stateFile?: string, testControls?: boolean,
 *   log?: (...args: unknown[]) => void, createState?: StateFactory }} SandboxOptions
 *   `createState` replaces the seed (tests use their own fixtures)
 */

/**
 * @param {Record<string, any>} state
 * @param {string | undefined} adminSecret
 */
function withAdminSecret(state, adminSecret) {
  if (adminSecret) for (const partner of Object.values(state.partners)) partner.adminSecret = adminSecret;
  return state;
}

/** @param {SandboxOptions} [options] */
export function createSandbox(options = {}) {
  const { adminSecret, speed = 1, stateFile, testControls = false, log = console.error } = options;
  const createState = options.createState ?? seed.createSeedState;
  const seededState = () => withAdminSecret(normalizeState(createState(clock.now() - (state.clockOffset ?? 0))), adminSecret);
  /** @type {Record<string, any>} */
  const state = {};
  const clock = createClock({
    speed,
    offset: () => state.clockOffset ?? 0,
    setOffset: (seconds) => {
      state.clockOffset = seconds;
    },
  });
  const saved = stateFile ? loadState(stateFile) : undefined;
  replaceState(state, saved ? withAdminSecret(saved, adminSecret) : seededState());

  const sandbox = {
    options: { adminSecret, speed, stateFile, testControls },
    state,
    clock,
    faults: createFaults(),
    stats: { httpRequests: 0, preflights: 0, calls: /** @type {Record<string, number>} */ ({}) },
    log,
    /** @param {string} name `service.action` */
    countCall(name) {
      sandbox.stats.calls[name] = (sandbox.stats.calls[name] ?? 0) + 1;
    },
    resetStats() {
      sandbox.stats.httpRequests = 0;
      sandbox.stats.preflights = 0;
      sandbox.stats.calls = {};
    },
    /** Writes the state to the state file, if there is one. */
    save() {
      if (stateFile) saveState(stateFile, state);
    },
    /** Back to the seed: clock offset 0, faults and stats cleared. */
    reset() {
      replaceState(state, seededState());
      sandbox.faults.clear();
      sandbox.resetStats();
      sandbox.save();
    },
    /**
     * One api_v3 call in-process (no HTTP): the response JSON value, errors included.
     * @param {string} service
     * @param {string} action
     * @param {Record<string, any>} [params] nested params, as a JSON body would carry them
     * @param {string} [baseUrl]
     */
    call(service, action, params = {}, baseUrl = 'http://127.0.0.1') {
      const outcome = dispatchCall(sandbox, { service, action, params }, baseUrl);
      if (outcome.wrote) sandbox.save();
      return outcome.result;
    },
    /** Flushes the state to the state file. */
    close() {
      sandbox.save();
    },
    /** @type {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<boolean>} */
    handle: async () => false,
    /**
     * Mountable in connect-style servers (Vite: `(req, res, next)`) and in Koa-style ones
     * (web-test-runner: `(context, next)`).
     * @param {any} first
     * @param {any} second
     * @param {any} [third]
     */
    middleware(first, second, third) {
      if (typeof second === 'function' && first?.req && first?.res) {
        return sandbox.handle(first.req, first.res).then((handled) => {
          if (handled) first.respond = false;
          else return second();
        });
      }
      return sandbox.handle(first, second).then(
        (handled) => handled || third?.(),
        (error) => third?.(error),
      );
    },
  };
  sandbox.handle = createHttpHandler(sandbox);
  return sandbox;
}

/** @typedef {ReturnType<typeof createSandbox>} Sandbox */

/**
 * @param {SandboxOptions & { port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, server: import('node:http').Server, sandbox: Sandbox, close: () => Promise<void> }>}
 */
export async function startSandboxServer(options = {}) {
  const { port = 8787, host = '127.0.0.1', ...sandboxOptions } = options;
  const sandbox = createSandbox(sandboxOptions);
  const server = createServer((req, res) => {
    sandbox.handle(req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      },
      (error) => {
        sandbox.log('[reach-sandbox] request failed:', error);
        res.destroy();
      },
    );
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    url,
    server,
    sandbox,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      sandbox.close();
    },
  };
}
