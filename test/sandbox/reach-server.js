// @ts-check
/** Shared by the REACH tests: the seeded sandbox on an ephemeral port, spoken to over real HTTP. */
import { after, before, beforeEach } from 'node:test';
import { startSandboxServer } from '../../src/sandbox/index.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { createSeedState } from '../../src/sandbox/seed/index.js';
import { apiCaller } from './platform-fixture.js';

/** @param {Parameters<typeof startSandboxServer>[0]} [options] */
export async function startReachServer(options = {}) {
  const server = await startSandboxServer({ port: 0, log: () => {}, ...options });
  const api = apiCaller(server.url);
  /**
   * A KS from session.start with the partner's seeded secret (admin or user, by type).
   * @param {{ partnerId?: number, type?: 0 | 2, userId?: string, privileges?: string }} [options]
   * @returns {Promise<string>}
   */
  const session = async ({ partnerId = SEED.partner, type = 2, userId = SEED.users.professor, privileges } = {}) => {
    const secrets = SEED.secrets[/** @type {1001} */ (partnerId)];
    const ks = await api('session', 'start', {
      secret: type === 2 ? (options.adminSecret ?? secrets.admin) : secrets.user,
      partnerId,
      type,
      userId,
      ...(privileges ? { privileges } : {}),
    });
    if (typeof ks !== 'string') throw new Error(`session.start failed: ${JSON.stringify(ks)}`);
    return ks;
  };
  /** Moves the sandbox clock (and so the vendors) forward. @param {number} seconds */
  const advance = (seconds) => server.sandbox.clock.advance(seconds);
  return { ...server, api, session, advance };
}

/** @typedef {Awaited<ReturnType<typeof startReachServer>>} ReachServer */

/**
 * The seeded server for the calling test file: started before its tests and closed after them. Before
 * each test it is back to the seed and `ks` holds a fresh ADMIN KS of partner 1001 (the professor).
 * The object is filled in once `before` has run.
 * @param {Parameters<typeof startSandboxServer>[0]} [options]
 */
export function useReachServer(options) {
  const server = /** @type {ReachServer & { ks: string }} */ ({ ks: '' });
  before(async () => {
    Object.assign(server, await startReachServer(options));
  });
  beforeEach(async () => {
    server.sandbox.reset();
    server.ks = await server.session();
  });
  after(() => server.close());
  return server;
}

/**
 * The seed without its agents and their executions, for tests of REACH's own automation (profile rules), where the seeded agents'
 * orders on the same entries would be noise. @param {number} now
 */
export function seedWithoutAgents(now) {
  return { ...createSeedState(now), agents: {}, agentExecutions: {} };
}

/**
 * @param {string} entryId @param {number} catalogItemId @param {Record<string, any>} [fields]
 */
export function order(entryId, catalogItemId, fields = {}) {
  return { entryVendorTask: { objectType: 'KalturaEntryVendorTask', entryId, catalogItemId, ...fields } };
}
