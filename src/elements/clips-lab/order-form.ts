import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { outputLanguageOptions } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import { isFinalTaskStatus } from '../../reach/enums.js';
import { entryRefusal, tasksCancelledByOrder } from '../../reach/order-rules.js';
import { creditState, estimatePrice } from '../../reach/pricing.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from '../../reach/schemas.js';
import { formatClock, formatCredit } from '../shared/format.js';
import { turnaroundLabel } from '../shared/labels.js';
import {
  blockingTaskText,
  cancelsOrderText,
  creditsText,
  creditVerdictText,
  entryRefusalText,
  isolate,
  priceText,
  profilesHiddenText,
  unitPriceText,
} from '../shared/order-text.js';
import type { ClipOrderController } from './clip-order-controller.js';
import { inputValue, selectValue } from './clip-text.js';

const INSTRUCTION_MAX_LENGTH = 1000;

export interface OrderView {
  source: MediaEntry;
  sourceSeconds: number;
  /** The account's AI clips services. */
  catalog: readonly VendorCatalogItem[];
  /** The entry's clips tasks, newest first. */
  tasks: readonly EntryVendorTask[];
  /** Clips exist: the form orders a new set ("Generate again"). */
  again: boolean;
  mayEdit: boolean;
  /** The server's time now. */
  now: number;
  order: ClipOrderController;
}

/** The order form, or why there is none: one order at a time, a refusal, or "Generate again" once clips exist. */
export function renderOrder(view: OrderView) {
  const { order, again, catalog, source, tasks } = view;
  // While a clips task is under way its status line stands in for the form: one order at a time.
  if (!view.mayEdit || (tasks[0] && !isFinalTaskStatus(tasks[0].status))) return nothing;
  const item = order.item;
  if (!item)
    return again
      ? nothing
      : html`<p class="notice" part="notice">${msg('AI clips are not enabled for this account.')}</p>`;
  const refusal = entryRefusal(source, item);
  if (refusal) return html`<p class="notice" part="notice">${entryRefusalText(refusal, source, item)}</p>`;
  const blocking = order.blockingTask(item);
  // No clips service can be ordered (again): say why rather than offer a form that cannot be sent.
  if (blocking && catalog.every((candidate) => order.blockingTask(candidate))) {
    const why =
      catalog.length > 1
        ? msg('Each AI clips service has already been ordered for this entry and cannot be ordered again.')
        : blockingTaskText(blocking);
    // Beside clips the user has, a remark; without any, the reason there is nothing to do here.
    return again ? html`<p class="muted">${why}</p>` : html`<p class="notice" part="notice">${why}</p>`;
  }
  if (again && !order.again) {
    return html`<div class="row">
      <button type="button" id="order-again" aria-describedby="order-again-hint" @click=${() => order.openAgain()}>${msg('Generate again')}</button>
      <span id="order-again-hint" class="hint">${msg('Order a new set of clips, with another length or instruction. The clips below stay.')}</span>
    </div>`;
  }
  return renderForm(view, item, blocking);
}

function renderForm(view: OrderView, item: VendorCatalogItem, blocking: EntryVendorTask | undefined) {
  const { order, again } = view;
  const cancels = tasksCancelledByOrder(item, view.tasks, order.sourceVersion);
  const profile = order.profile;
  const verdict = profile ? order.verdict(item, profile) : undefined;
  const verdictText = creditVerdictText(verdict);
  const cannotOrder = (!profile && !order.profilesHidden) || (verdict ?? 'ok') !== 'ok' || Boolean(blocking);
  return html`<form
    class="order"
    part="order"
    novalidate
    aria-labelledby="order-heading"
    @pointerenter=${order.prepare}
    @focusin=${order.prepare}
    @submit=${(event: Event) => order.submit(event)}
  >
    <h3 id="order-heading" tabindex="-1">
      ${again ? msg('Generate a new set of clips') : msg('Generate clips', { id: 'clips.order-heading', desc: 'Heading of the form that orders AI clips.' })}
    </h3>
    <p class="muted">${msg('The AI picks highlights from this entry and writes a title, description and tags for each.')}</p>
    <div class="order-fields">${renderChoices(view, item)} ${renderLength(view)}</div>
    ${renderInstruction(view)}
    ${order.profilesHidden ? html`<p class="notice" part="notice" id="profiles-hidden">${profilesHiddenText()}</p>` : renderPrice(view, item)}
    ${!profile && !order.profilesHidden ? html`<p class="notice error" part="notice">${msg('There is no active REACH profile to order with. Ask your administrator.')}</p>` : nothing}
    ${verdictText ? html`<p class="notice error" part="notice">${verdictText}</p>` : nothing}
    ${blocking ? html`<p class="notice" part="notice" id="order-blocked">${blockingTaskText(blocking)}</p>` : nothing}
    ${cancels.length > 0 ? html`<p class="notice" part="notice" id="order-cancels">${cancelsOrderText(cancels)}</p>` : nothing}
    ${
      order.problem
        ? html`<div class="notice error" part="notice" role="alert">
          <p>${order.problem.message}</p>
          ${
            order.problem.retry
              ? html`<button type="button" ?disabled=${order.ordering} @click=${() => order.checkAgain()}>${msg('Check again')}</button>`
              : nothing
          }
        </div>`
        : nothing
    }
    ${order.renderStepFailure()}
    <div class="actions">
      <button
        id="order-submit"
        class="primary"
        type="submit"
        aria-disabled=${cannotOrder || order.ordering || Boolean(order.problem?.retry) ? 'true' : 'false'}
        aria-describedby=${blocking ? 'order-blocked' : cancels.length > 0 ? 'order-cancels' : nothing}
      >
        ${order.ordering ? msg('Ordering…') : msg('Generate clips', { id: 'clips.order-button', desc: 'Button that orders AI clips.' })}
      </button>
      ${again ? html`<button type="button" @click=${() => order.closeAgain()}>${msg('Cancel')}</button>` : nothing}
    </div>
  </form>`;
}

/** Service and profile, when there is a choice, and the language of what the AI writes. */
function renderChoices({ catalog, order }: OrderView, item: VendorCatalogItem) {
  const profile = order.profile;
  return html`${
    catalog.length > 1
      ? html`<div class="field">
          <label for="clip-service">${msg('Service')}</label>
          <select id="clip-service" .value=${String(item.id)} @change=${(event: Event) => order.change({ itemId: Number(selectValue(event)) })}>
            ${catalog.map(
              (candidate) =>
                html`<option value=${candidate.id} ?selected=${candidate.id === item.id}>
                  ${msg(
                    str`${isolate(candidate.name ?? msg(str`Service ${candidate.id}`))} — ${turnaroundLabel(candidate.turnAroundTime)}`,
                    {
                      id: 'clips.service-option',
                      desc: 'An AI clips service to choose: its name (or number), then its turnaround.',
                    },
                  )}
                </option>`,
            )}
          </select>
        </div>`
      : nothing
  }
    ${
      order.profiles.length > 1
        ? html`<div class="field">
          <label for="clip-profile">${msg('REACH profile')}</label>
          <select id="clip-profile" @change=${(event: Event) => order.change({ profileId: Number(selectValue(event)) })}>
            ${order.profiles.map(
              (candidate) =>
                html`<option value=${candidate.id} ?selected=${candidate.id === profile?.id}>${candidate.name ?? msg(str`Profile ${candidate.id}`)}</option>`,
            )}
          </select>
        </div>`
        : nothing
    }
    <div class="field">
      <label for="clip-language">${msg('Language of titles and descriptions')}</label>
      <select id="clip-language" @change=${(event: Event) => order.change({ language: selectValue(event) })}>
        ${outputLanguageOptions(displayLocale()).map(
          (language) =>
            html`<option value=${language.value} ?selected=${language.value === order.form.language}>${language.label}</option>`,
        )}
      </select>
    </div>`;
}

function renderLength({ order, sourceSeconds }: OrderView) {
  return html`<div class="field">
    <label for="clip-length">${msg('Longest clip (seconds)')}</label>
    <input
      id="clip-length"
      type="number"
      inputmode="numeric"
      step="1"
      required
      .value=${order.form.maxSeconds}
      aria-invalid=${order.error ? 'true' : 'false'}
      aria-describedby="clip-length-hint ${order.error ? 'clip-length-error' : ''}"
      @input=${(event: Event) => order.change({ maxSeconds: inputValue(event) })}
    />
    <span id="clip-length-hint" class="hint">${msg(str`Whole seconds, up to the length of the entry (${formatClock(sourceSeconds)}).`)}</span>
    ${order.error ? html`<span id="clip-length-error" class="error">${order.error}</span>` : nothing}
  </div>`;
}

function renderInstruction({ order }: OrderView) {
  return html`<div class="field">
    <label for="clip-instruction">${msg('Instruction for the AI (optional)')}</label>
    <textarea
      id="clip-instruction"
      rows="2"
      maxlength=${INSTRUCTION_MAX_LENGTH}
      aria-describedby="clip-instruction-hint"
      .value=${order.form.instruction}
      @input=${(event: Event) => order.change({ instruction: inputValue(event) })}
    ></textarea>
    <span id="clip-instruction-hint" class="hint">${msg('For example: focus on the announcements; keep a formal tone.')}</span>
  </div>`;
}

function renderPrice({ order, sourceSeconds, now }: OrderView, item: VendorCatalogItem) {
  const estimate = estimatePrice(item, sourceSeconds * 1000);
  const credit = order.profile ? creditState(order.profile, now) : undefined;
  return html`<dl class="price" part="price">
    <div>
      <dt>${msg('Price')}</dt>
      <dd>${estimate.kind === 'on-completion' ? unitPriceText(estimate.pricePerUnit) : priceText(estimate)}</dd>
    </div>
    <div>
      <dt>${msg('Credit left')}</dt>
      <dd>
        ${
          !credit
            ? msg('No active REACH profile')
            : credit.unlimited
              ? msg('Unlimited')
              : msg(str`${formatCredit(Math.max(0, credit.remaining))} of ${creditsText(credit.allowed)}`, {
                  desc: 'Credit left on the profile: "4,693 of 5,000 credits".',
                })
        }
      </dd>
    </div>
  </dl>`;
}
