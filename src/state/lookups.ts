import { listCatalogItems, listReachProfiles } from '../reach/catalog.js';
import type { ReachProfile, VendorCatalogItem } from '../reach/schemas.js';
import type { ReachSession } from './session.js';

/**
 * Reference data that every element of a session reads and that hardly changes while a page is open:
 * asked once per session (ask in the same tick as the element's other first calls, so it rides in their
 * multirequest); a failed look-up is asked again next time.
 */
function memoPerSession<T>(load: (session: ReachSession) => Promise<T>): (session: ReachSession) => Promise<T> {
  const cache = new WeakMap<ReachSession, Promise<T>>();
  return (session) => {
    let pending = cache.get(session);
    if (!pending) {
      pending = load(session);
      cache.set(session, pending);
      pending.catch(() => cache.delete(session));
    }
    return pending;
  };
}

/** The catalog items enabled for the partner, by id. */
export const catalogOf = memoPerSession(async (session): Promise<Map<number, VendorCatalogItem>> => {
  const { objects } = await session.call(listCatalogItems());
  return new Map(objects.map((item) => [item.id, item]));
});

/** The partner's REACH profiles (active and disabled). */
export const profilesOf = memoPerSession(async (session): Promise<ReachProfile[]> => (await session.call(listReachProfiles())).objects);
