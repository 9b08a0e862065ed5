import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import type { TaskAction } from '../../reach/task-rules.js';
import { creditsText, priceText } from '../shared/order-text.js';
import type { KeyedTask } from './keyed-tasks.js';
import { quoteRefusal, type Quote } from './quote.js';
import type { TaskCardView } from './task-card.js';
import { actionLabel, errorText } from './task-words.js';

/** The confirmation an action opens: its question, the price of ordering again, a reason for reject and cancel. */
export function renderConfirm({ task, item, state, quote, confirm, keep, reason }: TaskCardView, action: TaskAction) {
  const reasonId = `reason-${task.id}`;
  const takesReason = action === 'reject' || action === 'abort';
  const busy = state.busy === action;
  return html`<form
    class="confirm box"
    data-task=${task.id}
    aria-label=${actionLabel(action)}
    @submit=${(event: Event) => {
      event.preventDefault();
      confirm(action);
    }}
    @keydown=${(event: KeyboardEvent) => {
      // Escape closes it, as "Keep as is" does (not while the call runs).
      if (event.key !== 'Escape' || busy) return;
      event.preventDefault();
      event.stopPropagation();
      keep(action);
    }}
  >
    <p>${question(task, item, action)}</p>
    ${action === 'resubmit' ? renderQuote(quote) : nothing}
    ${
      takesReason
        ? html`<div class="field">
          <label for=${reasonId}>${msg('Reason (optional)')}</label>
          <textarea id=${reasonId} rows="2" .value=${live(state.reason)} ?disabled=${busy} @input=${(event: Event) => reason((event.target as HTMLTextAreaElement).value)}></textarea>
        </div>`
        : nothing
    }
    <div class="form-actions">
      <button
        part="button"
        type="submit"
        class=${action === 'approve' || action === 'resubmit' ? 'primary' : 'danger'}
        ?disabled=${state.busy !== undefined && !state.focusHeld}
        aria-disabled=${state.busy !== undefined ? 'true' : 'false'}
      >
        ${busy ? msg('Working…') : confirmLabel(action)}
      </button>
      <button part="button" type="button" ?disabled=${busy} @click=${() => keep(action)}>${msg('Keep as is')}</button>
    </div>
  </form>`;
}

function question(task: EntryVendorTask, item: VendorCatalogItem | undefined, action: TaskAction): string {
  switch (action) {
    case 'approve':
      if (item?.payPerUse)
        return msg("Approve this order? It is priced when done and charged to the profile's credit.", {
          desc: 'Confirmation of approving an order whose price the vendor sets on delivery.',
        });
      return task.price
        ? msg(str`Approve this order? It costs ${creditsText(task.price)}, charged to the profile's credit.`, {
            desc: 'Confirmation of approving one order; in it, its price ("15 credits").',
          })
        : msg('Approve this order? It costs no credit.', { desc: 'Confirmation of approving a free order.' });
    case 'reject':
      return msg('Reject this order? The requester sees your reason.');
    case 'abort':
      return msg('Cancel this order? Kaltura does not refund cancelled orders.');
    case 'resubmit':
      return msg('Order this service again for the same media? This places a new order and may spend credit.');
  }
}

function renderQuote(quote: KeyedTask<Quote> | undefined) {
  const checking = () => html`<p class="muted" role="status">${msg('Checking the price and the credit…')}</p>`;
  if (!quote) return checking();
  return quote.render({
    initial: checking,
    pending: checking,
    error: (error) =>
      html`<p class="error">${msg('The price and the credit could not be checked.')} ${errorText(error)}</p>`,
    complete: (value) => {
      const refusal = quoteRefusal(value);
      return html`<p>
          ${msg(str`Price: ${priceText(value.estimate)}`)}${
            value.remaining !== undefined
              ? html` · ${msg(html`Credit left on <bdi>${value.profileName ?? ''}</bdi>: ${creditsText(value.remaining)}`)}`
              : nothing
          }
        </p>
        ${value.verdict === undefined ? html`<p class="muted">${msg("The profile's credit could not be read here; the server checks it when ordering.")}</p>` : nothing}
        ${refusal ? html`<p class="error">${refusal}</p>` : nothing}`;
    },
  });
}

function confirmLabel(action: TaskAction): string {
  switch (action) {
    case 'approve':
      return msg('Yes, approve');
    case 'reject':
      return msg('Yes, reject');
    case 'abort':
      return msg('Yes, cancel the order');
    case 'resubmit':
      return msg('Yes, order again');
  }
}
