import type { EntryVendorTask, ListResponse, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { listTasks, type TaskFilter } from '../../reach/tasks.js';
import { catalogOf, readableProfilesOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';
import { countStatuses, type StatusCounts } from './status-counts.js';
import { APPROVAL_FIRST, MAX_PAGE_SIZE, filtersByCatalog, serverFilter, type AccountFilters } from './task-query.js';

/** What the monitor loads: the catalog and who we are; in the account view also the profiles and the first page. */
export interface MonitorData {
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  details: SessionDetails | undefined;
  /** Undefined when the session may not list them (a USER session): the view goes on without their names. */
  profiles?: readonly ReachProfile[] | undefined;
  /** Account view: the server filter of the list; undefined when nothing can match. */
  filter?: TaskFilter | undefined;
  page?: ListResponse<EntryVendorTask> | undefined;
  /** Account view: how many tasks of each chip's status match the other filters. */
  counts?: StatusCounts | undefined;
}

/**
 * Catalog, profiles, who we are and the tasks (an entry's, or the first page of the account's), asked in one
 * tick: one HTTP request. An entry's tasks go into the session's store; a page is left to the list.
 */
export async function loadMonitorData(
  session: ReachSession,
  entryId: string | undefined,
  applied: AccountFilters,
  /** Tasks per page of the account list. */
  pageSize: number,
  signal: AbortSignal,
): Promise<MonitorData> {
  const catalog = catalogOf(session);
  const details = session.details().catch(() => undefined);
  const profiles = readableProfilesOf(session);
  if (entryId) {
    const list = session.call(
      listTasks({ entryIdEqual: entryId, orderBy: '-createdAt' }, { pageSize: MAX_PAGE_SIZE }),
      { signal },
    );
    const [items, answer, who, profileList] = await Promise.all([
      catalog,
      list,
      details,
      profiles.catch(() => undefined),
    ]);
    signal.throwIfAborted();
    session.tasks.upsert(answer.objects);
    return { catalog: items, details: who, profiles: profileList };
  }
  // Filters by service, language or turnaround need the catalog first; otherwise everything goes at once.
  const filter = serverFilter(applied, filtersByCatalog(applied) ? await catalog : new Map());
  const first = filter ? session.call(listTasks(filter, { pageSize, pageIndex: 1 }), { signal }) : undefined;
  const counted = filter ? countStatuses(session, filter, signal) : undefined;
  const [items, profileList, who, page, counts] = await Promise.all([catalog, profiles, details, first, counted]);
  signal.throwIfAborted();
  return { catalog: items, details: who, profiles: profileList, filter, page, counts };
}

/**
 * Where an administrator's account view starts: the orders awaiting approval, oldest first, when there are
 * any (a count: one task asked for); undefined to start with every task.
 */
export async function approvalFirstFilters(
  session: ReachSession,
  signal: AbortSignal,
): Promise<AccountFilters | undefined> {
  const who = await session.details().catch(() => undefined);
  if (!who?.isAdmin) return undefined;
  const waiting = await session.call(listTasks(serverFilter(APPROVAL_FIRST, new Map()) ?? {}, { pageSize: 1 }), {
    signal,
  });
  return waiting.totalCount > 0 ? APPROVAL_FIRST : undefined;
}
