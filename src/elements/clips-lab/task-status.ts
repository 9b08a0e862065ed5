import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { EntryVendorTaskStatus, VendorServiceTurnAroundTime, isFinalTaskStatus } from '../../reach/enums.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { formatRelative } from '../shared/format.js';
import { statusLabel } from '../shared/labels.js';
import { endedReason } from './clip-text.js';

export interface TaskStatusView {
  /** The newest clips task of the entry. */
  task: EntryVendorTask | undefined;
  /** The server's time now. */
  now: number;
  mayEdit: boolean;
}

/** The newest clips task while it is under way, or why it ended without clips; nothing once it is READY. */
export function renderTaskStatus({ task, now, mayEdit }: TaskStatusView) {
  if (!task || task.status === EntryVendorTaskStatus.READY) return nothing;
  const inProgress = !isFinalTaskStatus(task.status);
  const reason = endedReason(task);
  return html`<div id="task-status" tabindex="-1" class="task-status ${inProgress ? '' : 'notice'} ${reason ? 'error' : ''}" part="task-status">
    <p>
      <strong>${msg(str`AI clips: ${statusLabel(task.status)}`)}</strong>
      ${inProgress
        ? html`<span class="muted"
            >${msg(str`Ordered ${formatRelative(task.createdAt, now)}.`)}
            ${task.expectedFinishTime && task.expectedFinishTime > now && task.turnAroundTime !== VendorServiceTurnAroundTime.BEST_EFFORT
              ? msg(str`Expected ${formatRelative(task.expectedFinishTime, now)}.`)
              : nothing}</span
          >`
        : nothing}
    </p>
    ${inProgress
      ? html`<progress aria-label=${msg('Generating clips')}></progress>
          <p class="muted">${msg('The clips appear here when they are ready. You may leave this page meanwhile.')}</p>`
      : nothing}
    ${reason
      ? html`<p>${reason}</p>
          <p>${mayEdit ? msg('Nothing was charged for it. You can order again.') : msg('Nothing was charged for it.')}</p>`
      : nothing}
  </div>`;
}
