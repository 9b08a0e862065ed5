import { toApiError } from '../api/errors.js';
import { listCatalogItems, listReachProfiles } from '../reach/catalog.js';
import { listCategories, type Category } from '../reach/categories.js';
import type { ReachProfile, VendorCatalogItem } from '../reach/schemas.js';
import type { ReachSession } from './session.js';

/** A look-up asked once per session, and how to make it ask again. */
export interface SessionLookup<T> {
  (session: ReachSession): Promise<T>;
  /** Forgets the answer: the next call asks the server again (callers already holding a promise keep it). */
  forget(session: ReachSession): void;
}

/**
 * Reference data that every element of a session reads and that hardly changes while a page is open:
 * asked once per session (ask in the same tick as the element's other first calls, so it rides in their
 * multirequest); a failed look-up is asked again next time.
 */
function memoPerSession<T>(load: (session: ReachSession) => Promise<T>): SessionLookup<T> {
  const cache = new WeakMap<ReachSession, Promise<T>>();
  const lookup = (session: ReachSession): Promise<T> => {
    let pending = cache.get(session);
    if (!pending) {
      const started = load(session);
      pending = started;
      cache.set(session, started);
      // Only this answer is dropped: a newer look-up (after `forget`) stays.
      started.catch(() => {
        if (cache.get(session) === started) cache.delete(session);
      });
    }
    return pending;
  };
  return Object.assign(lookup, { forget: (session: ReachSession) => void cache.delete(session) });
}

/** The catalog items enabled for the partner, by id. */
export const catalogOf = memoPerSession(async (session): Promise<Map<number, VendorCatalogItem>> => {
  const { objects } = await session.call(listCatalogItems());
  return new Map(objects.map((item) => [item.id, item]));
});

/**
 * The partner's REACH profiles (active and disabled). Their `usedCredit` changes with every paid order:
 * `placeOrders` forgets them when it creates a task, so the next call reads the credit left.
 */
export const profilesOf = memoPerSession(
  async (session): Promise<ReachProfile[]> => (await session.call(listReachProfiles())).objects,
);

/**
 * The partner's REACH profiles, or `undefined` when the session may not read them (SERVICE_FORBIDDEN: a
 * USER session without a role, as in a KMS sidebar). Such a session may still order: without
 * `reachProfileId` the server charges the catalog item's default profile. Other failures reject.
 */
export async function readableProfilesOf(session: ReachSession): Promise<ReachProfile[] | undefined> {
  try {
    return await profilesOf(session);
  } catch (error) {
    if (toApiError(error).code === 'SERVICE_FORBIDDEN') return undefined;
    throw error;
  }
}

/** Forgets the session's profiles (their credit changed): the next `profilesOf` asks the server again. */
export function forgetProfiles(session: ReachSession): void {
  profilesOf.forget(session);
}

/** The account's categories, by full name. */
export const categoriesOf = memoPerSession(
  async (session): Promise<Category[]> => (await session.call(listCategories())).objects,
);
