// @ts-check
/**
 * Permissions by session and role, as kPermissionManager::getRoleIds resolves them: the role the KS sets
 * (`setrole:<system name>`), else the roles of the session's user, else the partner's default role for the
 * session type — "Publisher Administrator" (every permission) for ADMIN, "Basic User Session Role"
 * (BASE_USER_SESSION_PERMISSION only) for USER. Without a KS only always-allowed actions pass.
 * Role contents: kaltura/server deployment/base/scripts/init_data/03.UserRole.ini; which permission an action
 * or a property needs: deployment/permissions/service.reach.*.ini and object.*.ini.
 */
import { ApiError } from './errors.js';

/** Permission names used by the sandbox's actions and properties. */
export const Permission = /** @type {const} */ ({
  BASE_USER_SESSION: 'BASE_USER_SESSION_PERMISSION',
  ADMIN_BASE: 'ADMIN_BASE',
  KMC_ACCESS: 'KMC_ACCESS',
  /** The admin console's (partner -2): sets REACH credit. No partner role holds it, not even through `*`. */
  REACH_ADMIN: 'REACH_ADMIN_PERMISSION',
});
/** Permissions of Kaltura's own partners, which a partner's `*` does not include. */
const CONSOLE_PERMISSIONS = new Set(/** @type {string[]} */ ([Permission.REACH_ADMIN]));

/**
 * The system roles, by system name → their permissions (`*`: all). Partners may define more in
 * `state.userRoles` (`{ [id]: { partnerId, systemName, permissionNames: string[] } }`).
 * @type {Record<string, readonly string[]>}
 */
export const SYSTEM_ROLES = {
  'Publisher Administrator': ['*'],
  'Basic User Session Role': [Permission.BASE_USER_SESSION],
};
const ADMIN_SESSION_ROLE = 'Publisher Administrator';
const USER_SESSION_ROLE = 'Basic User Session Role';

/**
 * @typedef {{ state: Record<string, any>, ks: import('./dispatch.js').KsContext | null, partnerId: number | null }} RoleContext
 */

/**
 * The permissions of the call's session.
 * @param {RoleContext} ctx
 * @returns {readonly string[]}
 */
export function sessionPermissions(ctx) {
  const { ks, state } = ctx;
  if (!ks) return [];
  const setRole = ks.privileges.get('setrole')?.[0];
  if (setRole !== undefined) return permissionsOfRole(state, ks.partnerId, setRole) ?? missingRole(setRole);
  const user = state.users[`${ks.partnerId}:${ks.userId}`];
  const userRoles = /** @type {string[]} */ (user?.roleNames ?? []);
  if (userRoles.length > 0) return userRoles.flatMap((name) => permissionsOfRole(state, ks.partnerId, name) ?? []);
  return SYSTEM_ROLES[ks.isAdmin ? ADMIN_SESSION_ROLE : USER_SESSION_ROLE];
}

/**
 * @param {Record<string, any>} state @param {number} partnerId @param {string} name a role's system name or id
 * @returns {readonly string[] | undefined}
 */
function permissionsOfRole(state, partnerId, name) {
  if (Object.hasOwn(SYSTEM_ROLES, name)) return SYSTEM_ROLES[name];
  const role = Object.values(state.userRoles).find(
    (candidate) =>
      candidate.partnerId === partnerId && (candidate.systemName === name || String(candidate.id) === name),
  );
  return role?.permissionNames;
}

/** @param {string} name @returns {never} */
function missingRole(name) {
  // kCoreException::ID_NOT_FOUND, which the front controller maps to INVALID_OBJECT_ID.
  throw new ApiError('INVALID_OBJECT_ID', { ID: name });
}

/**
 * Whether the session holds one of `permissions`.
 * @param {RoleContext} ctx
 * @param {readonly string[]} permissions
 */
export function mayUse(ctx, permissions) {
  const held = sessionPermissions(ctx);
  return permissions.some(
    (permission) => held.includes(permission) || (held.includes('*') && !CONSOLE_PERMISSIONS.has(permission)),
  );
}
