// The account view's counts of what needs attention, asked with its first page and again when a task changes status
// (the chips that show them are drawn by status-chips.ts, in the account view's part).
import type { EntryVendorTask, ListResponse } from '../../reach/schemas.js';
import { listTasks, type TaskFilter } from '../../reach/tasks.js';
import type { ReachSession } from '../../state/session.js';
import { STATUS_GROUPS, type StatusGroup } from './task-query.js';

/** The statuses that need someone's attention, counted above the account list. */
export const CHIP_GROUPS = ['moderation', 'failed', 'active'] as const satisfies readonly StatusGroup[];
export type ChipGroup = (typeof CHIP_GROUPS)[number];
export type StatusCounts = ReadonlyMap<ChipGroup, number>;

/**
 * How many tasks of each chip's status match `filter` (its own status left out): pages of one task, for
 * their totalCount, asked in one tick so that the client sends them in one multirequest.
 */
export async function countStatuses(
  session: ReachSession,
  filter: TaskFilter,
  signal: AbortSignal,
): Promise<StatusCounts> {
  const answers: Promise<ListResponse<EntryVendorTask>>[] = CHIP_GROUPS.map((group) =>
    session.call(listTasks({ ...filter, statusIn: STATUS_GROUPS[group] }, { pageSize: 1 }), { signal }),
  );
  const totals = await Promise.all(answers);
  return new Map(CHIP_GROUPS.map((group, index) => [group, totals[index]!.totalCount]));
}
