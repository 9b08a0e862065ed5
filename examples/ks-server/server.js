// @ts-check
/**
 * An example backend that mints, for the signed-in user, the KS a REACH element needs (see ks-policy.js), with
 * Kaltura's official Node client. The admin secret stays here: the browser only ever receives a short-lived
 * USER KS, in a response body, never in a URL. Mount `createKsHandler` in your server behind your own login.
 *
 *   POST /reach-ks  {"element":"reach-order-panel","entryId":"1_abc"}  →  {"ks":"djJ8…","expiresAt":1700000000}
 *
 * Run against the local sandbox (`npm start` serves it on http://127.0.0.1:8787):
 *   KALTURA_SERVICE_URL=http://127.0.0.1:8787 KALTURA_PARTNER_ID=1001 KALTURA_ADMIN_SECRET=sandbox-admin-1001 \
 *   DEMO_USER=prof.green@sandbox.edu node examples/ks-server/server.js
 */
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import kaltura from 'kaltura-client';
import { ksFor } from './ks-policy.js';

const ELEMENT = /^[a-z][a-z-]{0,40}$/;
/** Kaltura entry ids: partner bucket, underscore, 8 characters (e.g. 1_abcd1234). */
const ENTRY_ID = /^\d{1,3}_[a-z0-9]{8}$/i;
const MAX_BODY_BYTES = 1024;

/**
 * @typedef {{ id: string, mayEdit(entryId: string): boolean | Promise<boolean>, isModerator?: boolean }} SignedInUser
 * @typedef {{
 *   serviceUrl: string,
 *   partnerId: number,
 *   adminSecret: string,
 *   signedInUser(req: import('node:http').IncomingMessage): SignedInUser | undefined | Promise<SignedInUser | undefined>,
 * }} KsServerOptions
 */

/**
 * A KS minter: session.start on the Kaltura service with the admin secret, for the given user and policy.
 * @param {Pick<KsServerOptions, 'serviceUrl' | 'partnerId' | 'adminSecret'>} options
 */
export function createKsMinter({ serviceUrl, partnerId, adminSecret }) {
  const config = new kaltura.Configuration();
  config.serviceUrl = serviceUrl;
  // The client logs every request body by default, and session.start's carries the admin secret.
  config.setLogger({ log() {}, error() {}, debug() {} });
  const client = new kaltura.Client(config);
  /**
   * @param {string} userId
   * @param {import('./ks-policy.js').KsRequest} request
   * @returns {Promise<{ ks: string, expiresAt: number }>}
   */
  return async (userId, { type, privileges, expiry }) => {
    const ks = await kaltura.services.session
      .start(adminSecret, userId, type, partnerId, expiry, privileges)
      .execute(client);
    if (typeof ks !== 'string') throw new Error('session.start answered no KS');
    // A few seconds early: the element renews a minute before this, and clocks differ.
    return { ks, expiresAt: Math.floor(Date.now() / 1000) + expiry - 5 };
  };
}

/**
 * The HTTP handler: `POST /reach-ks` for the signed-in user; anything else 404.
 * @param {KsServerOptions} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createKsHandler(options) {
  const mint = createKsMinter(options);
  /** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} body */
  const answer = (res, status, body) => {
    // no-store: a KS must not sit in a shared or browser cache.
    res
      .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      .end(JSON.stringify(body));
  };
  return async (req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== '/reach-ks')
      return answer(res, 404, { error: 'not found' });
    const user = await options.signedInUser(req);
    if (!user) return answer(res, 401, { error: 'sign in first' });
    const body = await readJson(req).catch(() => undefined);
    const element = typeof body?.element === 'string' && ELEMENT.test(body.element) ? body.element : undefined;
    const entryId = typeof body?.entryId === 'string' && ENTRY_ID.test(body.entryId) ? body.entryId : undefined;
    if (!element || (body?.entryId !== undefined && !entryId))
      return answer(res, 400, { error: 'expected {"element": tag, "entryId"?: entry id}' });
    const request = ksFor({
      element,
      entryId,
      mayEdit: entryId ? await user.mayEdit(entryId) : false,
      isModerator: Boolean(user.isModerator),
    });
    if ('refused' in request) return answer(res, 403, { error: request.refused });
    try {
      return answer(res, 200, await mint(user.id, request));
    } catch {
      // Neither the secret nor Kaltura's answer goes back to the browser.
      return answer(res, 502, { error: 'the Kaltura service did not issue a session' });
    }
  };
}

/** @param {import('node:http').IncomingMessage} req @returns {Promise<any>} */
async function readJson(req) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { KALTURA_SERVICE_URL, KALTURA_PARTNER_ID, KALTURA_ADMIN_SECRET, DEMO_USER, PORT } = process.env;
  if (!KALTURA_SERVICE_URL || !KALTURA_PARTNER_ID || !KALTURA_ADMIN_SECRET || !DEMO_USER) {
    console.error(
      'Set KALTURA_SERVICE_URL, KALTURA_PARTNER_ID, KALTURA_ADMIN_SECRET and DEMO_USER (see the comment at the top of this file).',
    );
    process.exit(1);
  }
  // Stand-in for your login: every request is DEMO_USER, who may edit every entry. Replace with your session check
  // and your own rule for who may order for which entry.
  const handler = createKsHandler({
    serviceUrl: KALTURA_SERVICE_URL,
    partnerId: Number(KALTURA_PARTNER_ID),
    adminSecret: KALTURA_ADMIN_SECRET,
    signedInUser: () => ({ id: DEMO_USER, mayEdit: () => true }),
  });
  const server = createServer((req, res) => void handler(req, res)).listen(Number(PORT ?? 8788), '127.0.0.1', () => {
    console.log(
      `KS backend on http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}/reach-ks`,
    );
  });
}
