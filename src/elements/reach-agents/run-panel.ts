import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Preflight, PlannedEntry, StepSkip } from '../../agents/preflight.js';
import {
  blockingTaskText,
  creditsText,
  entryRefusalText,
  freeText,
  inputRefusalText,
  priceText,
  profilesHiddenText,
} from '../shared/order-text.js';
import { renderMediaPicker, selectedCountText } from '../shared/media-picker/media-picker.js';
import type { MediaPickerController } from '../shared/media-picker/media-picker-controller.js';
import { actionText, nounWords, type Noun } from './agent-text.js';
import type { PreflightController } from './preflight-controller.js';
import type { MediaEntry, VendorCatalogItem } from '../../reach/schemas.js';

export interface RunPanelView {
  noun: Noun;
  agentName: string;
  picker: MediaPickerController;
  preflight: PreflightController;
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  busy: boolean;
  errorText: string | undefined;
  cancel: () => void;
  runNow: () => void;
}

/** Run → choose media → see what it would order → Run now. */
export function renderRunPanel(view: RunPanelView): TemplateResult {
  const words = nounWords(view.noun);
  const count = view.picker.selected.length;
  return html`<div class="run-panel">
    <h2 id="run-title" tabindex="-1">${words.runTitle}</h2>
    <p class="muted"><bdi>${view.agentName}</bdi></p>
    ${renderMediaPicker({ picker: view.picker, label: msg('Media to run on'), idPrefix: 'pick' })} ${renderPreflight(view)}
    ${view.errorText ? html`<p class="notice error" role="alert">${view.errorText}</p>` : nothing}
    <div class="run-bar" part="run-bar">
      <span class="run-count">${selectedCountText(count)}</span>
      <button type="button" @click=${view.cancel}>${msg('Cancel')}</button>
      <button type="button" class="primary" ?disabled=${count === 0 || view.busy} @click=${view.runNow}>${msg('Run now')}</button>
    </div>
  </div>`;
}

function renderPreflight(view: RunPanelView): TemplateResult | typeof nothing {
  const load = view.preflight.load;
  if (load.kind === 'idle') return nothing;
  if (load.kind === 'error')
    return html`<p class="notice error">${msg('What the run would order could not be worked out.')} ${load.error.message}</p>`;
  const plan = load.kind === 'ready' ? load.plan : load.shown;
  if (!plan) return html`<p class="muted">${msg('Working out what the run would order…')}</p>`;
  return html`<section class="preflight" part="preflight" aria-labelledby="preflight-title" aria-busy=${load.kind === 'loading' ? 'true' : 'false'}>
    <h3 id="preflight-title">${msg('What this run would order')}</h3>
    <ul class="preflight-entries">
      ${plan.entries.map((planned) => renderPlannedEntry(view, planned))}
    </ul>
    ${renderTotals(plan)}
  </section>`;
}

function renderPlannedEntry(view: RunPanelView, planned: PlannedEntry): TemplateResult {
  return html`<li class="preflight-entry ${planned.skipped ? 'skipped' : ''}">
    <p class="preflight-name">
      <bdi>${planned.entry.name || planned.entry.id}</bdi>
      ${planned.skipped ? html`<span class="pill inactive">${msg('Would be skipped')}</span>` : nothing}
    </p>
    <ul class="preflight-steps">
      ${planned.steps.map(
        (step) => html`<li>
          <span>${actionText(step.action, view.catalog)}</span>
          ${
            step.skip
              ? html`<span class="skip-reason">${msg('Skipped')}: ${skipText(step.skip, planned.entry, step.item)}</span>`
              : html`<span class="price">${step.price ? priceText(step.price) : freeText()}</span>`
          }
        </li>`,
      )}
    </ul>
  </li>`;
}

function renderTotals(plan: Preflight): TemplateResult | typeof nothing {
  if (!plan.totals) return html`<p class="total">${profilesHiddenText()}</p>`;
  if (plan.totals.length === 0)
    return html`<p class="total">${msg('Nothing in this run is charged when ordered.')}</p>`;
  return html`${plan.totals.map(
    (total) => html`<p class="total ${total.exceeds ? 'error' : ''}">
      ${
        total.credit.unlimited
          ? msg(
              str`Total ${creditsText(total.total)}, charged to ${total.profile.name ?? total.profile.id} (unlimited credit).`,
            )
          : msg(
              str`Total ${creditsText(total.total)}; ${creditsText(Math.max(0, total.credit.remaining))} left on ${total.profile.name ?? total.profile.id}.`,
              { desc: 'What a run of an agent costs and the credit left on the profile it is charged to.' },
            )
      }
      ${total.exceeds ? html`<strong>${msg('Not enough credit: some steps would fail.')}</strong>` : nothing}
    </p>`,
  )}`;
}

/** Why a step would be skipped, in a sentence. */
function skipText(skip: StepSkip, entry: MediaEntry, item: VendorCatalogItem | undefined): string {
  switch (skip.reason) {
    case 'duplicate':
      return blockingTaskText(skip.task);
    case 'no-catalog-item':
      return msg('This service is not enabled for the account any more.');
    case 'no-profile':
      return msg('The REACH profile of this action is not active.');
    case 'needs-source-captions':
    case 'needs-transcript':
      return inputRefusalText(skip.reason, item!);
    default:
      return entryRefusalText(skip.reason, entry, item!);
  }
}
