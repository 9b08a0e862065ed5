import type { ApiCall } from '../../api/client.js';
import { toApiError } from '../../api/errors.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import { listCaptionAssetsOf, listEntriesById, listFlavorAssetsOf, MAX_IDS_PER_LIST } from '../../reach/entries.js';
import type { CaptionAsset, EntryVendorTask, FlavorAsset, ListResponse, MediaEntry } from '../../reach/schemas.js';
import { listTasks } from '../../reach/tasks.js';
import { catalogOf, readableProfilesOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';
import { ORDERABLE_STATUSES, type PanelData } from './panel-data.js';

// The load of a bulk order: the account's look-ups once, and for every entry what the order rules need
// (the entry, its tasks, its captions, the version of its source) in lists of many entries at once.

/** At most this many entries in one bulk order (a larger list is cut, and the panel says so). */
export const MAX_BULK_ENTRIES = 1000;

/** What the order rules need to know of one entry. */
export interface BulkEntry {
  entry: MediaEntry;
  tasks: EntryVendorTask[];
  captionAssets: CaptionAsset[];
  /** Version of the entry's source flavor (kaltura-rules §4.5). */
  sourceVersion: number | undefined;
}

/** The account's side of a bulk order: what the single-entry panel reads too, without its entry. */
export type BulkAccount = Pick<PanelData, 'details' | 'profiles' | 'catalog' | 'profilesHidden' | 'reachForbidden'>;

export interface BulkData extends BulkAccount {
  /** The ids asked for, once each, in the order given. */
  entryIds: string[];
  /** Entries found, by id (an id missing here does not exist or the session may not see it). */
  entries: ReadonlyMap<string, BulkEntry>;
  /** The list given held more than MAX_BULK_ENTRIES ids: the rest were left out. */
  cut: number;
}

/** `entry-ids="a, b,c"`: the ids, trimmed, once each, at most MAX_BULK_ENTRIES (and how many were cut). */
export function parseEntryIds(value: string | undefined): { ids: string[]; cut: number } {
  const ids = [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean))];
  return { ids: ids.slice(0, MAX_BULK_ENTRIES), cut: Math.max(0, ids.length - MAX_BULK_ENTRIES) };
}

function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += size) result.push(values.slice(start, start + size));
  return result;
}

/** Entries per list of assets: an entry has a handful of flavors, so a page of 500 mostly holds them all. */
const ASSET_ENTRIES_PER_LIST = 25;

/** Every asset of a group of entries: the first page (asked in the caller's tick), then any further pages. */
async function allAssets<T>(
  session: ReachSession,
  list: (entryIds: readonly string[], pageIndex: number) => ApiCall<ListResponse<T>>,
  entryIds: readonly string[],
  signal: AbortSignal,
): Promise<T[]> {
  const first = await session.call(list(entryIds, 1), { signal });
  const objects = [...first.objects];
  for (let page = 2; (page - 1) * MAX_PAGE_SIZE < first.totalCount; page += 1)
    objects.push(...(await session.call(list(entryIds, page), { signal })).objects);
  return objects;
}

/**
 * The entries' data, asked in one tick: entries in lists of up to MAX_IDS_PER_LIST ids, captions and flavors
 * of ASSET_ENTRIES_PER_LIST entries a list, tasks one list per entry (the task filter has no `entryIdIn`,
 * kaltura-rules §1.2). The client sends them as multirequests of a bounded size. Their tasks go into the
 * session's store. Rejects with the first failure.
 */
export async function loadBulkEntries(
  session: ReachSession,
  entryIds: readonly string[],
  signal: AbortSignal,
): Promise<Map<string, BulkEntry>> {
  const options = { signal };
  const assetGroups = chunks(entryIds, ASSET_ENTRIES_PER_LIST);
  const [entries, captions, flavors, tasks] = await Promise.all([
    Promise.all(chunks(entryIds, MAX_IDS_PER_LIST).map((ids) => session.call(listEntriesById(ids), options))),
    Promise.all(assetGroups.map((ids) => allAssets(session, listCaptionAssetsOf, ids, signal))),
    Promise.all(assetGroups.map((ids) => allAssets(session, listFlavorAssetsOf, ids, signal))),
    Promise.all(
      entryIds.map((entryId) =>
        session.call(listTasks({ entryIdEqual: entryId }, { pageSize: MAX_PAGE_SIZE }), options),
      ),
    ),
  ]);
  signal.throwIfAborted();
  const byEntry = <T extends { entryId: string }>(lists: readonly T[][]) => {
    const found = new Map<string, T[]>();
    for (const object of lists.flat()) {
      const ofEntry = found.get(object.entryId);
      if (ofEntry) ofEntry.push(object);
      else found.set(object.entryId, [object]);
    }
    return found;
  };
  const captionsOf = byEntry<CaptionAsset>(captions);
  const flavorsOf = byEntry<FlavorAsset>(flavors);
  const tasksOf = new Map(entryIds.map((entryId, index) => [entryId, tasks[index]!.objects]));
  session.tasks.upsert(tasks.flatMap((list) => list.objects));
  const result = new Map<string, BulkEntry>();
  for (const { objects } of entries)
    for (const entry of objects) {
      result.set(entry.id, {
        entry,
        tasks: tasksOf.get(entry.id) ?? [],
        captionAssets: captionsOf.get(entry.id) ?? [],
        sourceVersion: flavorsOf.get(entry.id)?.find((flavor) => flavor.isOriginal)?.version,
      });
    }
  return result;
}

/** Everything a bulk order needs, in one tick. Rejects with the failure that leaves nothing to show. */
export async function loadBulkData(
  session: ReachSession,
  given: { ids: string[]; cut: number },
  signal: AbortSignal,
): Promise<BulkData> {
  const [details, profiles, catalog, entries] = await Promise.allSettled([
    session.details(),
    readableProfilesOf(session),
    catalogOf(session),
    loadBulkEntries(session, given.ids, signal),
  ]);
  signal.throwIfAborted();
  const failures = [details, profiles, catalog, entries]
    .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
    .map((result) => toApiError(result.reason));
  const forbidden = failures.some((error) => error.code === 'FEATURE_FORBIDDEN');
  // Without REACH the entries can still be listed with that refusal.
  if (failures[0] && !forbidden) throw failures[0];
  if (details.status === 'rejected') throw toApiError(details.reason);
  return {
    details: details.value,
    profiles: profiles.status === 'fulfilled' ? (profiles.value ?? []) : [],
    catalog:
      catalog.status === 'fulfilled'
        ? [...catalog.value.values()].filter((item) => ORDERABLE_STATUSES.has(item.status))
        : [],
    profilesHidden: profiles.status === 'fulfilled' && profiles.value === undefined,
    reachForbidden: forbidden,
    entryIds: given.ids,
    entries: entries.status === 'fulfilled' ? entries.value : new Map(),
    cut: given.cut,
  };
}
