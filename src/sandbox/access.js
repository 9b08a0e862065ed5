// @ts-check
/**
 * Partner isolation, entitlement and the entry-edit rule, shared by platform and reach services.
 *
 * Entitlement, as the server's entry filter applies it (kEntitlementUtils, kaltura-rules §6.4): where it is
 * enforced, an entry the session is not entitled to is not found, on every path that looks entries up.
 *
 * Sandbox choice for USER sessions changing an entry (the real server's rules differ by action): baseEntry/media
 * update, updateContent, clone and categoryEntry.add need the entry to be the user's own (entry.userId === ks user)
 * or the privilege `edit:<entryId>` / `edit:*`; `disableentitlement` lifts the check. ADMIN sessions may do all.
 * REACH orders do not use this rule: the server only needs the entry to be found (entitlement).
 */
import { ApiError } from './errors.js';

const DELETED = '3';
/** KalturaPrivacyType: who may see a category's entries where entitlement is enforced. */
export const Privacy = { ALL: 1, AUTHENTICATED_USERS: 2, MEMBERS_ONLY: 3 };
/** Category links that count for entitlement: ACTIVE and PENDING (KalturaCategoryEntryStatus). */
const ACTIVE_LINK = 2;
const PENDING_LINK = 1;

/**
 * @typedef {{ state: Record<string, any>, partnerId: number | null,
 *   ks?: import('./dispatch.js').KsContext | null }} EntryContext
 */

/**
 * The entry if it exists, is not deleted, belongs to the caller's partner and the session is entitled to it.
 * @param {EntryContext} ctx
 * @param {unknown} entryId
 * @returns {Record<string, any> | undefined}
 */
export function findEntry(ctx, entryId) {
  const entry = findPartnerEntry(ctx, entryId);
  return entry && isEntitled(ctx, entry) ? entry : undefined;
}

/**
 * The entry if it exists, is not deleted and belongs to the caller's partner, whoever asks: for what the system
 * does on the partner's behalf (automatic orders), which entitlement does not limit.
 * @param {EntryContext} ctx
 * @param {unknown} entryId
 * @returns {Record<string, any> | undefined}
 */
export function findPartnerEntry(ctx, entryId) {
  if (typeof entryId !== 'string') return undefined;
  const entry = ctx.state.entries[entryId];
  if (!entry || entry.status === DELETED || Number(entry.partnerId) !== Number(ctx.partnerId)) return undefined;
  return entry;
}

/**
 * kEntitlementUtils::initEntitlementEnforcement: only a partner with the entitlement feature enforces it, by
 * default unless `defaultEntitlementEnforcement` is false; the KS's `disableentitlement` turns it off and
 * `enableentitlement` on.
 * @param {EntryContext} ctx
 */
function entitlementEnforced(ctx) {
  const partner = ctx.state.partners[String(ctx.partnerId)];
  if (!partner?.featureEntitlement) return false;
  if (ctx.ks?.privileges.has('enableentitlement')) return true;
  if (ctx.ks?.privileges.has('disableentitlement')) return false;
  return partner.defaultEntitlementEnforcement ?? true;
}

/**
 * kEntitlementUtils::isEntryEntitled, where entitlement is enforced: the KS names the entry in
 * `disableentitlementforentry`; or its user owns the entry or is among its entitled users (edit, publish or
 * view: co-editors, co-publishers, viewers); or the entry is in no active category; or one of its categories
 * is open to the session (privacy ALL, or AUTHENTICATED_USERS for a session with a user). Category members
 * and privacy contexts are not kept, so a MEMBERS_ONLY category opens to no one.
 * @param {EntryContext} ctx
 * @param {Record<string, any>} entry
 */
export function isEntitled(ctx, entry) {
  if (!entitlementEnforced(ctx)) return true;
  const { ks } = ctx;
  const freed = ks?.privileges.get('disableentitlementforentry') ?? [];
  if (freed.includes(entry.id) || (entry.parentEntryId && freed.includes(entry.parentEntryId))) return true;
  const userId = ks?.userId;
  if (userId) {
    if (entry.userId === userId) return true;
    const entitledUsers = [entry.entitledUsersEdit, entry.entitledUsersPublish, entry.entitledUsersView];
    if (
      entitledUsers.some((users) =>
        String(users ?? '')
          .split(',')
          .map((user) => user.trim())
          .includes(userId),
      )
    )
      return true;
  }
  const links = ctx.state.categoryEntries.filter(
    (/** @type {any} */ link) =>
      link.entryId === entry.id && (link.status === ACTIVE_LINK || link.status === PENDING_LINK),
  );
  if (!links.some((/** @type {any} */ link) => link.status === ACTIVE_LINK)) return true;
  const open = userId ? [Privacy.ALL, Privacy.AUTHENTICATED_USERS] : [Privacy.ALL];
  return links.some((/** @type {any} */ link) =>
    open.includes(ctx.state.categories[link.categoryId]?.privacy ?? Privacy.ALL),
  );
}

/**
 * @param {EntryContext} ctx
 * @param {unknown} entryId
 */
export function requireEntry(ctx, entryId) {
  const entry = findEntry(ctx, entryId);
  if (!entry) throw new ApiError('ENTRY_ID_NOT_FOUND', { ENTRY_ID: entryId });
  return entry;
}

/**
 * @param {{ ks: import('./dispatch.js').KsContext | null }} ctx
 * @param {Record<string, any>} entry
 */
export function canEditEntry(ctx, entry) {
  const { ks } = ctx;
  if (!ks) return false;
  if (ks.isAdmin || ks.privileges.has('disableentitlement')) return true;
  if (entry.userId !== undefined && entry.userId === ks.userId) return true;
  const editable = ks.privileges.get('edit') ?? [];
  return editable.includes('*') || editable.includes(entry.id);
}

/**
 * Throws SERVICE_FORBIDDEN (`service->action`) when the session may not change the entry.
 * @param {{ ks: import('./dispatch.js').KsContext | null, service: string, action: string }} ctx
 * @param {Record<string, any>} entry
 */
export function assertCanEditEntry(ctx, entry) {
  if (!canEditEntry(ctx, entry))
    throw new ApiError('SERVICE_FORBIDDEN', { SERVICE: `${ctx.service}->${ctx.action}`.toLowerCase() });
}
