// @ts-check
/**
 * One Agents Manager call: `POST /agents-manager/api/v1/<object>/<action>` with a JSON body and
 * `Authorization: Bearer <KS>` (the guide) or `KS <ks>` (kmc-ng). The KS is checked as api_v3 checks it;
 * a body `partnerId` other than the KS's partner is refused; partners without agents answer 403
 * AGENTS_NOT_ENABLED. Importing this module registers the engine.
 */
import { ApiError } from '../errors.js';
import { assertKsValid, crackRequestKs } from '../dispatch.js';
import { runJournaled } from '../journal.js';
import { mayUse, Permission } from '../roles.js';
import { runClockHooks } from '../registry.js';
import { depthOf } from '../wire.js';
import { agentsEnabled } from './engine.js';
import { AgentsError, forbidden, validationError } from './errors.js';
import { PARTNER_ID_REQUIRED, ROUTES } from './service.js';

export const AGENTS_PATH = '/agents-manager/api/v1/';
/** Bodies of the Agents Manager are small JSON documents. */
export const MAX_AGENTS_BODY_BYTES = 64 * 1024;
/** Agents Manager bodies hold an agent, a trigger or an action: a few levels of objects. */
const MAX_BODY_DEPTH = 16;
const AUTHORIZATION = /^(?:Bearer|KS)\s+(\S+)$/i;
/** What INVALID_KS says, without ever repeating the KS. */
const KS_PROBLEMS = /** @type {Record<string, string>} */ ({
  LOGOUT: 'The KS was ended',
  EXPIRED: 'The KS has expired',
});

/**
 * @param {any} sandbox
 * @param {{ method: string, path: string, authorization: string | undefined, body: Buffer }} request
 *   `path`: the part after `/agents-manager/api/v1/`
 * @param {string} baseUrl
 * @returns {{ status: number, body: unknown, wrote: boolean }}
 */
export function agentsCall(sandbox, { method, path, authorization, body }, baseUrl) {
  const routeName = path.toLowerCase();
  try {
    const route = Object.hasOwn(ROUTES, routeName) ? ROUTES[routeName] : undefined;
    if (!route || method !== 'POST')
      throw new AgentsError(404, 'NOT_FOUND', `No Agents Manager call ${method} ${path.slice(0, 64)}`);
    sandbox.countCall(`agents-manager.${routeName}`);
    const { state, clock } = sandbox;
    const ks = authenticate(state, authorization, clock.now());
    if (!agentsEnabled(state, ks.partnerId))
      throw new AgentsError(403, 'AGENTS_NOT_ENABLED', 'Agents are not enabled for this account');
    const input = parseJsonBody(body);
    if (PARTNER_ID_REQUIRED.has(routeName) && (input.partnerId === undefined || input.partnerId === null)) {
      throw validationError('partnerId', 'partnerId is required');
    }
    if (input.partnerId !== undefined && input.partnerId !== null && String(input.partnerId) !== String(ks.partnerId)) {
      throw forbidden("partnerId is not the session's partner", 'partnerId');
    }
    const ctx = /** @type {import('./service.js').AgentsCtx} */ ({
      state,
      clock,
      ks,
      partnerId: ks.partnerId,
      baseUrl,
      sandbox,
      service: 'agents-manager',
      action: routeName,
    });
    assertPermitted(ctx, Boolean(route.admin));
    runClockHooks(ctx);
    const result = route.writes
      ? runJournaled(state, (view) => route.run({ ...ctx, state: view }, input))
      : route.run(ctx, input);
    return { status: 200, body: result, wrote: Boolean(route.writes) };
  } catch (error) {
    if (!(error instanceof AgentsError)) throw error;
    return { status: error.status, body: error.toJSON(), wrote: false };
  }
}

/**
 * @param {Record<string, any>} state @param {string | undefined} header @param {number} now
 * @returns {import('../dispatch.js').KsContext}
 */
function authenticate(state, header, now) {
  const text = AUTHORIZATION.exec(header?.trim() ?? '')?.[1];
  if (!text) throw new AgentsError(401, 'INVALID_KS', 'An Authorization header "Bearer <KS>" is required');
  try {
    const ks = crackRequestKs(text, state);
    if (!ks) throw new AgentsError(401, 'INVALID_KS', 'Invalid KS');
    assertKsValid(state, ks, now);
    return ks;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    throw new AgentsError(401, 'INVALID_KS', KS_PROBLEMS[error.args.KSID] ?? 'Invalid KS');
  }
}

/**
 * As api_v3 resolves a session's roles (roles.js): every call needs the basic user session permission, managing
 * calls ADMIN_BASE — an ADMIN session, or a USER session whose role holds it.
 * @param {import('./service.js').AgentsCtx} ctx @param {boolean} manages
 */
function assertPermitted(ctx, manages) {
  let permitted;
  try {
    permitted = mayUse(ctx, [manages ? Permission.ADMIN_BASE : Permission.BASE_USER_SESSION]);
  } catch (error) {
    // A `setrole` naming no role of the partner.
    if (!(error instanceof ApiError)) throw error;
    throw forbidden("The session's role does not exist");
  }
  if (!permitted)
    throw forbidden(manages ? 'Managing agents needs an administrator role' : 'The session may not use agents');
}

/** @param {Buffer} body @returns {Record<string, any>} */
function parseJsonBody(body) {
  const text = body.toString('utf8').trim();
  if (!text) return {};
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw validationError('body', 'The body must be a JSON object');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw validationError('body', 'The body must be a JSON object');
  if (depthOf(parsed) > MAX_BODY_DEPTH) throw validationError('body', 'The body nests too deeply');
  return parsed;
}
