import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import { formatCount } from '../shared/format.js';
import { costText, creditsText, orderErrorText, priceText } from '../shared/order-text.js';
import type { RowWindow } from '../shared/row-window.js';
import { renderMediaPicker, selectedCountText } from '../shared/media-picker/media-picker.js';
import type { MediaPickerController } from '../shared/media-picker/media-picker-controller.js';
import { activeProfiles } from '../../reach/pricing.js';
import { itemMeta } from './service-text.js';
import { featureLabel } from '../shared/labels.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { renderProfile } from './entry-profile.js';
import { isFailure, type BulkResult } from './bulk-order-controller.js';
import { outcomeText, type BulkLine, type BulkView } from './bulk-view.js';
import { selectionCreditText } from './order-steps.js';

// The order panel for many entries: the services to order, the pre-flight (every entry and service, its
// price or why not; totals against the credit), the orders on their way and their outcomes.

/** No entry given: the entries are chosen in the media picker first. */
export function renderPickEntries(picker: MediaPickerController, order: () => void): TemplateResult {
  const count = picker.selected.length;
  return html`<section class="pick-entries" aria-labelledby="pick-title">
    <h3 id="pick-title">${msg('Choose the entries to order services for')}</h3>
    ${renderMediaPicker({ picker, label: msg('Entries to order for'), idPrefix: 'media' })}
    <div class="pick-bar">
      <span class="pick-count">${selectedCountText(count)}</span>
      <button type="button" id="order-picked" class="primary" ?disabled=${count === 0} @click=${order}>
        ${msg('Order services for these entries')}
      </button>
    </div>
  </section>`;
}

/** A reason nothing at all can be ordered for these entries, or undefined. */
function bulkRefusal(view: BulkView): string | undefined {
  if (view.data.reachForbidden)
    return msg('REACH is not enabled for this account. Ask your Kaltura administrator to enable it.');
  if (!view.data.profilesHidden && activeProfiles(view.data.profiles).length === 0)
    return msg('There is no active REACH profile on this account, so nothing can be ordered.');
  return undefined;
}

export function renderBulk(view: BulkView, rows: RowWindow): TemplateResult {
  const { data } = view;
  const refusal = bulkRefusal(view);
  if (refusal) return html`<div class="notice refusal" part="notice" id="refusal"><p>${refusal}</p></div>`;
  return html`<section class="bulk" aria-labelledby="bulk-title">
    <h3 id="bulk-title" tabindex="-1">${entriesText(data.entryIds.length)}</h3>
    ${
      data.cut > 0
        ? html`<p class="notice warning" part="notice">
          ${msg(str`Only the first ${formatCount(data.entryIds.length)} entries are ordered at once; ${formatCount(data.cut)} more were left out.`, { id: 'bulk.cut', desc: 'A bulk order given more entries than it takes at once.' })}
        </p>`
        : nothing
    }
    ${view.picked && view.phase !== 'placing' ? html`<button type="button" class="link" @click=${() => view.chooseEntries()}>${msg('Choose other entries')}</button>` : nothing}
    ${view.phase === 'preflight' ? html`${renderProfile(view)} ${renderServices(view)}` : nothing}
    ${view.phase === 'preflight' ? renderTotals(view) : renderProgress(view)}
    ${renderLines(view, rows)}
  </section>`;
}

function entriesText(count: number): string {
  return plural(count, {
    one: msg('Order for 1 entry', { id: 'bulk.title.one', desc: 'Heading of a bulk order: for how many entries.' }),
    other: msg(str`Order for ${formatCount(count)} entries`, {
      id: 'bulk.title.other',
      desc: 'Heading of a bulk order: for how many entries.',
    }),
  });
}

/** The services to order for every entry, folded by need (captions, translation, …), one checkbox each. */
function renderServices(view: BulkView) {
  if (view.retrying) return nothing;
  const groups = new Map<number, VendorCatalogItem[]>();
  for (const item of view.catalog) groups.set(item.serviceFeature, [...(groups.get(item.serviceFeature) ?? []), item]);
  return html`<fieldset class="bulk-services" part="filters">
    <legend>${msg('Services to order for every entry')}</legend>
    ${
      view.catalog.length === 0
        ? html`<p class="notice" part="notice">${msg('No REACH services are enabled for this account.')}</p>`
        : [...groups].map(([feature, items]) => renderServiceGroup(view, feature, items))
    }
  </fieldset>`;
}

function renderServiceGroup(view: BulkView, feature: number, items: readonly VendorCatalogItem[]) {
  const chosen = items.filter((item) => view.chosen.has(item.id)).length;
  return html`<details class="group" ?open=${chosen > 0}>
    <summary>
      <span class="group-name" id="bulk-group-${feature}">${featureLabel(feature)}</span>
      ${chosen > 0 ? html`<span class="meta">${selectedCountText(chosen)}</span>` : nothing}
    </summary>
    <ul class="items" aria-labelledby="bulk-group-${feature}">
      ${items.map(
        (item) => html`<li class="item" part="item">
          <div class="item-head">
            <input type="checkbox" id="bulk-pick-${item.id}" .checked=${view.chosen.has(item.id)}
              aria-describedby="bulk-meta-${item.id}"
              @change=${(event: Event) => view.toggle(item, (event.target as HTMLInputElement).checked)} />
            <label for="bulk-pick-${item.id}" class="item-name" dir="auto">${item.name}</label>
          </div>
          <p class="meta" id="bulk-meta-${item.id}">${itemMeta(item)}</p>
        </li>`,
      )}
    </ul>
  </details>`;
}

/** Per service: how many orders, how many cannot be placed, what they cost; the total against the credit. */
function renderTotals(view: BulkView) {
  const { plan } = view;
  if (plan.lines.length === 0)
    return html`<p class="hint" id="bulk-hint">${msg('Choose the services to order for these entries.')}</p>`;
  const block =
    plan.orderable.length > 0 ? selectionCreditText(plan.verdict, plan.total, view.credit?.remaining ?? 0) : undefined;
  const pricesKnown = plan.orderable.every((line) => line.estimate.kind !== 'unknown');
  return html`<section class="bulk-totals box" part="summary" aria-labelledby="bulk-totals-title">
    <h4 id="bulk-totals-title">${msg('Before anything is sent')}</h4>
    <table class="totals-table">
      <thead><tr>
        <th scope="col">${msg('Service')}</th>
        <th scope="col">${msg('Orders')}</th>
        <th scope="col">${msg('Cannot be ordered')}</th>
        ${pricesKnown ? html`<th scope="col">${msg('Price')}</th>` : nothing}
      </tr></thead>
      <tbody>
        ${plan.services.map(
          (service) => html`<tr>
            <th scope="row" dir="auto">${service.item.name}</th>
            <td>${formatCount(service.orderable)}</td>
            <td>${formatCount(service.refused)}</td>
            ${pricesKnown ? html`<td>${costText(service.credits)}</td>` : nothing}
          </tr>`,
        )}
      </tbody>
      <tfoot><tr>
        <th scope="row">${msg('Total')}</th>
        <td class="bulk-count">${formatCount(plan.orderable.length)}</td>
        <td>${formatCount(plan.lines.length - plan.orderable.length)}</td>
        ${pricesKnown ? html`<td class="total">${costText(plan.total)}</td>` : nothing}
      </tr></tfoot>
    </table>
    ${view.credit && !view.credit.unlimited && pricesKnown ? html`<p class="hint">${msg(str`Credit left on the profile: ${creditsText(view.credit.remaining)}.`, { id: 'bulk.credit-left', desc: 'Under the totals of a bulk order.' })}</p>` : nothing}
    ${block ? html`<p class="notice error" part="notice" id="bulk-credit-block">${block}</p>` : nothing}
    <button type="button" id="bulk-place" class="primary" ?disabled=${plan.orderable.length === 0 || Boolean(block)}
      aria-describedby=${block ? 'bulk-credit-block' : nothing} @click=${() => view.place()}>
      ${placeLabel(plan.orderable.length)}
    </button>
  </section>`;
}

function placeLabel(count: number): string {
  if (count === 0) return msg('Nothing to order');
  return plural(count, {
    one: msg('Place 1 order', { id: 'bulk.place.one', desc: 'The button that sends a bulk order.' }),
    other: msg(str`Place ${formatCount(count)} orders`, {
      id: 'bulk.place.other',
      desc: 'The button that sends a bulk order.',
    }),
  });
}

/** While placing: a progress bar; once done: what came of it and the way to retry the failed ones. */
function renderProgress(view: BulkView) {
  const { done, total } = view.progress;
  const outcomes = [...view.results.values()];
  const created = outcomes.filter((result) => result.kind === 'created').length;
  const failed = outcomes.filter(isFailure).length;
  return html`<section class="bulk-progress box" part="results" aria-labelledby="bulk-progress-title">
    <h4 id="bulk-progress-title" tabindex="-1">${view.phase === 'placing' ? msg('Placing the orders') : msg('Orders placed')}</h4>
    <label for="bulk-progress-bar">${msg(str`${formatCount(done)} of ${formatCount(total)} sent`, { id: 'bulk.progress', desc: 'Progress of a bulk order: orders answered of all.' })}</label>
    <progress id="bulk-progress-bar" max=${total} .value=${done}></progress>
    <p class="bulk-outcome">${outcomeText(created, failed)}</p>
    ${
      view.phase === 'done'
        ? html`<div class="actions">
          ${failed > 0 ? html`<button type="button" id="bulk-retry" class="primary" @click=${() => view.retryFailed()}>${msg('Retry the failed ones')}</button>` : nothing}
          <button type="button" id="bulk-again" @click=${() => view.startOver()}>${msg('Order more services')}</button>
        </div>`
        : nothing
    }
  </section>`;
}

/** Every line of the pre-flight, windowed: only the rows in view exist. */
function renderLines(view: BulkView, rows: RowWindow) {
  const notOrdered = view.plan.lines.filter((line) => line.refusal || isFailure(view.results.get(line.key)));
  const lines = view.notOrderedOnly ? notOrdered : view.plan.lines;
  if (view.plan.lines.length === 0) return nothing;
  return html`${
    notOrdered.length > 0 || view.notOrderedOnly
      ? html`<button type="button" id="bulk-not-ordered" class="link" aria-pressed=${view.notOrderedOnly ? 'true' : 'false'}
          @click=${() => view.showNotOrderedOnly(!view.notOrderedOnly)}>
          ${msg(str`Only what is not ordered (${formatCount(notOrdered.length)})`, { id: 'bulk.not-ordered-only', desc: 'Toggle: list only the lines of a bulk order that will not be or were not ordered.' })}
        </button>`
      : nothing
  }
    <div class="bulk-lines scroller" part="list" role="list" tabindex="0" aria-label=${msg('Orders by entry')}
      ${ref(rows.scrollerRef)} @scroll=${rows.onScroll}>
      ${rows.rows(
        lines,
        (line) => line.key,
        (line) => renderLine(view, line, lines.indexOf(line) + 1, lines.length),
      )}
    </div>`;
}

function renderLine(view: BulkView, line: BulkLine, position: number, size: number) {
  const result = view.results.get(line.key);
  const state = result ? result.kind : line.refusal ? 'refused' : 'orderable';
  return html`<div class="bulk-line ${state}" role="listitem" aria-setsize=${size} aria-posinset=${position} data-key=${line.key}>
    <p class="line-head"><bdi class="line-entry">${line.entry?.name || line.entryId}</bdi> · <bdi class="line-service">${line.item.name}</bdi></p>
    <p class="line-state">${result ? resultText(result) : lineText(line)}</p>
  </div>`;
}

function lineText(line: BulkLine): string {
  if (line.refusal)
    return msg(str`Will not be ordered: ${line.refusal}`, {
      id: 'bulk.refused',
      desc: 'A line of a bulk order that cannot be ordered, and why.',
    });
  return [priceText(line.estimate), line.warning].filter(Boolean).join(' ');
}

function resultText(result: BulkResult): string {
  switch (result.kind) {
    case 'ordering':
      return msg('Ordering…');
    case 'created':
      if (result.joined) return msg('Ordered from another place on this page at the same time.');
      return result.reconciled ? msg('Ordered (found on the server after the answer was lost).') : msg('Ordered.');
    case 'failed':
      return `${msg('Not ordered:')} ${orderErrorText(result.error)} ${result.error.message}`;
    case 'unknown':
      return msg('The answer was lost and it could not be checked. It was not sent again; retrying checks first.');
  }
}
