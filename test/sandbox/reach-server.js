// @ts-check
/** Shared by the REACH tests: the seeded sandbox on an ephemeral port, spoken to over real HTTP. */
import { startSandboxServer } from '../../src/sandbox/index.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { formPairs } from './platform-fixture.js';

export async function startReachServer() {
  const server = await startSandboxServer({ port: 0, log: () => {} });
  /**
   * One api_v3 call, form-encoded like the browser client; the parsed JSON answer.
   * @param {string} service @param {string} action @param {Record<string, any>} [params]
   * @returns {Promise<any>}
   */
  const api = async (service, action, params = {}) => {
    const response = await fetch(`${server.url}/api_v3/service/${service}/action/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formPairs({ format: 1, ...params }).join('&'),
    });
    return response.json();
  };
  /**
   * @param {{ partnerId?: number, type?: 0 | 2, userId?: string, privileges?: string }} [options]
   * @returns {Promise<string>}
   */
  const session = async ({ partnerId = SEED.partner, type = 2, userId = SEED.users.professor, privileges } = {}) => {
    const secrets = SEED.secrets[/** @type {1001} */ (partnerId)];
    const ks = await api('session', 'start', {
      secret: type === 2 ? secrets.admin : secrets.user,
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
 * @param {string} entryId @param {number} catalogItemId @param {Record<string, any>} [fields]
 */
export function order(entryId, catalogItemId, fields = {}) {
  return { entryVendorTask: { objectType: 'KalturaEntryVendorTask', entryId, catalogItemId, ...fields } };
}
