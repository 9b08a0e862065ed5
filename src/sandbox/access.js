// @ts-check
/**
 * Partner isolation and the entry-edit rule, shared by platform and reach services.
 *
 * Sandbox choice for USER sessions (the real server has configurable roles): reads are allowed;
 * changing an entry (baseEntry/media update, updateContent, clone, categoryEntry.add, and REACH
 * orders) needs the entry to be the user's own (entry.userId === ks user) or the privilege
 * `edit:<entryId>` / `edit:*`; `disableentitlement` lifts the check. ADMIN sessions may do all.
 */
import { ApiError } from './errors.js';

const DELETED = '3';

/**
 * The entry if it exists, is not deleted and belongs to the caller's partner.
 * @param {{ state: Record<string, any>, partnerId: number | null }} ctx
 * @param {unknown} entryId
 * @returns {Record<string, any> | undefined}
 */
export function findEntry(ctx, entryId) {
  if (typeof entryId !== 'string') return undefined;
  const entry = ctx.state.entries[entryId];
  if (!entry || entry.status === DELETED || Number(entry.partnerId) !== Number(ctx.partnerId)) return undefined;
  return entry;
}

/**
 * @param {{ state: Record<string, any>, partnerId: number | null }} ctx
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
