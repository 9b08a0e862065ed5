import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { formatCount } from '../shared/format.js';
import { plural } from '../../i18n/plural.js';
import { chainResultText, createdText, failedText } from './choice-text.js';
import type { ItemResult, PanelView } from './panel-view.js';

// The outcome of the order panel's last order, shown above the choices and said once it is settled (loaded with the
// order parts: there is none before something is ordered).

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
