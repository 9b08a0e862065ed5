// @ts-check
/**
 * The least-privileged KS each element needs, for one signed-in user and one entry. Sessions are USER sessions
 * (type 0) named after the user, so tasks record who ordered them and the user can act only on what is theirs;
 * `edit:<entryId>` lets the session change that one entry (REACH orders, saving clips), `sview:<entryId>` lets
 * it play that entry where its access control asks for a KS. Only moderation needs an ADMIN session.
 */

/** USER sessions: long enough for a working session, short enough that a leaked one soon stops working. */
export const USER_KS_SECONDS = 60 * 60;
/** ADMIN sessions (moderators only): as short as a refresh cycle allows. */
export const ADMIN_KS_SECONDS = 15 * 60;

/** 0 USER, 2 ADMIN (KalturaSessionType). */
const USER = /** @type {const} */ (0);
const ADMIN = /** @type {const} */ (2);

/**
 * @typedef {{ type: 0 | 2, privileges: string, expiry: number }} KsRequest what to ask session.start for
 * @typedef {{ element: string, entryId?: string, mayEdit: boolean, isModerator: boolean }} KsNeed
 */

/**
 * @param {KsNeed} need which element, on which entry, and what the host's own rules let this user do there
 * @returns {KsRequest | { refused: string }}
 */
export function ksFor({ element, entryId, mayEdit, isModerator }) {
  // REACH asks no edit right to order, only that the entry be found: `enableentitlement` makes that lookup honour
  // entitlement (owner, co-editors, categories open to the user), as MediaSpace sessions do.
  const user = (privileges) => ({
    type: USER,
    privileges: [...privileges, 'enableentitlement'].join(','),
    expiry: USER_KS_SECONDS,
  });
  switch (element) {
    case 'reach-order-panel':
      // Ordering changes the entry: without edit rights the panel could only show prices it may not use.
      if (!entryId) return { refused: 'the order panel needs an entry' };
      if (!mayEdit) return { refused: 'this user may not order services for this entry' };
      return user([`edit:${entryId}`]);
    case 'clips-lab':
      // Plays the source, orders clips on it and saves them (a clone of the source, then its own edits).
      if (!entryId) return { refused: 'the clips lab needs an entry' };
      if (!mayEdit) return { refused: 'this user may not make clips of this entry' };
      return user([`edit:${entryId}`, `sview:${entryId}`]);
    case 'reach-task-monitor':
      // Moderators approve and reject, which only an ADMIN session may; everyone else follows tasks, aborts
      // their own and, with edit rights, resubmits.
      if (isModerator) return { type: ADMIN, privileges: '', expiry: ADMIN_KS_SECONDS };
      if (!entryId) return user([]);
      return user(mayEdit ? [`sview:${entryId}`, `edit:${entryId}`] : [`sview:${entryId}`]);
    default:
      return { refused: `unknown element ${element}` };
  }
}
