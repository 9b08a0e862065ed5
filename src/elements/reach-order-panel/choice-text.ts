import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { entryDurationMs } from '../../reach/entry.js';
import { priceBreakdown } from '../../reach/pricing.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { profileDictionary } from '../../reach/task-data.js';
import {
  afterCaptionsText,
  catalogLanguage,
  chainedOrdersText,
  isolate,
  orderErrorText,
  orderStateText,
  priceBreakdownText,
  unitPriceText,
} from '../shared/order-text.js';
import { captionsReadyAt, chainedInputProblems } from './chosen-items.js';
import type { ItemResult, ItemView, PanelView } from './panel-view.js';

// What the order panel says of a service while it is chosen and ordered (the need steps after the need, the whole
// catalog, the results; loaded with the order parts): its price detail, chaining after captions, the outcome of
// ordering it, and its inputs once chosen.

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
  return view.serviceInputs({
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
