import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { CreditState } from '../../reach/pricing.js';
import { formatCount } from '../shared/format.js';
import { plural } from '../../i18n/plural.js';
import { costText, creditsText, priceText, selectionCreditText } from '../shared/order-text.js';
import { chainResultText, createdText, failedText, unchainedText } from './service-text.js';
import { creditCheck, selectedViews, type ItemResult, type ItemView, type PanelView } from './panel-view.js';

// The order panel's way to an order: the summary beside the catalog and the results (the confirmation, loaded on
// first use, is in confirm-step.ts).

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

export function renderResults(view: PanelView) {
  if (view.lastOrder.length === 0) return nothing;
  const byId = new Map(view.items.map((item) => [item.item.id, item]));
  return html`<section class="results" part="results" aria-labelledby="results-title">
    <h3 id="results-title" tabindex="-1">${msg('Order results')}</h3>
    <ul>
      ${view.lastOrder.map((id) => {
        const item = byId.get(id);
        const result = view.results.get(id);
        if (!item || !result) return nothing;
        const tone = result.kind === 'created' ? 'success' : result.kind === 'ordering' ? '' : 'error';
        const { showTask } = view;
        return html`<li class=${tone}>
          <strong dir="auto">${item.item.name}</strong>: ${resultText(view, result)}
          ${
            result.kind === 'created' && showTask
              ? html`<button type="button" class="link" id="show-${id}" @click=${() => showTask(result.task.id)}>
                  ${msg('Show in the task list', {
                    desc: 'After an order: moves to the ordered task in the task monitor on the same page.',
                  })}
                </button>`
              : nothing
          }
        </li>`;
      })}
    </ul>
    <button type="button" class="link" @click=${() => view.dismissResults()}>${msg('Dismiss')}</button>
  </section>`;
}

function resultText(view: PanelView, result: ItemResult): string {
  switch (result.kind) {
    case 'created':
      return createdText(result, view.tasks, view.now);
    case 'failed':
      return failedText(result);
    case 'unknown':
      return msg('Could not be confirmed; see the service below.');
    case 'ordering':
      return msg('Ordering…');
    case 'waiting':
    case 'not-started':
      return chainResultText(result, view.now);
  }
}

/** Said once an order is settled: how many of its services were ordered, and how many were not. */
export function orderedAnnouncement(created: number, total: number): string {
  const notCreated = total - created;
  const [shownCreated, shownTotal, shownNotCreated] = [created, total, notCreated].map(formatCount);
  const ordered = plural(total, {
    one: msg(str`${shownCreated} of 1 service ordered.`, {
      id: 'order.announce-ordered.one',
      desc: 'Announced after an order: how many of the services were ordered; the form follows the total.',
    }),
    other: msg(str`${shownCreated} of ${shownTotal} services ordered.`, {
      id: 'order.announce-ordered.other',
      desc: 'Announced after an order: how many of the services were ordered; the form follows the total.',
    }),
  });
  if (notCreated === 0) return ordered;
  const notOrdered = plural(notCreated, {
    one: msg('1 was not ordered: see the order results.', {
      id: 'order.announce-not-ordered.one',
      desc: 'Announced after an order, after how many services were ordered: how many were not.',
    }),
    other: msg(str`${shownNotCreated} were not ordered: see the order results.`, {
      id: 'order.announce-not-ordered.other',
      desc: 'Announced after an order, after how many services were ordered: how many were not.',
    }),
  });
  return `${ordered} ${notOrdered}`;
}
