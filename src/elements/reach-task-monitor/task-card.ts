import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { EntryVendorTaskCreationMode, EntryVendorTaskStatus, isFinalTaskStatus } from '../../reach/enums.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { taskProgress, type TaskAction } from '../../reach/task-rules.js';
import type { TaskOutputKind } from '../../reach/task-output-kind.js';
import { featureLabel, fidelityLabel, statusLabel, turnaroundLabel } from '../shared/labels.js';
import { formatDate, formatPercent, formatRelative } from '../shared/format.js';
import { costText } from '../shared/order-text.js';
import { taskLanguages } from '../shared/task-labels.js';
import type { KeyedTask } from './keyed-tasks.js';
import type { Quote } from './quote.js';
import type { ActionState } from './task-actions-controller.js';
import type * as CardParts from './card-parts.js';
import type { OutputView } from './task-output-data.js';
import { actionLabel, forTask, orderedBy, outputLabel } from './task-words.js';

/** Everything one task's card shows, and what its buttons do. */
export interface TaskCardView {
  task: EntryVendorTask;
  item: VendorCatalogItem | undefined;
  title: string;
  /** The entry's name, shown in the account view's detail pane. */
  entryName: string | undefined;
  /** The server's time now (unix seconds). */
  now: number;
  /** The name of the task's REACH profile, when the session may list profiles. */
  profileName: string | undefined;
  /** The session may not approve: an order waiting for moderation says who must. */
  awaitsAdministrator: boolean;
  actions: readonly TaskAction[];
  state: ActionState;
  /** The price and credit check of ordering again, once asked. */
  quote: KeyedTask<Quote> | undefined;
  /** What kind of result the task has, once ready. */
  outputKind: TaskOutputKind | undefined;
  outputShown: boolean;
  outputView: KeyedTask<OutputView> | undefined;
  /** Where "Review the clips" links to, if anywhere. */
  clipsHref: string | undefined;
  expanded: boolean;
  toggleAction: (action: TaskAction) => void;
  confirm: (action: TaskAction) => void;
  keep: (action: TaskAction) => void;
  reason: (text: string) => void;
  checkAgain: () => void;
  toggleOutput: () => void;
  toggleDetails: () => void;
  /** Draws with the card's parts loaded on first use (card-parts.ts): "Loading…" until they have come. */
  withParts: (render: (parts: typeof CardParts) => TemplateResult) => TemplateResult;
  /** Starts loading the card's parts on intent (pointing at or focusing a button that opens one). */
  wantParts: () => void;
}

/** One task: what it is and where it stands, its actions and result; the facts behind "Details". */
export function renderTaskCard(view: TaskCardView): TemplateResult {
  const { task, item, title, state } = view;
  const { confirming } = state;
  const showReason =
    task.errDescription &&
    (task.status === EntryVendorTaskStatus.ERROR ||
      task.status === EntryVendorTaskStatus.REJECTED ||
      task.status === EntryVendorTaskStatus.ABORTED);
  return html`<article class="task status-${task.status}" part="task" data-id=${task.id} aria-labelledby=${`task-${task.id}`}>
    <div class="task-head">
      <h3 id=${`task-${task.id}`} class="title" tabindex="-1">${title}</h3>
      <span class="badge" part="status">${statusLabel(task.status)}</span>
    </div>
    ${view.entryName ? html`<p class="entry">${view.entryName}</p>` : nothing}
    ${renderMeta(task, item)}
    ${renderProgress(task, title, view.now)}
    ${
      showReason
        ? html`<p class="error reason">
          ${task.status === EntryVendorTaskStatus.ERROR ? msg(html`Error: <bdi>${task.errDescription}</bdi>`) : msg(html`Reason: <bdi>${task.errDescription}</bdi>`)}
        </p>`
        : nothing
    }
    ${task.status === EntryVendorTaskStatus.PENDING_MODERATION ? renderApproval(view) : nothing}
    ${
      task.status === EntryVendorTaskStatus.PENDING_MODERATION && view.awaitsAdministrator
        ? html`<p class="muted">${msg('A REACH administrator has to approve this order before the vendor starts.')}</p>`
        : nothing
    }
    ${renderToolbar(view)}
    ${confirming ? view.withParts((parts) => parts.renderConfirm(view, confirming)) : nothing}
    ${state.error ? html`<p class="error outcome" role="alert" tabindex="-1">${msg(html`The server refused: <bdi>${state.error}</bdi>`)}</p>` : nothing}
    ${state.note ? html`<p class="notice outcome" role="status" tabindex="-1">${state.note}</p>` : nothing}
    ${
      state.unknownOrder
        ? html`<p><button part="button" aria-disabled=${state.busy ? 'true' : 'false'} @click=${view.checkAgain}>${state.busy ? msg('Checking…') : msg('Check again')}</button></p>`
        : nothing
    }
    ${
      view.outputKind && view.outputShown
        ? view.withParts((parts) => parts.renderOutputPanel(task, view.outputView, view.clipsHref))
        : nothing
    }
    ${view.expanded ? html`<div id=${`details-${task.id}`} class="details">${renderFacts(task, item)}</div>` : nothing}
  </article>`;
}

function renderMeta(task: EntryVendorTask, item: VendorCatalogItem | undefined) {
  const languages = taskLanguages(task, item);
  const ordered = msg(html`<span class="visually-hidden">Ordered</span> ${formatDate(task.createdAt, true)}`, {
    id: 'monitor.ordered-on',
    desc: 'When a task was ordered: a date and time; the word before it is heard by screen readers only.',
  });
  return html`<p class="meta">
    <span>${item?.name ?? featureLabel(task.serviceFeature ?? 0)}</span>
    <span>${fidelityLabel(task.serviceType)}</span>
    ${languages ? html`<span>${languages}</span>` : nothing}
    <span>${ordered}</span>
  </p>`;
}

function renderProgress(task: EntryVendorTask, title: string, now: number) {
  const progress = isFinalTaskStatus(task.status) ? undefined : taskProgress(task, now);
  if (progress === undefined || task.expectedFinishTime === undefined) {
    if (task.status === EntryVendorTaskStatus.READY && task.finishTime)
      return html`<p class="muted">${msg(str`Finished ${formatDate(task.finishTime, true)}`)}</p>`;
    return nothing;
  }
  const due = task.expectedFinishTime;
  const dueText =
    due > now
      ? msg(str`Expected ${formatRelative(due, now)} (${formatDate(due, true)})`)
      : msg(str`Expected ${formatDate(due, true)}: running late`);
  return html`<div class="progress">
    <progress part="progress" max="100" value=${Math.round(progress * 100)} aria-label=${msg(str`${title}: progress`)}></progress>
    <span class="muted">${dueText}</span>
  </div>`;
}

/** What an approver decides on: who asked, what it costs, and whose credit pays. */
function renderApproval({ task, item, profileName }: TaskCardView) {
  return html`<dl class="facts approval">
    <div><dt>${msg('Requested by')}</dt><dd>${orderedBy(task, profileName)}</dd></div>
    <div><dt>${msg('Price')}</dt><dd>${priceText(task, item)}</dd></div>
    ${profileName ? html`<div><dt>${msg('Profile')}</dt><dd><bdi>${profileName}</bdi></dd></div>` : nothing}
  </dl>`;
}

function priceText(task: EntryVendorTask, item: VendorCatalogItem | undefined): string {
  return item?.payPerUse && !isFinalTaskStatus(task.status) ? msg('Priced when done') : costText(task.price ?? 0);
}

function renderFacts(task: EntryVendorTask, item: VendorCatalogItem | undefined) {
  const who = task.userId || msg('an administrator');
  const how =
    task.creationMode === EntryVendorTaskCreationMode.AUTOMATIC
      ? task.context
        ? msg(html`Automatically, by a rule for category <bdi>${task.context}</bdi>`)
        : msg('Automatically, by a rule or an agent')
      : msg(html`Manually, by <bdi>${who}</bdi>`);
  const price = priceText(task, item);
  return html`<dl class="facts">
    <div><dt>${msg('Price')}</dt><dd>${price}</dd></div>
    ${task.accuracy !== undefined ? html`<div><dt>${msg('Accuracy')}</dt><dd>${formatPercent(task.accuracy)}</dd></div>` : nothing}
    <div><dt>${msg('Turnaround')}</dt><dd>${turnaroundLabel(task.turnAroundTime ?? item?.turnAroundTime)}</dd></div>
    <div><dt>${msg('Ordered', { id: 'monitor.fact-ordered', desc: 'In the details of a task: the label before how (manually, by whom, or automatically) it was ordered.' })}</dt><dd>${how}</dd></div>
    ${task.moderatingUser ? html`<div><dt>${msg('Moderated by')}</dt><dd>${task.moderatingUser}</dd></div>` : nothing}
    ${task.notes ? html`<div><dt>${msg('Notes')}</dt><dd>${task.notes}</dd></div>` : nothing}
    <div><dt>${msg('Task')}</dt><dd>${task.id}</dd></div>
  </dl>`;
}

/**
 * Each action has a place of its own among the buttons, in the order the server's rules give them
 * (allowedTaskActions): a button never turns into another action's (its colours would pass through each other's).
 */
const ACTION_ORDER: readonly TaskAction[] = ['approve', 'reject', 'abort', 'resubmit'];

/** The task's buttons: its allowed actions, its result, and its details. */
function renderToolbar({
  task,
  title,
  state,
  actions,
  outputKind,
  outputShown,
  expanded,
  toggleAction,
  toggleOutput,
  toggleDetails,
  wantParts,
}: TaskCardView) {
  const blocked = (action: TaskAction) => state.busy !== undefined || (action === 'resubmit' && !!state.unknownOrder);
  return html`<div class="actions" part="actions">
    ${ACTION_ORDER.map((action) =>
      actions.includes(action)
        ? html`<button
            part="button"
            class=${action === 'approve' ? 'primary' : action === 'abort' || action === 'reject' ? 'danger' : ''}
            data-action=${action}
            aria-disabled=${blocked(action) ? 'true' : 'false'}
            aria-expanded=${state.confirming === action ? 'true' : 'false'}
            @click=${() => toggleAction(action)}
            @pointerenter=${wantParts}
            @focusin=${wantParts}
          >
            ${forTask(actionLabel(action), title)}
          </button>`
        : nothing,
    )}
    ${
      outputKind
        ? html`<button
            part="button"
            aria-expanded=${outputShown ? 'true' : 'false'}
            aria-controls=${`output-${task.id}`}
            @click=${toggleOutput}
            @pointerenter=${wantParts}
            @focusin=${wantParts}
          >
            ${forTask(outputLabel(outputKind), title)}
          </button>`
        : nothing
    }
    <button part="button" class="toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${`details-${task.id}`} @click=${toggleDetails}>
      ${forTask(msg('Details'), title)}
    </button>
  </div>`;
}
