import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { TriggerSystemName, type Execution, type ExecutionStatus, type ExecutionStep } from '../../agents/schemas.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from '../../reach/schemas.js';
import { thumbnailSrc } from '../../reach/safe-url.js';
import { formatDate, formatRelative } from '../shared/format.js';
import { statusLabel } from '../shared/labels.js';
import { actionText, agentsErrorText, executionStatusLabel, nounWords, type Noun } from './agent-text.js';
import type { ActivityController } from './activity-controller.js';

const STATUSES: readonly ExecutionStatus[] = ['Pending', 'Running', 'Succeeded', 'Failed', 'Skipped'];

export interface ActivityView {
  noun: Noun;
  activity: ActivityController;
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  task: (id: string) => EntryVendorTask | undefined;
  now: number;
  /** Only on-demand agents can be run again by hand. */
  canRunAgain: boolean;
  busy: boolean;
  filter: (status: ExecutionStatus | '') => void;
  runAgain: (entryIds: string[]) => void;
  retry: () => void;
}

export function renderActivity(view: ActivityView): TemplateResult {
  const { activity } = view;
  const failed = [
    ...new Set(
      activity.executions
        .filter((execution) => execution.status === 'Failed')
        .map((execution) => execution.entryId ?? ''),
    ),
  ].filter(Boolean);
  return html`<div class="activity">
    <div class="activity-toolbar">
      <label class="small-field">
        <span>${msg('Status')}</span>
        <select @change=${(event: Event) => view.filter((event.target as HTMLSelectElement).value as ExecutionStatus | '')}>
          <option value="" ?selected=${activity.status === ''}>${msg('All runs')}</option>
          ${STATUSES.map((status) => html`<option value=${status} ?selected=${activity.status === status}>${executionStatusLabel(status)}</option>`)}
        </select>
      </label>
      ${
        view.canRunAgain && failed.length > 0
          ? html`<button type="button" ?disabled=${view.busy} @click=${() => view.runAgain(failed)}>${msg('Run again for the failed ones')}</button>`
          : nothing
      }
    </div>
    ${renderExecutions(view)}
  </div>`;
}

function renderExecutions(view: ActivityView): TemplateResult {
  const { activity } = view;
  const load = activity.load;
  if (load.kind === 'error') {
    return html`<div class="notice error" role="alert">
      <p>${agentsErrorText(load.error, view.noun)}</p>
      <button type="button" @click=${view.retry}>${msg('Try again')}</button>
    </div>`;
  }
  if (load.kind === 'loading' && activity.executions.length === 0)
    return html`<p class="muted">${msg('Loading activity…')}</p>`;
  if (activity.executions.length === 0) {
    return html`<div class="empty-state small"><p>${activity.status ? msg('No runs with this status.') : nounWords(view.noun).noActivity}</p></div>`;
  }
  return html`<ul class="executions" part="executions" aria-label=${msg('Runs')}>
    ${activity.executions.map((execution) => renderExecution(view, execution))}
  </ul>`;
}

function renderExecution(view: ActivityView, execution: Execution): TemplateResult {
  const entry: MediaEntry | undefined = execution.entryId ? view.activity.entries.get(execution.entryId) : undefined;
  const name = entry?.name || execution.entryId || msg('Unknown entry');
  const thumbnail = thumbnailSrc(entry?.thumbnailUrl, 160, 90);
  return html`<li class="execution" part="execution" aria-labelledby="run-${execution.id}">
    ${thumbnail ? html`<img class="thumb" alt="" loading="lazy" src=${thumbnail} />` : html`<span class="thumb"></span>`}
    <div class="execution-body">
      <div class="execution-head">
        <h3 id="run-${execution.id}" class="execution-entry"><bdi>${name}</bdi></h3>
        <span class="pill run-${execution.status.toLowerCase()}">${executionStatusLabel(execution.status)}</span>
      </div>
      <p class="muted execution-meta">
        ${
          execution.createdAt !== undefined
            ? html`<span title=${formatDate(execution.createdAt, true)}>${msg(str`Started ${formatRelative(execution.createdAt, view.now)}`)}</span> · `
            : nothing
        }
        <span>${triggerNameText(execution.triggerSystemName)}</span>
      </p>
      <ol class="steps">
        ${execution.steps.map((step) => renderStep(view, step))}
      </ol>
      ${execution.traceId ? html`<p class="trace muted">${msg('Trace ID')} <code>${execution.traceId}</code></p>` : nothing}
    </div>
  </li>`;
}

function renderStep(view: ActivityView, step: ExecutionStep): TemplateResult {
  const task = step.entryVendorTaskId ? view.task(step.entryVendorTaskId) : undefined;
  return html`<li class="step step-${step.status.toLowerCase()}">
    <span class="step-name">${actionText({ type: step.type, catalog_item_id: step.catalogItemId }, view.catalog)}</span>
    <span class="step-status">${executionStatusLabel(step.status)}</span>
    ${task ? html`<span class="step-task muted">${msg('REACH task')}: ${statusLabel(task.status)}</span>` : nothing}
    ${step.errorMessage ? html`<span class="step-error"><bdi>${step.errorMessage}</bdi></span>` : nothing}
  </li>`;
}

/** What started a run. */
function triggerNameText(systemName: string | undefined): string {
  switch (systemName) {
    case TriggerSystemName.ENTRY_READY:
      return msg('Started by an upload');
    case TriggerSystemName.ENTRY_UPDATED:
      return msg('Started by a change to the entry');
    case TriggerSystemName.ENTRY_ADDED_TO_CATEGORY:
      return msg('Started by a category');
    case TriggerSystemName.RUN_ON_DEMAND:
      return msg('Run on demand', {
        id: 'execution-trigger.on-demand',
        desc: 'What started one run of an agent: someone ran it.',
      });
    default:
      return systemName ?? '';
  }
}
