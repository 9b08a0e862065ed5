// @ts-check
/**
 * The REACH sandbox: a local api_v3 server faithful to Kaltura (docs/kaltura-rules.md), for the demo and every test.
 * `createSandbox()` gives a request handler to mount in any Node server (Vite, web-test-runner,
 * plain http); `startSandboxServer()` runs it on its own port.
 */
import { createHash, randomBytes } from 'node:crypto';
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
 *   log?: (...args: unknown[]) => void, createState?: StateFactory, origin?: string, bodyTimeoutMs?: number }} SandboxOptions
 *   `createState` replaces the seed (tests use their own fixtures); `origin` is where clients reach the
 *   sandbox (`http://host:port`), from which it builds every URL it answers
 */

/** Host header values that name this machine's loopback interface. */
const LOOPBACK_HOST_HEADER = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;
/** Where URLs point when the sandbox has no configured origin and the Host header is not a loopback name. */
const FALLBACK_ORIGIN = 'http://127.0.0.1';

/**
 * A partner's user secret once its admin secret is replaced: derived from it, so the seeded
 * well-known user secrets stop working too.
 * @param {string} adminSecret @param {number | string} partnerId
 */
export function userSecretOf(adminSecret, partnerId) {
  return createHash('sha256').update(`user:${partnerId}:${adminSecret}`).digest('hex').slice(0, 32);
}

/**
 * @param {Record<string, any>} state
 * @param {string | undefined} adminSecret
 */
function withAdminSecret(state, adminSecret) {
  if (!adminSecret) return state;
  for (const partner of Object.values(state.partners)) {
    partner.adminSecret = adminSecret;
    partner.secret = userSecretOf(adminSecret, partner.id);
  }
  return state;
}

/** @param {string} host an interface to bind */
export function isLoopbackHost(host) {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** @param {SandboxOptions} [options] */
export function createSandbox(options = {}) {
  const { adminSecret, speed = 1, stateFile, testControls = false, log = console.error, bodyTimeoutMs } = options;
  const createState = options.createState ?? seed.createSeedState;
  const seededState = () =>
    withAdminSecret(normalizeState(createState(clock.now() - (state.clockOffset ?? 0))), adminSecret);
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
    options: {
      adminSecret,
      speed,
      stateFile,
      testControls,
      bodyTimeoutMs,
      origin: options.origin?.replace(/\/+$/, ''),
    },
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
    /**
     * Where the client reached the sandbox, for the URLs it answers: the configured origin; without one (mounted
     * in a dev server) the Host header only when it names loopback, so a forged Host never lands in a URL.
     * @param {import('node:http').IncomingMessage} req
     */
    originOf(req) {
      if (sandbox.options.origin) return sandbox.options.origin;
      const host = req.headers.host ?? '';
      return LOOPBACK_HOST_HEADER.test(host) ? `http://${host}` : FALLBACK_ORIGIN;
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
 * Off loopback (any `host` but 127.x / ::1 / localhost) the server refuses test controls and, without an
 * `adminSecret`, generates one (answered as `generatedAdminSecret`, for the caller to print once), so the
 * seeded well-known secrets never face a network.
 * @param {SandboxOptions & { port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, server: import('node:http').Server, sandbox: Sandbox, close: () => Promise<void>,
 *   generatedAdminSecret?: string }>}
 */
export async function startSandboxServer(options = {}) {
  const { port = 8787, host = '127.0.0.1', ...sandboxOptions } = options;
  const exposed = !isLoopbackHost(host);
  if (exposed && sandboxOptions.testControls) throw new Error(`test controls are refused off loopback (host ${host})`);
  const generatedAdminSecret =
    exposed && !sandboxOptions.adminSecret ? randomBytes(18).toString('base64url') : undefined;
  const sandbox = createSandbox({ ...sandboxOptions, adminSecret: sandboxOptions.adminSecret ?? generatedAdminSecret });
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
  sandbox.options.origin ??= url;
  return {
    url,
    server,
    sandbox,
    generatedAdminSecret,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(() => resolve(undefined)));
      sandbox.close();
    },
  };
}
