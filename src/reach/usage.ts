import type { ApiCall } from '../api/client.js';
import { EntryVendorTaskCreationMode, EntryVendorTaskStatus } from './enums.js';
import type { EntryVendorTask, ListResponse, ReachProfile } from './schemas.js';
import { listTasks } from './tasks.js';
import { creditState, type CreditState } from './pricing.js';

// ---------------------------------------------------------------------------------------------
// Reading every task of a period

/**
 * Where the next page of tasks starts. Kaltura's task list refuses an offset past 10,000
 * (QUERY_EXCEEDED_MAX_MATCHES_ALLOWED, kaltura-rules §5.4), so the pages move a `createdAt` cursor in
 * `+createdAt` order instead: each page starts at the newest `createdAt` seen, `pageIndex` grows only
 * while a whole page shares one second, and the tasks of that second read twice are dropped by id.
 */
export interface TaskCursor {
  readonly since: number;
  readonly pageIndex: number;
}

export function usagePageCall(cursor: TaskCursor, pageSize: number): ApiCall<ListResponse<EntryVendorTask>> {
  return listTasks(
    { createdAtGreaterThanOrEqual: cursor.since, orderBy: '+createdAt' },
    { pageSize, pageIndex: cursor.pageIndex },
  );
}

/** The cursor after `page` (read at `cursor` with `pageSize`), or undefined when the period is read. */
export function nextCursor(
  cursor: TaskCursor,
  page: readonly EntryVendorTask[],
  pageSize: number,
): TaskCursor | undefined {
  if (page.length < pageSize) return undefined;
  const last = page[page.length - 1]!.createdAt;
  return last === cursor.since ? { since: last, pageIndex: cursor.pageIndex + 1 } : { since: last, pageIndex: 1 };
}

// ---------------------------------------------------------------------------------------------
// What the tasks spent

/**
 * Who ordered a task. `creationMode` 1 is an order through the API; 2 is automatic: a profile rule
 * that fired on a category sets the category id as `context` (kaltura-rules §4.8); a rule without a
 * condition and an agent set none, so those two cannot be told apart from the task.
 */
export type TaskOrigin = 'manual' | 'category-rule' | 'automatic';

export function taskOrigin(task: EntryVendorTask): TaskOrigin {
  if (task.creationMode !== EntryVendorTaskCreationMode.AUTOMATIC) return 'manual';
  return task.context ? 'category-rule' : 'automatic';
}

/**
 * A task charges its price while it is not refunded: ERROR refunds it, and a task awaiting approval is not charged
 * yet (kaltura-rules §4.4).
 */
export function spentBy(task: EntryVendorTask): number {
  if (task.status === EntryVendorTaskStatus.ERROR || task.status === EntryVendorTaskStatus.PENDING_MODERATION) return 0;
  return task.price ?? 0;
}

export type UsageBucket = 'month' | 'week';

/** The UTC month (`2026-12`) or ISO-like week start (`2026-11-30`, a Monday) a unix time falls in. */
export function bucketOf(unixSeconds: number, bucket: UsageBucket): string {
  const date = new Date(unixSeconds * 1000);
  if (bucket === 'month') return date.toISOString().slice(0, 7);
  const monday = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - ((date.getUTCDay() + 6) % 7)),
  );
  return monday.toISOString().slice(0, 10);
}

export interface SpendRow {
  readonly key: string;
  readonly tasks: number;
  readonly spent: number;
}

/** Tasks and spend grouped by `keyOf`, largest spend first (ties by key). */
export function spendBy(tasks: readonly EntryVendorTask[], keyOf: (task: EntryVendorTask) => string): SpendRow[] {
  const rows = new Map<string, { tasks: number; spent: number }>();
  for (const task of tasks) {
    const row = rows.get(keyOf(task)) ?? { tasks: 0, spent: 0 };
    row.tasks += 1;
    row.spent += spentBy(task);
    rows.set(keyOf(task), row);
  }
  return [...rows]
    .map(([key, row]) => ({ key, ...row }))
    .sort((a, b) => b.spent - a.spent || a.key.localeCompare(b.key));
}

// ---------------------------------------------------------------------------------------------
// How fast a profile's credit goes

export interface CreditOutlook {
  readonly state: CreditState;
  /** Credit used per day since the period started; undefined when it cannot be told (no start, unlimited, nothing used). */
  readonly perDay: number | undefined;
  /** When the credit runs out at that rate; undefined when it does not within the period, or cannot be told. */
  readonly runsOutAt: number | undefined;
}

export function creditOutlook(profile: ReachProfile, nowSeconds: number): CreditOutlook {
  const state = creditState(profile, nowSeconds);
  const elapsed = state.fromDate === undefined ? 0 : nowSeconds - state.fromDate;
  if (state.unlimited || !state.active || elapsed <= 0 || state.used <= 0)
    return { state, perDay: undefined, runsOutAt: undefined };
  const perSecond = state.used / elapsed;
  const runsOutAt = nowSeconds + Math.max(0, state.remaining) / perSecond;
  return {
    state,
    perDay: perSecond * 86_400,
    runsOutAt: state.toDate !== undefined && runsOutAt > state.toDate ? undefined : Math.floor(runsOutAt),
  };
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * One CSV line (RFC 4180). A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
 * is prefixed with `'`; numbers are written as they are.
 */
export function csvLine(cells: readonly (string | number)[]): string {
  return cells
    .map((cell) => {
      if (typeof cell === 'number') return String(cell);
      const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
      return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
    })
    .join(',');
}
