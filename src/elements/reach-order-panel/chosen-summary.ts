import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { CreditState } from '../../reach/pricing.js';
import { costText, creditsText, priceText } from '../shared/order-text.js';
import { selectionCreditText, type ChosenSummary } from './order-steps.js';
import { unchainedText } from './choice-text.js';
import { selectedViews } from './chosen-items.js';
import { creditCheck, type ItemView, type PanelView } from './panel-view.js';

// What is chosen, in the summary beside the catalog: the services and their total against the credit, and why the
// order cannot go yet (loaded with the order parts; the summary itself is order-steps.ts).

export function chosenSummary(view: PanelView): ChosenSummary {
  const chosen = selectedViews(view.items, view.selected);
  const { verdict, total } = creditCheck(view.credit, chosen);
  const block = chosen.length > 0 ? selectionCreditText(verdict, total, view.credit?.remaining ?? 0) : undefined;
  const unchained = view.items.filter((item) => view.unchained.has(item.item.id));
  const content = html`${
    chosen.length === 0
      ? nothing
      : html`<ul class="chosen">
          ${chosen.map((item) => html`<li><span dir="auto">${item.item.name}</span><span class="price">${priceText(item.estimate)}</span></li>`)}
        </ul>
        ${renderTotals(total, view.credit, chosen)}`
  }
    ${block ? html`<p class="notice error" part="notice" id="credit-block">${block}</p>` : nothing}
    ${unchained.length > 0 ? html`<p class="notice warning" part="notice" id="unchained">${unchainedText(unchained)}</p>` : nothing}`;
  return { count: chosen.length, content, blocked: Boolean(block) };
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
