import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { EntryVendorTask, ListResponse } from '../../reach/schemas.js';
import { listTasks, type TaskFilter } from '../../reach/tasks.js';
import type { ReachSession } from '../../state/session.js';
import { formatCount } from '../shared/format.js';
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

export interface StatusChipsView {
  counts: StatusCounts | undefined;
  /** The status group applied now. */
  current: StatusGroup;
  choose: (group: StatusGroup) => void;
}

/** Toggle buttons with counts: one press filters the list by that status, a second press shows every status again. */
export function renderStatusChips({ counts, current, choose }: StatusChipsView) {
  if (!counts) return nothing;
  return html`<div class="chips" part="chips" role="group" aria-label=${msg('Show tasks by status')}>
    ${CHIP_GROUPS.map((group) => {
      const pressed = current === group;
      const count = counts.get(group) ?? 0;
      return html`<button
        part="button chip"
        class="chip chip-${group}"
        data-group=${group}
        aria-pressed=${pressed ? 'true' : 'false'}
        @click=${() => choose(pressed ? 'any' : group)}
      >
        ${statusGroupLabel(group)} <span class="count">${formatCount(count)}</span>
      </button>`;
    })}
  </div>`;
}

/** A status group's name, on its chip and in the filter form. */
export function statusGroupLabel(group: StatusGroup): string {
  switch (group) {
    case 'any':
      return msg('Any status');
    case 'active':
      return msg('In progress');
    case 'moderation':
      return msg('Awaiting approval', {
        id: 'status-filter.moderation',
        desc: 'Option of the status filter: the tasks that wait for an administrator to approve them.',
      });
    case 'ready':
      return msg('Ready', {
        id: 'status-filter.ready',
        desc: 'Option of the status filter: the tasks that were delivered.',
      });
    case 'failed':
      return msg('Failed', { id: 'status-filter.failed', desc: 'Option of the status filter: the tasks that failed.' });
    case 'rejected':
      return msg('Rejected', {
        id: 'status-filter.rejected',
        desc: 'Option of the status filter: the tasks an administrator rejected.',
      });
  }
}
