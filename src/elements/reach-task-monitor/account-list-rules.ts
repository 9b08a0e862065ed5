// What the account list may hold (account-view.ts): how far Kaltura pages, and which tasks loaded or ordered
// elsewhere on the page belong in it.
import type { EntryVendorTask } from '../../reach/schemas.js';
import type { TaskFilter } from '../../reach/tasks.js';
import { CreationModeChoice, type AccountFilters } from './task-query.js';

/** No offset at or beyond 10,000 (QUERY_EXCEEDED_MAX_MATCHES_ALLOWED). */
const MAX_MATCHES = 10_000;

/** The last page index the server will answer for this page size. */
export function lastReachablePage(pageSize: number): number {
  return Math.ceil(MAX_MATCHES / pageSize);
}

/** Creation mode has no server filter: it is applied to what is loaded. */
export function matchesCreationMode(task: EntryVendorTask, filters: AccountFilters): boolean {
  const mode = task.creationMode ?? CreationModeChoice.MANUAL;
  if (filters.creationMode === CreationModeChoice.RULE) return mode === CreationModeChoice.AUTOMATIC && !!task.context;
  return !filters.creationMode || mode === filters.creationMode;
}

/**
 * Whether a task that appeared elsewhere on the page (a new order) belongs in the loaded list: checks what
 * can be checked here; with a text search the server's answer is needed, so it waits for a reload.
 */
export function matchesLocally(task: EntryVendorTask, filter: TaskFilter, filters: AccountFilters): boolean {
  if (filter.freeText) return false;
  if (filter.statusIn && !filter.statusIn.includes(task.status)) return false;
  if (filter.catalogItemIdIn && !filter.catalogItemIdIn.includes(task.catalogItemId)) return false;
  if (filter.reachProfileIdIn && !filter.reachProfileIdIn.includes(task.reachProfileId ?? -1)) return false;
  if (filter.createdAtGreaterThanOrEqual !== undefined && task.createdAt < filter.createdAtGreaterThanOrEqual)
    return false;
  if (filter.createdAtLessThanOrEqual !== undefined && task.createdAt > filter.createdAtLessThanOrEqual) return false;
  return matchesCreationMode(task, filters);
}
