// The account view's filters and sorting, and how they map onto KalturaEntryVendorTaskFilter (kaltura-rules §1.2).
import { EntryVendorTaskStatus } from '../../reach/enums.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import type { TaskFilter } from '../../reach/tasks.js';

/** Status choices. Cancelled tasks cannot be listed: the server hides them. */
export const STATUS_GROUPS = {
  any: undefined,
  active: [
    EntryVendorTaskStatus.PENDING,
    EntryVendorTaskStatus.PROCESSING,
    EntryVendorTaskStatus.PENDING_ENTRY_READY,
    EntryVendorTaskStatus.SCHEDULED,
  ],
  moderation: [EntryVendorTaskStatus.PENDING_MODERATION],
  ready: [EntryVendorTaskStatus.READY],
  failed: [EntryVendorTaskStatus.ERROR],
  rejected: [EntryVendorTaskStatus.REJECTED],
} as const satisfies Record<string, readonly number[] | undefined>;
export type StatusGroup = keyof typeof STATUS_GROUPS;

/** KalturaEntryVendorTaskOrderBy values offered. */
export const SORTS = [
  '-createdAt',
  '+createdAt',
  '-updatedAt',
  '+status',
  '-price',
  '+price',
  '+expectedFinishTime',
  '-expectedFinishTime',
] as const;
export type Sort = (typeof SORTS)[number];

/** MANUAL and AUTOMATIC are EntryVendorTaskCreationMode values; RULE is an automatic order that names its category (`context`). */
export const CreationModeChoice = { ANY: 0, MANUAL: 1, AUTOMATIC: 2, RULE: 3 } as const;

export interface AccountFilters {
  status: StatusGroup;
  /** VendorServiceFeature, or 0 for any. */
  feature: number;
  /** Catalog item id, or 0 for any. */
  catalogItemId: number;
  /** REACH profile id, or 0 for any. */
  profileId: number;
  /** The language a task delivers in (its catalog item's target, else source language), or '' for any. */
  language: string;
  /** VendorServiceTurnAroundTime, or 0 for any. */
  turnaround: number;
  /** `yyyy-mm-dd` from a date input, or ''. */
  createdFrom: string;
  createdTo: string;
  /** EntryVendorTaskCreationMode, or 0 for any: filtered in the browser over the loaded tasks. */
  creationMode: number;
  /** Searched by the server in the orderer's user id and the notes. */
  text: string;
  sort: Sort;
}

export const DEFAULT_FILTERS: AccountFilters = {
  status: 'any',
  feature: 0,
  catalogItemId: 0,
  profileId: 0,
  language: '',
  turnaround: 0,
  createdFrom: '',
  createdTo: '',
  creationMode: CreationModeChoice.ANY,
  text: '',
  sort: '-createdAt',
};

/** An administrator's first view when orders wait for them: those orders, the longest waiting first. */
export const APPROVAL_FIRST: AccountFilters = { ...DEFAULT_FILTERS, status: 'moderation', sort: '+createdAt' };

/** Kaltura's pager: at most 500 a page. */
export const MAX_PAGE_SIZE = 500;

/** A `yyyy-mm-dd` in the user's time zone → unix seconds of the start (or end) of that day. */
function dayBoundary(day: string, end: boolean): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (end) date.setDate(date.getDate() + 1);
  return Math.floor(date.getTime() / 1000) - (end ? 1 : 0);
}

export type FilterProblem = 'dates-reversed';

export function filterProblem(filters: AccountFilters): FilterProblem | undefined {
  const from = dayBoundary(filters.createdFrom, false);
  const to = dayBoundary(filters.createdTo, true);
  return from !== undefined && to !== undefined && from > to ? 'dates-reversed' : undefined;
}

/** The language a catalog item's tasks deliver in: the target of a translation or dubbing, else the source. */
export function itemLanguage(item: VendorCatalogItem): string | undefined {
  return item.targetLanguage ?? item.sourceLanguage;
}

/** The filters that the server knows only as catalog item ids. */
export function filtersByCatalog(filters: AccountFilters): boolean {
  return !!(filters.feature || filters.language || filters.turnaround);
}

/**
 * The server filter for the account view, or undefined when nothing can match (no catalog item enabled offers
 * that service, language and turnaround). The server has no filter by service feature, language or turnaround:
 * they become the ids of the catalog items that have them.
 */
export function serverFilter(
  filters: AccountFilters,
  catalog: ReadonlyMap<number, VendorCatalogItem>,
): TaskFilter | undefined {
  let catalogItemIdIn: number[] | undefined;
  if (filtersByCatalog(filters)) {
    catalogItemIdIn = [...catalog.values()]
      .filter(
        (item) =>
          (!filters.catalogItemId || item.id === filters.catalogItemId) &&
          (!filters.feature || item.serviceFeature === filters.feature) &&
          (!filters.language || itemLanguage(item) === filters.language) &&
          (!filters.turnaround || item.turnAroundTime === filters.turnaround),
      )
      .map((item) => item.id);
    if (catalogItemIdIn.length === 0) return undefined;
  } else if (filters.catalogItemId) catalogItemIdIn = [filters.catalogItemId];
  const statusIn = STATUS_GROUPS[filters.status];
  const createdFrom = dayBoundary(filters.createdFrom, false);
  const createdTo = dayBoundary(filters.createdTo, true);
  return {
    ...(statusIn ? { statusIn } : {}),
    ...(catalogItemIdIn ? { catalogItemIdIn } : {}),
    ...(filters.profileId ? { reachProfileIdIn: [filters.profileId] } : {}),
    ...(createdFrom === undefined ? {} : { createdAtGreaterThanOrEqual: createdFrom }),
    ...(createdTo === undefined ? {} : { createdAtLessThanOrEqual: createdTo }),
    ...(filters.text.trim() ? { freeText: filters.text.trim() } : {}),
    orderBy: filters.sort,
  };
}
