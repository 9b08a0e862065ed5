import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { formatCount } from '../shared/format.js';
import { creditsText } from '../shared/order-text.js';
import { taskTitle } from '../shared/task-labels.js';
import type { BulkAction, BulkModerationController, BulkOutcome } from './bulk-moderation-controller.js';
import { actionLabel } from './task-words.js';

const BULK_ACTIONS: readonly BulkAction[] = ['approve', 'reject', 'abort'];

export interface BulkModerationView {
  bulk: BulkModerationController;
  /** How many tasks match the list's filter (as far as Kaltura lists them). */
  matching: number;
  /** The session may approve and reject (an administrator's); others may only cancel their own orders. */
  moderates: boolean;
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  entryName: (task: EntryVendorTask) => string;
  selectAll: () => void;
  open: (action: BulkAction | undefined) => void;
  run: (action: BulkAction) => void;
}

/**
 * Above the account list: how many are selected, "select all N matching", the actions on the selection, the
 * confirmation that says how many and what approving spends, and the outcome per task.
 */
export function renderBulkModeration(view: BulkModerationView) {
  const { bulk } = view;
  const count = bulk.selected.size;
  const offered = view.moderates ? BULK_ACTIONS : (['abort'] as const);
  const unavailable = new Set(offered.filter((action) => bulk.eligible(action).length === 0));
  const hint = view.moderates
    ? msg('Select tasks to approve, reject or cancel several at once.')
    : msg('Select tasks to cancel several at once.', {
        desc: 'Above the account list, for a session that may not approve or reject (a user session).',
      });
  return html`<div class="bulk" part="bulk" role="region" aria-label=${msg('Selected tasks')}>
    <p class="bulk-count" role="status">${count ? selectedText(count) : hint}</p>
    <div class="actions">
      ${
        view.matching > count
          ? html`<button part="button" ?disabled=${bulk.selectingAll} @click=${view.selectAll}>
            ${bulk.selectingAll ? msg('Selecting…') : selectAllText(view.matching)}
          </button>`
          : nothing
      }
      ${
        count
          ? html`${offered.map(
              (action) => html`<button
                part="button"
                class=${action === 'approve' ? 'primary' : 'danger'}
                data-bulk=${action}
                ?disabled=${unavailable.has(action)}
                aria-describedby=${unavailable.has(action) ? 'bulk-unavailable' : nothing}
                aria-expanded=${bulk.confirming === action ? 'true' : 'false'}
                aria-disabled=${bulk.busy ? 'true' : 'false'}
                @click=${() => !bulk.busy && view.open(bulk.confirming === action ? undefined : action)}
              >
                ${actionLabel(action)}
              </button>`,
            )}
            <button part="button" ?disabled=${bulk.busy} @click=${() => bulk.clear()}>${msg('Clear the selection')}</button>`
          : nothing
      }
    </div>
    ${count && unavailable.size ? html`<p id="bulk-unavailable" class="muted">${unavailableText(unavailable)}</p>` : nothing}
    ${bulk.confirming ? renderBulkConfirm(view, bulk.confirming) : nothing}
    ${bulk.outcome ? renderOutcome(view, bulk.outcome) : nothing}
  </div>`;
}

function renderBulkConfirm({ bulk, open, run }: BulkModerationView, action: BulkAction) {
  const tasks = bulk.eligible(action);
  const skipped = bulk.selected.size - tasks.length;
  const credit = tasks.reduce((sum, task) => sum + (task.price ?? 0), 0);
  return html`<form
    id="bulk-confirm"
    class="confirm box"
    aria-label=${actionLabel(action)}
    @submit=${(event: Event) => {
      event.preventDefault();
      if (tasks.length && !bulk.busy) run(action);
    }}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape' || bulk.busy) return;
      event.preventDefault();
      event.stopPropagation();
      open(undefined);
    }}
  >
    <p class="bulk-question">${bulkQuestion(action, tasks.length, credit)}</p>
    ${skipped ? html`<p class="muted">${skippedText(skipped)}</p>` : nothing}
    ${
      action === 'approve'
        ? nothing
        : html`<div class="field">
          <label for="bulk-reason">${msg('Reason for all of them (optional)')}</label>
          <textarea id="bulk-reason" rows="2" .value=${live(bulk.reason)} ?disabled=${bulk.busy} @input=${(event: Event) => (bulk.reason = (event.target as HTMLTextAreaElement).value)}></textarea>
        </div>`
    }
    <div class="form-actions">
      <button id="bulk-yes" part="button" type="submit" class=${action === 'approve' ? 'primary' : 'danger'} aria-disabled=${bulk.busy || !tasks.length ? 'true' : 'false'}>
        ${bulk.busy ? msg('Working…') : msg('Yes, go ahead')}
      </button>
      <button part="button" type="button" ?disabled=${bulk.busy} @click=${() => open(undefined)}>${msg('Keep as is')}</button>
    </div>
  </form>`;
}

function renderOutcome({ catalog, entryName }: BulkModerationView, outcome: BulkOutcome) {
  return html`<div id="bulk-outcome" class="bulk-outcome" tabindex="-1">
    <p role="status">${doneText(outcome.action, outcome.done)} ${outcome.failures.length ? failedText(outcome.failures.length) : nothing}</p>
    ${
      outcome.failures.length
        ? html`<ul class="failures">
          ${outcome.failures.map(
            ({ task, reason }) => html`<li data-id=${task.id}>
              ${taskTitle(task, catalog.get(task.catalogItemId))}, <bdi>${entryName(task)}</bdi>: <span class="error"><bdi>${reason}</bdi></span>
            </li>`,
          )}
        </ul>`
        : nothing
    }
  </div>`;
}

/** Why some actions are off for the selection: no selected task can take them now. */
function unavailableText(unavailable: ReadonlySet<BulkAction>): string {
  const sentences: string[] = [];
  if (unavailable.has('approve'))
    sentences.push(
      msg('None of the selected tasks awaits approval, so there is nothing to approve or reject.', {
        desc: 'Why the Approve and Reject buttons for the selected tasks are off.',
      }),
    );
  if (unavailable.has('abort'))
    sentences.push(
      msg(
        'None of the selected tasks can be cancelled: only orders that have not started can, and only by whoever placed them or an administrator.',
        {
          desc: 'Why the Cancel button for the selected tasks is off.',
        },
      ),
    );
  return sentences.join(' ');
}

function selectedText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('1 task selected.', {
      id: 'monitor.bulk-selected.one',
      desc: 'Above the account list: how many tasks are selected.',
    }),
    other: msg(str`${shown} tasks selected.`, {
      id: 'monitor.bulk-selected.other',
      desc: 'Above the account list: how many tasks are selected.',
    }),
  });
}

function selectAllText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('Select the 1 task matching these filters', {
      id: 'monitor.bulk-select-all.one',
      desc: 'Button that selects every task the filters match.',
    }),
    other: msg(str`Select all ${shown} tasks matching these filters`, {
      id: 'monitor.bulk-select-all.other',
      desc: 'Button that selects every task the filters match.',
    }),
  });
}

function skippedText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('1 selected task cannot take this action now; it is left as it is.', {
      id: 'monitor.bulk-skipped.one',
      desc: 'In the confirmation of an action on several tasks.',
    }),
    other: msg(str`${shown} selected tasks cannot take this action now; they are left as they are.`, {
      id: 'monitor.bulk-skipped.other',
      desc: 'In the confirmation of an action on several tasks.',
    }),
  });
}

function bulkQuestion(action: BulkAction, count: number, credit: number): string {
  const shown = formatCount(count);
  const spent = credit
    ? creditsText(credit)
    : msg('no credit', { desc: 'What approving free orders spends, inside "Approving spends …".' });
  switch (action) {
    case 'approve':
      return plural(count, {
        one: msg(str`Approve 1 order? Approving spends ${spent}.`, {
          id: 'monitor.bulk-approve-spends.one',
          desc: 'The confirmation of an action on several selected tasks.',
        }),
        other: msg(str`Approve ${shown} orders? Approving spends ${spent} in all.`, {
          id: 'monitor.bulk-approve-spends.other',
          desc: 'The confirmation of an action on several selected tasks.',
        }),
      });
    case 'reject':
      return plural(count, {
        one: msg('Reject 1 order? The requester sees your reason.', {
          id: 'monitor.bulk-reject.one',
          desc: 'The confirmation of an action on several selected tasks.',
        }),
        other: msg(str`Reject ${shown} orders? The requesters see your reason.`, {
          id: 'monitor.bulk-reject.other',
          desc: 'The confirmation of an action on several selected tasks.',
        }),
      });
    case 'abort':
      return plural(count, {
        one: msg('Cancel 1 order? Kaltura does not refund cancelled orders.', {
          id: 'monitor.bulk-abort.one',
          desc: 'The confirmation of an action on several selected tasks.',
        }),
        other: msg(str`Cancel ${shown} orders? Kaltura does not refund cancelled orders.`, {
          id: 'monitor.bulk-abort.other',
          desc: 'The confirmation of an action on several selected tasks.',
        }),
      });
  }
}

function doneText(action: BulkAction, count: number): string {
  const shown = formatCount(count);
  switch (action) {
    case 'approve':
      return msg(str`Approved: ${shown}.`);
    case 'reject':
      return msg(str`Rejected: ${shown}.`);
    case 'abort':
      return msg(str`Cancelled: ${shown}.`);
  }
}

function failedText(count: number): string {
  return msg(str`Not done: ${formatCount(count)}. Each one keeps its reason below.`);
}
