import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { VendorServiceFeature } from '../../reach/enums.js';
import { takesCaptionSource, takesNotes } from '../../reach/task-data.js';
import { formatCount, formatDuration } from '../shared/format.js';
import { plural } from '../../i18n/plural.js';
import { cancelsOrderText, catalogLanguage, isolate, priceText } from '../shared/order-text.js';
import { renderTotals } from './chosen-summary.js';
import { captionsReadyAt, selectedViews } from './chosen-items.js';
import { creditCheck, type ItemView, type PanelView } from './panel-view.js';
import { applySummary, captionOptionLabel, spokenLanguageLabel, takesOutputLanguage } from './service-inputs.js';
import { afterCaptionsText, chainedOrdersText, serviceReadyText } from './choice-text.js';

// The order panel's confirmation step: what is about to be ordered, for how much, and the button that orders it.
// Loaded on first use with the rest of the order parts (order-parts.ts).

export function renderConfirm(view: PanelView) {
  const busy = view.ordering;
  const { entry } = view.data;
  // While ordering, the orders in flight are what is shown (they are no longer selectable).
  const chosen = busy
    ? view.items.filter((item) => item.result?.kind === 'ordering')
    : selectedViews(view.items, view.selected);
  const { total } = creditCheck(view.credit, chosen);
  const cancelling = chosen.filter((item) => item.cancels);
  return html`<section class="confirm" part="confirm" aria-labelledby="confirm-title" aria-busy=${busy ? 'true' : 'false'}>
    <h3 id="confirm-title" tabindex="-1">${msg('Confirm your order')}</h3>
    <p>
      ${
        view.profile
          ? msg(
              html`For “<bdi>${entry.name ?? entry.id}</bdi>”, charged to the profile “<bdi>${view.profile.name ?? ''}</bdi>”.`,
            )
          : msg(html`For “<bdi>${entry.name ?? entry.id}</bdi>”, charged to the profile the account chooses.`)
      }
    </p>
    <ul class="chosen">
      ${chosen.map(
        (item) => html`<li>
          <span dir="auto">${item.item.name}</span><span class="price">${priceText(item.estimate)}</span>
          <span class="detail ready-by"
            >${
              item.captionsFirst
                ? afterCaptionsText(
                    item.captionsFirst.item.sourceLanguage ?? '',
                    captionsReadyAt(item.captionsFirst, view.now),
                    view.now,
                  )
                : serviceReadyText(item.item.turnAroundTime, view.now)
            }</span
          >
          ${confirmDetail(view, item)}
        </li>`,
      )}
    </ul>
    ${renderTotals(total, view.credit, chosen)}
    ${chosen.some((item) => item.captionsFirst) ? html`<p class="notice" part="notice" id="chained-note">${chainedOrdersText()}</p>` : nothing}
    ${
      cancelling.length > 0
        ? html`<div class="notice warning" part="notice" id="cancels-warning">
          <p>${msg('Placing this order cancels earlier orders that are still pending. Cancelled orders are not refunded.')}</p>
          <ul>
            ${cancelling.map((item) => html`<li><span dir="auto">${item.item.name}</span>: ${cancelsOrderText(item.cancels ?? [])}</li>`)}
          </ul>
        </div>`
        : nothing
    }
    <div class="actions">
      <!-- aria-disabled, not disabled: the button keeps the focus while ordering; placing ignores clicks meanwhile. -->
      <button
        type="button"
        class="primary"
        id="place"
        aria-disabled=${busy ? 'true' : 'false'}
        aria-describedby=${cancelling.length > 0 ? 'cancels-warning' : nothing}
        @click=${() => view.place()}
      >
        ${busy ? msg('Ordering…') : placeOrdersLabel(chosen.length)}
      </button>
      <button type="button" ?disabled=${busy} @click=${() => view.back()}>${msg('Back')}</button>
    </div>
  </section>`;
}

/** What was asked of the service, in one line. */
function confirmDetail(view: PanelView, item: ItemView) {
  const input = view.input(item);
  const feature = item.item.serviceFeature;
  const lines: string[] = [];
  if (takesCaptionSource(item.item)) {
    const asset = view.data.captionAssets.find((candidate) => candidate.id === input.captionAssetId);
    lines.push(asset ? msg(str`From: ${captionOptionLabel(asset)}`) : msg('From: the audio'));
  }
  if (feature === VendorServiceFeature.CLIPS)
    lines.push(msg(str`Clips up to ${formatDuration(Number(input.clipsDuration))}`));
  if (feature === VendorServiceFeature.QUIZ) lines.push(questionsText(Number(input.numberOfQuestions)));
  if (feature === VendorServiceFeature.METADATA_ENRICHMENT) lines.push(applySummary(input));
  if (feature === VendorServiceFeature.SENTIMENT_ANALYSIS)
    lines.push(msg(str`Spoken language: ${spokenLanguageLabel(input.language)}`));
  if (takesOutputLanguage(item.item)) lines.push(msg(str`Output language: ${catalogLanguage(input.outputLanguage)}`));
  if (takesNotes(item.item) && input.notes.trim()) lines.push(msg(str`Notes: ${isolate(input.notes.trim())}`));
  return lines.length > 0 ? html`<span class="detail">${lines.join(' · ')}</span>` : nothing;
}

function placeOrdersLabel(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('Place order', {
      id: 'order.place.one',
      desc: 'Button of the confirmation step that sends the order (one service).',
    }),
    other: msg(str`Place ${shown} orders`, {
      id: 'order.place.other',
      desc: 'Button of the confirmation step that sends the orders.',
    }),
  });
}

function questionsText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('1 question', {
      id: 'order.quiz-questions.one',
      desc: 'In the confirmation, for a quiz: how many questions were asked for.',
    }),
    other: msg(str`${shown} questions`, {
      id: 'order.quiz-questions.other',
      desc: 'In the confirmation, for a quiz: how many questions were asked for.',
    }),
  });
}
