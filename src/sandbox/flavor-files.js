// @ts-check
/**
 * Which entry's media a flavor URL serves, as Kaltura decides it (kaltura-rules §5.10): serveFlavor, the unsigned
 * URL of a media clip's flavor, `download`, the URL signed with the asset's KS, and an entry's playManifest. Each
 * gives the entry whose file to send, or the answer of Kaltura's KExternalErrors::dieError (HTTP 200, no body,
 * `X-Kaltura: error-N`).
 */
import { findEntry } from './access.js';
import { assertKsValid, crackRequestKs } from './dispatch.js';
import { externalError } from './download-urls.js';
import { flavorsOf } from './services/assets.js';
import { EntryStatus, FlavorAssetStatus } from '../reach/wire-enums.js';

/**
 * @typedef {{ entry: Record<string, any> } | import('./registry.js').RawResponse} FlavorFileAnswer
 */

/**
 * @param {Record<string, any>} collection
 * @param {unknown} id
 * @returns {Record<string, any> | undefined}
 */
function stored(collection, id) {
  return typeof id === 'string' && Object.hasOwn(collection, id) ? collection[id] : undefined;
}

/** @param {Record<string, any> | undefined} flavor */
function isReady(flavor) {
  return Number(flavor?.status) === FlavorAssetStatus.READY;
}

/**
 * The session a file URL carries, if it is one (kCurrentContext::initKsPartnerUser): readable, not ended, not
 * expired.
 * @param {Record<string, any>} state
 * @param {string} text
 * @param {number} now
 */
function validKs(state, text, now) {
  try {
    const ks = crackRequestKs(text, state);
    if (ks) assertKsValid(state, ks, now);
    return ks;
  } catch {
    return null;
  }
}

/**
 * serveFlavorAction: the flavor (not deleted) of the entry the path names, that entry not deleted. No session is
 * asked. The sandbox also asks the path's partner to be the entry's, which Kaltura ignores.
 * @param {Record<string, any>} state
 * @param {string} partnerId the path's `/p/{partnerId}`
 * @param {Record<string, unknown>} pairs the path's name/value pairs
 * @returns {FlavorFileAnswer}
 */
export function serveFlavorFile(state, partnerId, pairs) {
  const flavor = stored(state.flavorAssets, pairs.flavorId);
  if (!flavor || Number(flavor.status) === FlavorAssetStatus.DELETED) return externalError(6);
  if (pairs.entryId !== undefined && pairs.entryId !== flavor.entryId) return externalError(6);
  const entry = stored(state.entries, flavor.entryId);
  if (!entry || entry.status === EntryStatus.DELETED || String(entry.partnerId) !== partnerId) return externalError(1);
  // A flavor that is not READY has no file yet.
  return isReady(flavor) ? { entry } : externalError(5);
}

/**
 * downloadAction with the KS the URL carries: the KS must be valid (else INVALID_KS); the entry is looked up as
 * that KS's partner and session see it — another partner's, a deleted one or one the session is not entitled to
 * is not found; the flavor must be a READY one of that entry (without one named: the entry's READY web flavor,
 * else its original). Kaltura serves without a KS where an anonymous viewer may see the entry; the sandbox, whose
 * partners all need a session, answers ACCESS_CONTROL_RESTRICTED.
 * @param {Record<string, any>} state
 * @param {string} partnerId the path's `/p/{partnerId}`
 * @param {Record<string, unknown>} pairs the path's name/value pairs
 * @param {number} now the sandbox clock, in seconds
 * @returns {FlavorFileAnswer}
 */
export function downloadFlavorFile(state, partnerId, pairs, now) {
  if (typeof pairs.ks !== 'string' || pairs.ks === '') return externalError(3);
  const ks = validKs(state, pairs.ks, now);
  if (!ks) return externalError(7);
  const entry = findEntry({ state, partnerId: ks.partnerId, ks }, pairs.entry_id);
  if (!entry || String(entry.partnerId) !== partnerId) return externalError(1);
  if (pairs.flavor === undefined) {
    const ready = flavorsOf(state, entry.id).filter(isReady);
    const flavor = ready.find((candidate) => candidate.isWeb) ?? ready.find((candidate) => candidate.isOriginal);
    return flavor ? { entry } : externalError(5);
  }
  const flavor = stored(state.flavorAssets, pairs.flavor);
  return flavor && isReady(flavor) && flavor.entryId === entry.id ? { entry } : externalError(6);
}

/**
 * playManifest (an entry's `dataUrl` / `downloadUrl`; the sandbox sends the file, not a redirect): a KS the
 * player sends must be valid (else INVALID_KS); the entry must exist and not be deleted (else ENTRY_NOT_FOUND).
 * Kaltura asks no KS and ignores another partner's; the sandbox asks the path's partner to be the entry's.
 * @param {Record<string, any>} state
 * @param {string} partnerId the path's `/p/{partnerId}`
 * @param {Record<string, unknown>} pairs the path's name/value pairs
 * @param {number} now the sandbox clock, in seconds
 * @returns {FlavorFileAnswer}
 */
export function playManifestFile(state, partnerId, pairs, now) {
  if (typeof pairs.ks === 'string' && pairs.ks !== '' && !validKs(state, pairs.ks, now)) return externalError(7);
  const entry = stored(state.entries, pairs.entryId);
  if (!entry || entry.status === EntryStatus.DELETED || String(entry.partnerId) !== partnerId) return externalError(1);
  return { entry };
}
