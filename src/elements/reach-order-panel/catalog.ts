import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { formatCount, formatRelative } from '../shared/format.js';
import { plural } from '../../i18n/plural.js';
import { featureLabel, fidelityLabel, statusLabel, turnaroundLabel } from '../shared/labels.js';
import { blockingTaskText, cancelsOrderText, catalogLanguage, costText, priceText } from '../shared/order-text.js';
import {
  byCatalogOrder,
  FEW_SERVICES,
  isSelectable,
  turnaroundOrder,
  type Filters,
  type ItemResult,
  type ItemView,
  type PanelView,
} from './panel-view.js';
import {
  chainResultText,
  chainText,
  createdText,
  failedText,
  priceDetail,
  renderInputs,
  serviceReadyText,
  unchainedText,
} from './choice-text.js';
import { itemMeta } from './service-text.js';

// The order panel's whole catalog ("Browse all services", loaded on first use with the order parts): the filters, the
// services grouped by feature, each with its price, existing orders, the outcome of this panel's last order of it
// and, once chosen, its inputs.

export function renderFilters(view: PanelView) {
  const { catalog } = view.data;
  const unique = <T>(values: (T | undefined)[]) => [
    ...new Set(values.filter((value): value is T => value !== undefined)),
  ];
  const byLanguage = (a: string, b: string) => catalogLanguage(a).localeCompare(catalogLanguage(b));
  const features = unique(catalog.map((item) => item.serviceFeature)).sort((a, b) =>
    featureLabel(a).localeCompare(featureLabel(b)),
  );
  const fidelities = unique(catalog.map((item) => item.serviceType)).sort();
  const sources = unique(catalog.map((item) => item.sourceLanguage)).sort(byLanguage);
  const targets = unique(catalog.map((item) => item.targetLanguage)).sort(byLanguage);
  const turnarounds = unique(catalog.map((item) => item.turnAroundTime)).sort(
    (a, b) => turnaroundOrder(a) - turnaroundOrder(b),
  );
  // The search box is outside the folded filters: what is typed there does not unfold them.
  const filtered = Object.entries(view.filters).some(([name, value]) => name !== 'search' && value);
  // Folded until used: in a narrow sidebar the services come first.
  return html`<details class="filter-box" ?open=${filtered}>
    <summary>${msg('Filter services')}</summary>
    <fieldset class="filters" part="filters">
    <legend class="visually-hidden">${msg('Filter services')}</legend>
    <div class="filter-grid">
      ${renderFilter(
        view,
        'feature',
        msg('Service'),
        features.map((value) => ({ value: String(value), label: featureLabel(value) })),
      )}
      ${renderFilter(
        view,
        'fidelity',
        msg('Fidelity'),
        fidelities.map((value) => ({ value: String(value), label: fidelityLabel(value) })),
      )}
      ${renderFilter(
        view,
        'source',
        msg('Source language'),
        sources.map((value) => ({ value, label: catalogLanguage(value) })),
      )}
      ${renderFilter(
        view,
        'target',
        msg('Target language'),
        targets.map((value) => ({ value, label: catalogLanguage(value) })),
      )}
      ${renderFilter(
        view,
        'turnaround',
        msg('Turnaround'),
        turnarounds.map((value) => ({ value: String(value), label: turnaroundLabel(value) })),
      )}
    </div>
    ${filtered ? html`<button type="button" class="link" @click=${() => view.clearFilters()}>${msg('Clear filters')}</button>` : nothing}
    </fieldset>
  </details>`;
}

function renderFilter(
  view: PanelView,
  name: keyof Filters,
  label: string,
  options: { value: string; label: string }[],
) {
  const chosen = view.filters[name];
  return html`
    <div class="field">
      <label for="filter-${name}">${label}</label>
      <select id="filter-${name}" @change=${(event: Event) => view.setFilter(name, (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${chosen === ''}>${msg('All')}</option>
        ${options.map((option) => html`<option value=${option.value} ?selected=${chosen === option.value}>${option.label}</option>`)}
      </select>
    </div>
  `;
}

export function renderCatalog(view: PanelView) {
  const shown = view.items.filter((item) => matchesFilters(item.item, view.filters));
  const available = shown.filter((item) => !item.unavailable);
  const unavailable = shown.filter((item) => item.unavailable);
  const groups = new Map<number, ItemView[]>();
  for (const item of [...available].sort(byCatalogOrder)) {
    groups.set(item.item.serviceFeature, [...(groups.get(item.item.serviceFeature) ?? []), item]);
  }
  return html`<section class="services" aria-labelledby="services-title">
    <h3 id="services-title">${msg('Services')}</h3>
    <p class="hint">${servicesShownText(available.length, view.items.filter((item) => !item.unavailable).length)}</p>
    ${groups.size === 0 ? html`<p class="notice" part="notice">${msg('No service matches these filters.')}</p>` : nothing}
    ${[...groups].map(([feature, group]) => renderGroup(view, feature, group, available.length <= FEW_SERVICES || Object.values(view.filters).some(Boolean)))}
    ${
      unavailable.length > 0
        ? html`<details class="unavailable">
          <summary>${msg(str`Not available for this entry (${unavailable.length})`)}</summary>
          <ul class="items">
            ${unavailable.sort(byCatalogOrder).map(
              (item) => html`<li class="item" part="item" data-item=${item.item.id}>
                <span class="item-name" dir="auto">${item.item.name}</span>
                <span class="meta">${itemMeta(item.item)}</span>
                <span class="why">${item.unavailable}</span>
              </li>`,
            )}
          </ul>
        </details>`
        : nothing
    }
  </section>`;
}

/** One need (a feature): folded to its name, how many services and from what price, unless open. */
function renderGroup(view: PanelView, feature: number, group: readonly ItemView[], showAll: boolean) {
  const open = showAll || group.some((item) => view.selected.has(item.item.id) || item.result);
  const prices = group
    .map((item) => item.estimate)
    .filter((estimate) => estimate.kind === 'fixed' || estimate.kind === 'free');
  const lowest =
    prices.length > 0
      ? Math.min(...prices.map((estimate) => (estimate.kind === 'fixed' ? estimate.amount : 0)))
      : undefined;
  return html`<details class="group" ?open=${open}>
    <summary>
      <span class="group-name" id="group-${feature}">${featureLabel(feature)}</span>
      <span class="meta">${groupSummaryText(group.length, lowest)}</span>
    </summary>
    <ul class="items" aria-labelledby="group-${feature}">${group.map((item) => renderItem(view, item))}</ul>
  </details>`;
}

/** "4 services, from 0.5 credits": a folded need in a few words. */
function groupSummaryText(count: number, lowest: number | undefined): string {
  const services = plural(count, {
    one: msg('1 service', {
      id: 'order.group-count.one',
      desc: 'A folded group of services (one need, e.g. captions): how many it holds.',
    }),
    other: msg(str`${formatCount(count)} services`, {
      id: 'order.group-count.other',
      desc: 'A folded group of services (one need, e.g. captions): how many it holds.',
    }),
  });
  return lowest === undefined
    ? services
    : msg(str`${services}, from ${costText(lowest)}`, {
        id: 'order.group-summary',
        desc: 'A folded group of services: how many, and the lowest price among them.',
      });
}

function renderItem(view: PanelView, itemView: ItemView) {
  const { item, result } = itemView;
  const id = item.id;
  const selectable = isSelectable(itemView);
  const checked = selectable && view.selected.has(id);
  // Only ids rendered below: the reason it is blocked is hidden once this panel's own order shows instead.
  const showBlocking = itemView.blocking !== undefined && result?.kind !== 'created';
  const showCancels = itemView.cancels !== undefined && !itemView.blocking;
  const chained = itemView.captionsFirst && !result ? itemView.captionsFirst : undefined;
  const described = [
    `meta-${id}`,
    chained ? `chain-${id}` : '',
    view.unchained.has(id) && !checked ? `unchained-${id}` : '',
    showBlocking ? `why-${id}` : '',
    showCancels ? `cancels-${id}` : '',
    result ? `result-${id}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return html`<li class="item ${checked ? 'selected' : ''} ${selectable ? '' : 'blocked'}" part="item" data-item=${id}>
    <div class="item-head">
      <input
        type="checkbox"
        id="pick-${id}"
        .checked=${checked}
        ?disabled=${!selectable}
        aria-describedby=${described}
        @change=${(event: Event) => view.toggle(itemView, (event.target as HTMLInputElement).checked)}
      />
      <label for="pick-${id}" class="item-name" dir="auto">${item.name}</label>
      ${
        itemView.estimate.kind === 'unknown'
          ? nothing
          : html`<span class="price"><span class="visually-hidden">${msg('Price:')} </span><span class="amount">${priceText(itemView.estimate)}</span></span>`
      }
    </div>
    <p class="meta" id="meta-${id}">
      ${itemMeta(item)}<br /><span class="ready-by">${serviceReadyText(item.turnAroundTime, view.now)}</span>
      ${priceDetail(view, itemView)}
    </p>
    ${itemView.latest && !itemView.blocking && result?.kind !== 'created' ? renderLatest(itemView.latest, view.now) : nothing}
    ${chained ? html`<p class="chain" id="chain-${id}">${chainText(chained.item, Boolean(chained.captionsOrder), view.selected.has(chained.item.id))}</p>` : nothing}
    ${view.unchained.has(id) && !checked ? html`<p class="why warning" id="unchained-${id}">${unchainedText([itemView])}</p>` : nothing}
    ${showBlocking && itemView.blocking ? html`<p class="why" id="why-${id}">${blockingTaskText(itemView.blocking)}</p>` : nothing}
    ${showCancels && itemView.cancels ? html`<p class="why warning" id="cancels-${id}">${cancelsOrderText(itemView.cancels)}</p>` : nothing}
    ${result ? renderItemResult(view, id, result) : nothing}
    ${checked ? renderInputs(view, itemView) : nothing}
  </li>`;
}

function renderLatest(task: EntryVendorTask, now: number) {
  return html`<p class="existing">
    ${msg(str`Last ordered ${formatRelative(task.createdAt, now)}: ${statusLabel(task.status)}`)}
    ${task.errDescription ? html`<span class="server-text" dir="auto">${task.errDescription}</span>` : nothing}
  </p>`;
}

function renderItemResult(view: PanelView, id: number, result: ItemResult) {
  switch (result.kind) {
    case 'waiting':
      return html`<p class="result" id="result-${id}">${chainResultText(result, view.now)}</p>`;
    case 'not-started':
      return html`<p class="result error" id="result-${id}">${chainResultText(result, view.now)}</p>`;
    case 'ordering':
      return html`<p class="result" id="result-${id}">${msg('Ordering…')}</p>`;
    case 'created':
      return html`<p class="result success" id="result-${id}">${createdText(result, view.tasks, view.now)}</p>`;
    case 'failed':
      return html`<p class="result error" id="result-${id}">${failedText(result)} <span class="server-text" dir="auto">${result.error.message}</span></p>`;
    case 'unknown':
      return html`<div class="result error" id="result-${id}">
        <p>
          ${
            result.candidates && result.candidates.length > 1
              ? candidatesText(result.candidates.length)
              : msg(
                  'The answer to this order was lost and it could not be checked. It may or may not have been placed; it will not be sent again blindly.',
                )
          }
        </p>
        <button type="button" ?disabled=${result.checking} @click=${() => view.checkAgain(id, result)}>
          ${result.checking ? msg('Checking…') : msg('Check again')}
        </button>
      </div>`;
  }
}

/** "4 of 12 services shown.": the noun agrees with the total. */
function servicesShownText(shown: number, total: number): string {
  const [shownCount, totalCount] = [formatCount(shown), formatCount(total)];
  return plural(total, {
    one: msg(str`${shownCount} of 1 service shown.`, {
      id: 'order.services-shown.one',
      desc: 'Above the catalog: how many of the services that can be ordered the filters show; the form follows the total.',
    }),
    other: msg(str`${shownCount} of ${totalCount} services shown.`, {
      id: 'order.services-shown.other',
      desc: 'Above the catalog: how many of the services that can be ordered the filters show; the form follows the total.',
    }),
  });
}

/** After a lost answer, when several (2 or more) new orders on the server could be this one. */
function candidatesText(count: number): string {
  // Said only for two or more orders.
  return msg(
    str`The answer to this order was lost. The server has ${formatCount(count)} new orders of this service by you (another tab or window may have ordered it too), so which one is this order is not known. It will not be sent again; see the existing orders.`,
    {
      id: 'order.lost-answer-candidates.other',
      desc: 'An order whose answer was lost, when the server holds several new orders of the same service by the same user.',
    },
  );
}

function matchesFilters(item: VendorCatalogItem, filters: Filters): boolean {
  const { feature, fidelity, source, target, turnaround, search } = filters;
  return (
    matchesSearch(item, search) &&
    (!feature || String(item.serviceFeature) === feature) &&
    (!fidelity || String(item.serviceType) === fidelity) &&
    (!source || item.sourceLanguage === source) &&
    (!target || item.targetLanguage === target) &&
    (!turnaround || String(item.turnAroundTime) === turnaround)
  );
}

/** Every word typed is found in the service's name, its feature or one of its languages (any case). */
function matchesSearch(item: VendorCatalogItem, search: string): boolean {
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const languages = [item.sourceLanguage, item.targetLanguage].flatMap((language) =>
    language ? [language, catalogLanguage(language)] : [],
  );
  const haystack = [item.name ?? '', featureLabel(item.serviceFeature), ...languages].join(' ').toLocaleLowerCase();
  return words.every((word) => haystack.includes(word));
}
