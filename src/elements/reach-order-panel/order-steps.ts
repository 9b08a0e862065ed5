import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { CreditState, CreditVerdict } from '../../reach/pricing.js';
import { formatCredit } from '../shared/format.js';
import { costText, creditsText, priceText } from '../shared/order-text.js';
import { unchainedText, unitsRequiredText } from './service-text.js';
import { creditCheck, selectedViews, type ItemView, type PanelView } from './panel-view.js';

// The order panel's way to an order: the summary beside the catalog (the results and the confirmation, loaded on
// first use, are in order-results.ts and confirm-step.ts).

export function renderSummary(view: PanelView) {
  const chosen = selectedViews(view.items, view.selected);
  const { verdict, total } = creditCheck(view.credit, chosen);
  const block = chosen.length > 0 ? selectionCreditText(verdict, total, view.credit?.remaining ?? 0) : undefined;
  const unchained = view.items.filter((item) => view.unchained.has(item.item.id));
  return html`<aside class="summary ${chosen.length > 0 ? 'active' : ''}" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${msg('Your order')}</h3>
    ${
      chosen.length === 0
        ? html`<p class="hint">${msg('Choose one or more services above.')}</p>`
        : html`<ul class="chosen">
            ${chosen.map((item) => html`<li><span dir="auto">${item.item.name}</span><span class="price">${priceText(item.estimate)}</span></li>`)}
          </ul>
          ${renderTotals(total, view.credit, chosen)}`
    }
    ${block ? html`<p class="notice error" part="notice" id="credit-block">${block}</p>` : nothing}
    ${unchained.length > 0 ? html`<p class="notice warning" part="notice" id="unchained">${unchainedText(unchained)}</p>` : nothing}
    <button type="button" id="review" class="primary" ?disabled=${chosen.length === 0 || Boolean(block)} aria-describedby=${block ? 'credit-block' : nothing}
      @click=${() => view.review()}>
      ${chosen.length === 0 ? msg('Review order') : msg(str`Review order (${chosen.length})`)}
    </button>
  </aside>`;
}

/** The total and what remains after it; nothing when a price is not known (it is not "Free"). */
export function renderTotals(total: number, credit: CreditState | undefined, chosen: readonly ItemView[]) {
  if (chosen.some((item) => item.estimate.kind === 'unknown')) return nothing;
  return html`<dl class="totals">
    <div><dt>${msg('Total')}</dt><dd class="total">${costText(total)}</dd></div>
    ${
      credit && !credit.unlimited
        ? html`<div><dt>${msg('Remaining after this order')}</dt><dd class="after">${creditsText(credit.remaining - total)}</dd></div>`
        : nothing
    }
  </dl>`;
}

/**
 * Why the profile's credit stops several services ordered together (the order panel's selection), or
 * undefined when it does not: `total` is what they cost, `remaining` the credit left.
 */
export function selectionCreditText(verdict: CreditVerdict, total: number, remaining: number): string | undefined {
  switch (verdict) {
    case 'ok':
      return undefined;
    case 'expired':
      return msg(
        "The profile's credit period has ended, so paid services cannot be ordered with it. Choose another profile.",
      );
    case 'not-started':
      return msg("The profile's credit period has not started yet. Choose another profile.");
    case 'exceeded':
      return msg(
        str`Not enough credit: these services cost ${formatCredit(total)} and the profile has ${formatCredit(remaining)} left. Remove a service or choose another profile.`,
      );
    case 'units-required':
      return unitsRequiredText();
  }
}
