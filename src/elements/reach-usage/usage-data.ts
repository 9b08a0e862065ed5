import { isAborted } from '../../api/errors.js';
import { listReachProfiles } from '../../reach/catalog.js';
import type { EntryVendorTask, ReachProfile } from '../../reach/schemas.js';
import { nextCursor, usagePageCall, type TaskCursor } from '../../reach/usage.js';
import type { ReachSession } from '../../state/session.js';

export interface UsageQuery {
  /** The tasks created since then (unix seconds) are read, up to the newest. */
  readonly from: number;
  readonly pageSize: number;
  /** At most this many pages per view: the budget of one look. */
  readonly maxPages: number;
}

export interface Progress {
  readonly read: number;
  /** The server's count of tasks in the period, from the first page. */
  readonly total: number;
}

export type UsageData =
  | { readonly kind: 'not-admin' }
  | {
      readonly kind: 'ready';
      readonly profiles: readonly ReachProfile[];
      readonly tasks: readonly EntryVendorTask[];
      readonly total: number;
      /** Why the tasks stop short of the period's end: the page budget ran out, or the admin stopped. */
      readonly cutShort: 'budget' | 'stopped' | undefined;
      /** The `createdAt` the reading reached when cut short. */
      readonly readUntil: number | undefined;
    };

/**
 * The account's profiles, then the tasks created in the period, page by page on a `createdAt` cursor
 * (never past Kaltura's offset limit). An ADMIN session only: a USER session sees its own tasks, which
 * are not the account's usage. `stop` ends the reading and keeps what was read; `signal` drops it all.
 */
export async function loadUsage(
  session: ReachSession,
  query: UsageQuery,
  signal: AbortSignal,
  stop: AbortSignal,
  progress: (progress: Progress) => void,
): Promise<UsageData> {
  const details = await session.details();
  if (!details.isAdmin) return { kind: 'not-admin' };
  const profiles = (await session.call(listReachProfiles(), { signal })).objects;
  const options = { signal: AbortSignal.any([signal, stop]) };
  const byId = new Map<string, EntryVendorTask>();
  let cursor: TaskCursor | undefined = { since: query.from, pageIndex: 1 };
  let total = 0;
  let pages = 0;
  let cutShort: 'budget' | 'stopped' | undefined;
  while (cursor) {
    if (pages === query.maxPages) {
      cutShort = 'budget';
      break;
    }
    try {
      const page = await session.call(usagePageCall(cursor, query.pageSize), options);
      if (pages === 0) total = page.totalCount;
      pages += 1;
      for (const task of page.objects) byId.set(task.id, task);
      cursor = nextCursor(cursor, page.objects, query.pageSize);
    } catch (error) {
      if (!(isAborted(error) && stop.aborted && !signal.aborted)) throw error;
      cutShort = 'stopped';
      break;
    }
    progress({ read: byId.size, total });
  }
  const tasks = [...byId.values()];
  return { kind: 'ready', profiles, tasks, total, cutShort, readUntil: cutShort ? cursor?.since : undefined };
}
