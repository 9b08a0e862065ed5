// @ts-check
/**
 * One api_v3 call, in the server's order of checks (kaltura-rules §5.8):
 * 1. service / action exist; 2. the KS can be cracked; 3. arguments deserialize;
 * 4. the KS is still valid (expiry, session.end); 5. service init (MISSING_KS, REACH feature);
 * 6. the action. A writing call that throws leaves the state as it was (see journal.js).
 */
import { ApiError } from './errors.js';
import { crackKs, ksFingerprint, SessionType } from './ks.js';
import { deserialize, findService, RawResponse, runClockHooks, serialize } from './registry.js';
import { runJournaled } from './journal.js';
import { mayUse, Permission, sessionPermissions } from './roles.js';

/**
 * @typedef {{ partnerId: number, userId: string, type: number, expiry: number,
 *   privileges: Map<string, string[]>, privilegesText: string, isAdmin: boolean, text: string,
 *   fingerprint: string }} KsContext `fingerprint`: how session.end knows the KS (ksFingerprint)
 * @typedef {{ state: Record<string, any>, clock: import('./clock.js').Clock, ks: KsContext | null,
 *   partnerId: number | null, baseUrl: string, sandbox: any, service: string, action: string }} ActionContext
 * @typedef {{ result: unknown, wrote: boolean, error?: ApiError }} CallOutcome
 *   `result` is the response JSON value (or a RawResponse), `wrote` whether a writing action succeeded
 */

/**
 * @param {any} sandbox
 * @param {{ service: string, action: string, params: Record<string, any> }} call
 * @param {string} baseUrl
 * @returns {CallOutcome}
 */
export function dispatchCall(sandbox, call, baseUrl) {
  try {
    return runCall(sandbox, call, baseUrl);
  } catch (error) {
    const apiError = error instanceof ApiError ? error : internalError(sandbox, call, error);
    return { result: apiError.toJSON(), wrote: false, error: apiError };
  }
}

/**
 * @param {any} sandbox
 * @param {{ service: string, action: string }} call
 * @param {unknown} error
 */
function internalError(sandbox, call, error) {
  sandbox.log(`[reach-sandbox] ${call.service}.${call.action} failed:`, error);
  return new ApiError('INTERNAL_SERVERL_ERROR');
}

/**
 * @param {any} sandbox
 * @param {{ service: string, action: string, params: Record<string, any> }} call
 * @param {string} baseUrl
 * @returns {CallOutcome}
 */
function runCall(sandbox, { service: serviceName, action: actionName, params }, baseUrl) {
  const { state, clock } = sandbox;
  if (typeof serviceName !== 'string' || !serviceName) throw new ApiError('SERVICE_NOT_SPECIFIED');
  const service = findService(serviceName);
  if (!service) throw new ApiError('SERVICE_DOES_NOT_EXISTS', { SRV_NAME: serviceName });
  if (typeof actionName !== 'string' || !actionName) throw new ApiError('ACTION_NOT_SPECIFIED');
  const action = service.actions.get(actionName.toLowerCase());
  if (!action) throw new ApiError('ACTION_DOES_NOT_EXISTS', { ACTION_NAME: actionName, SERVICE_NAME: serviceName });
  sandbox.countCall(`${service.name}.${action.name}`);

  const ks = crackRequestKs(params.ks, state);
  const ctx = /** @type {ActionContext} */ ({
    state,
    clock,
    ks,
    partnerId: ks ? ks.partnerId : requestedPartnerId(params),
    baseUrl,
    sandbox,
    service: service.name,
    action: action.name,
  });
  runClockHooks(ctx);
  const now = clock.now();

  /** @type {Record<string, unknown>} */
  const args = {};
  for (const param of action.params ?? []) {
    const raw = params[param.name];
    if (raw === undefined || raw === null) {
      if (!param.optional && !('default' in param))
        throw new ApiError('MISSING_MANDATORY_PARAMETER', { PARAM_NAME: param.name });
      args[param.name] = param.default;
    } else {
      args[param.name] = deserialize(raw, param.type ?? 'string', { now, name: param.name });
    }
  }

  if (ks) assertKsValid(state, ks, now);
  if (action.ks === 'required' && !ks) {
    // The server looks the partner up first: one named without a KS gets the no-session role, which may not call it.
    if (!state.partners[String(ctx.partnerId)]) throw new ApiError('MISSING_KS');
    throw serviceForbidden(service.name, action.name);
  }
  if (ks) {
    // Every call with a KS resolves its roles (an unknown `setrole` fails here); a `ks: 'required'` action
    // needs at least the basic user session permission.
    const needed = action.permissions ?? (action.ks === 'required' ? [Permission.BASE_USER_SESSION] : []);
    sessionPermissions(ctx);
    if (needed.length > 0 && !mayUse(ctx, needed)) throw serviceForbidden(service.name, action.name);
  }
  if (action.reach && !state.partners[String(ctx.partnerId)]?.reachEnabled) {
    throw new ApiError('FEATURE_FORBIDDEN', { FEATURE: 'reach' });
  }

  const result = action.writes
    ? runJournaled(state, (journaled) => action.run({ ...ctx, state: journaled }, args))
    : action.run(ctx, args);
  if (result instanceof RawResponse) return { result, wrote: Boolean(action.writes) };
  return { result: serialize(result, ctx) ?? null, wrote: Boolean(action.writes) };
}

/**
 * A cracked KS is still valid: not ended with session.end, not expired. Throws INVALID_KS; the server
 * reports these with a word instead of the KS (kaltura-rules §5.6).
 * @param {Record<string, any>} state
 * @param {KsContext} ks
 * @param {number} now
 */
export function assertKsValid(state, ks, now) {
  if (state.revokedSessions[ks.fingerprint]) throw invalidKs('LOGOUT');
  if (ks.expiry < now) throw invalidKs('EXPIRED');
}

/** @param {string} service @param {string} action */
function serviceForbidden(service, action) {
  return new ApiError('SERVICE_FORBIDDEN', { SERVICE: `${service}->${action}`.toLowerCase() });
}

/** @param {string} ksId */
function invalidKs(ksId) {
  return new ApiError('INVALID_KS', { KSID: ksId, ERR_CODE: '-1', ERR_DESC: 'INVALID_STR' });
}

/**
 * Cracked KSs by text, with the admin secret they were checked against (cracking is AES + SHA-1), and their
 * fingerprints: whether one was ended is still asked on every call.
 */
const crackedKs = new Map();
const CRACKED_KS_LIMIT = 1000;

/**
 * @param {unknown} text
 * @param {Record<string, any>} state
 * @returns {KsContext | null}
 */
export function crackRequestKs(text, state) {
  if (text === undefined || text === null || text === '') return null;
  if (typeof text !== 'string') throw invalidKs(String(text));
  const adminSecretOf = (/** @type {number} */ partnerId) => state.partners[String(partnerId)]?.adminSecret;
  const cached = crackedKs.get(text);
  if (cached && cached.adminSecret === adminSecretOf(cached.ks.partnerId)) return cached.ks;
  const info = crackKs(text, adminSecretOf);
  if (!info) throw invalidKs(text);
  const ks = { ...info, isAdmin: info.type === SessionType.ADMIN, text, fingerprint: ksFingerprint(text) };
  if (crackedKs.size >= CRACKED_KS_LIMIT) crackedKs.delete(crackedKs.keys().next().value);
  crackedKs.set(text, { ks, adminSecret: adminSecretOf(info.partnerId) });
  return ks;
}

/**
 * The partner named by a call without a KS (`partnerId` or `p`).
 * @param {Record<string, any>} params
 */
function requestedPartnerId(params) {
  const raw = params.partnerId ?? params.p;
  const partnerId = typeof raw === 'string' || typeof raw === 'number' ? Number(raw) : NaN;
  return Number.isInteger(partnerId) ? partnerId : null;
}
