import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { EntryVendorTaskStatus, turnAroundSpan, VendorServiceTurnAroundTime } from '../../reach/enums.js';
import { entryDurationMs } from '../../reach/entry.js';
import { priceBreakdown, type PriceBreakdown } from '../../reach/pricing.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { profileDictionary } from '../../reach/task-data.js';
import { displayLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';
import { formatTimeAhead } from '../shared/format.js';
import { catalogLanguage, creditsText, isolate, orderErrorText, unitPriceText } from '../shared/order-text.js';
import { captionsReadyAt, chainedInputProblems } from './chosen-items.js';
import type { ItemResult, ItemView, PanelView } from './panel-view.js';
import { renderServiceInputs } from './service-inputs.js';

// What the order panel says of a service while it is chosen and ordered (the need steps after the need, the whole
// catalog, the confirmation, the results; loaded with the order parts): its price detail, when it would be ready,
// chaining after captions, the outcome of ordering it, and its inputs once chosen.

/** Under the price: how it is made up, or what a unit costs when it is priced on delivery. */
export function priceDetail(view: PanelView, { item, estimate }: ItemView) {
  if (estimate.kind === 'on-completion') return html`<br />${unitPriceText(estimate.pricePerUnit)}`;
  if (estimate.kind !== 'fixed') return nothing;
  return html`<br /><span class="breakdown">${priceBreakdownText(priceBreakdown(item, entryDurationMs(view.data.entry)))}</span>`;
}

/** Why a translation without captions can still be chosen (`chosen`: the captions are in the order already). */
export function chainText(captions: VendorCatalogItem, ordered: boolean, chosen: boolean): string {
  const language = catalogLanguage(captions.sourceLanguage ?? '');
  if (chosen)
    return msg(
      str`Needs ${language} captions: it starts once “${isolate(captions.name ?? '')}”, in your order, is ready.`,
      { desc: 'Beside a translation: the captions service it waits for is the one the user chose in the same order.' },
    );
  return ordered
    ? msg(str`Needs ${language} captions: it starts once the ${language} captions already ordered are ready.`)
    : msg(
        str`Needs ${language} captions, which this entry has not got yet: choosing it adds “${isolate(captions.name ?? '')}” to your order.`,
      );
}

/** Translations taken out of the order with the captions they start from: said, not dropped silently. */
export function unchainedText(views: readonly Pick<ItemView, 'item'>[]): string {
  return views
    .map(({ item }) =>
      msg(
        str`“${isolate(item.name ?? '')}” was taken out of your order: it needs ${catalogLanguage(item.sourceLanguage ?? '')} captions, and none are chosen. Choose it again to order captions with it.`,
        { desc: 'When the user unticks the only captions a chosen translation was to start from.' },
      ),
    )
    .join(' ');
}

/** A result said in words; `waiting` and `not-started` are the same in the catalog and the results. */
export function chainResultText(result: Extract<ItemResult, { kind: 'waiting' | 'not-started' }>, now: number): string {
  if (result.kind === 'not-started') {
    return msg(
      str`Not ordered: the ${catalogLanguage(result.captions.sourceLanguage ?? '')} captions it needs were not ordered or not delivered. Nothing was charged for it.`,
    );
  }
  return `${afterCaptionsText(result.captions.sourceLanguage ?? '', result.readyAt, now)} ${chainedOrdersText()}`;
}

export function renderInputs(view: PanelView, itemView: ItemView) {
  const { item } = itemView;
  const input = view.input(itemView);
  const chained = itemView.captionsFirst;
  return renderServiceInputs({
    item,
    input,
    problems: view.validated.has(item.id) ? chainedInputProblems(itemView, input, view.data.entry) : {},
    ...(chained
      ? {
          afterCaptions: afterCaptionsText(
            chained.item.sourceLanguage ?? '',
            captionsReadyAt(chained, view.now),
            view.now,
          ),
        }
      : {}),
    captionAssets: view.data.captionAssets,
    dictionary: profileDictionary(view.profile, item),
    change: (key, value) => view.setInput(itemView, key, value),
  });
}

/** `tasks`: the store's, so what it says is the task as it is now (the poller keeps the store current). */
export function createdText(
  result: Extract<ItemResult, { kind: 'created' }>,
  tasks: readonly EntryVendorTask[],
  now: number,
): string {
  const state = orderStateText(tasks.find((task) => task.id === result.task.id) ?? result.task, now);
  if (result.joined) return msg(str`Ordered from another place on this page at the same time. ${state}`);
  if (result.reconciled) return msg(str`Ordered. The answer was lost, but the order is on the server. ${state}`);
  return msg(str`Ordered. ${state}`);
}

export function failedText(result: Extract<ItemResult, { kind: 'failed' }>): string {
  if (result.reconciled)
    return msg('Not ordered: the answer was lost and the server has no such order. You can order it again.');
  return msg(str`Not ordered: ${orderErrorText(result.error)}`);
}

/** How a price is made up: "1.5 credits a minute × 10 minutes", "+ 2 credits" for a fixed add-on. */
function priceBreakdownText({ pricePerUnit, unit, units, addOns }: PriceBreakdown): string {
  const rate = creditsText(pricePerUnit);
  const count = new Intl.NumberFormat(displayLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(units);
  const perUnit =
    unit === 'second'
      ? msg(str`${rate} a second × ${count}`, {
          id: 'price-breakdown.second',
          desc: 'How a price is made up: the rate per second times the started seconds of the media.',
        })
      : unit === 'hour'
        ? msg(str`${rate} an hour × ${count}`, {
            id: 'price-breakdown.hour',
            desc: 'How a price is made up: the rate per hour times the started hours of the media.',
          })
        : msg(str`${rate} a minute × ${count}`, {
            id: 'price-breakdown.minute',
            desc: 'How a price is made up: the rate per minute times the started minutes of the media.',
          });
  return addOns
    ? msg(str`${perUnit} + ${creditsText(addOns)}`, {
        id: 'price-breakdown.add-on',
        desc: 'A price made up per unit, plus a fixed add-on.',
      })
    : perUnit;
}

/** "Ready by about 7:34 PM": when an order is expected, from the server's expected finish time. */
function readyByText(expectedFinishTime: number, nowSeconds: number): string {
  return msg(str`Ready by about ${formatTimeAhead(Math.max(expectedFinishTime, nowSeconds), nowSeconds)}`);
}

/** Where an order placed stands, in a sentence: "Ready by about 7:34 PM.", "Delivered.", "Waiting for approval." */
function orderStateText(task: EntryVendorTask, nowSeconds: number): string {
  switch (task.status) {
    case EntryVendorTaskStatus.READY:
      return msg('Delivered.', { id: 'order-state.ready', desc: 'An order placed, now done.' });
    case EntryVendorTaskStatus.PENDING_MODERATION:
      return msg('Waiting for an administrator to approve it.');
    case EntryVendorTaskStatus.REJECTED:
      return msg('An administrator rejected it.');
    case EntryVendorTaskStatus.ERROR:
      return msg('The vendor could not complete it.');
    case EntryVendorTaskStatus.ABORTED:
      return msg('It was cancelled.');
    case EntryVendorTaskStatus.PENDING_ENTRY_READY:
      return msg('Starts once the entry is ready.');
    default:
      return task.expectedFinishTime && task.turnAroundTime !== VendorServiceTurnAroundTime.BEST_EFFORT
        ? msg(str`${readyByText(task.expectedFinishTime, nowSeconds)}.`, {
            id: 'order-state.ready-by',
            desc: 'An order placed and on its way: when it is expected, as a sentence.',
          })
        : msg('In progress.', {
            id: 'order-state.in-progress',
            desc: 'An order placed, on its way, with no promised time.',
          });
  }
}

/**
 * An order chained after captions of `language` (a translation ordered with its source captions): when it
 * starts, "Starts when the English captions are ready (about 7:34 PM)."
 */
export function afterCaptionsText(language: string, readyAt: number | undefined, nowSeconds: number): string {
  const captions = catalogLanguage(language);
  return readyAt === undefined
    ? msg(str`Starts when the ${captions} captions are ready.`)
    : msg(
        str`Starts when the ${captions} captions are ready (about ${formatTimeAhead(Math.max(readyAt, nowSeconds), nowSeconds)}).`,
      );
}

/** What becomes of orders chained after captions, and what happens if the page closes first. */
export function chainedOrdersText(): string {
  return msg(
    'This page places the orders that wait for captions as soon as the captions are ready. If you close the page before then, they are not placed and nothing is charged for them: order them here again once the captions are ready.',
  );
}

/**
 * When a service ordered now would be ready (kaltura-rules §4.6): a clock time for a turnaround in
 * seconds; business days are counted in the vendor's working hours, so they are named, not computed.
 */
export function serviceReadyText(turnAroundTime: number, nowSeconds: number): string {
  const span = turnAroundSpan(turnAroundTime);
  if (span.unit === 'bestEffort') return msg('No promised delivery time');
  if (span.unit === 'businessDays') {
    const days = span.amount;
    return plural(days, {
      one: msg('Ready in about 1 business day', {
        id: 'ready-in.business-days.one',
        desc: 'When a service ordered now would be ready.',
      }),
      other: msg(str`Ready in about ${days} business days`, {
        id: 'ready-in.business-days.other',
        desc: 'When a service ordered now would be ready.',
      }),
    });
  }
  if (span.amount === 0) return msg('Ready within minutes');
  return readyByText(nowSeconds + span.amount, nowSeconds);
}
