import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { formatCount } from '../shared/format.js';
import { CHIP_GROUPS, type StatusCounts } from './status-counts.js';
import type { StatusGroup } from './task-query.js';

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
