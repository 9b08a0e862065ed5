import { entryDurationMs } from '../../reach/entry.js';
import {
  isFinalTaskStatus,
  VendorCatalogItemStatus,
  VendorServiceFeature,
  VendorServiceType,
} from '../../reach/enums.js';
import { blockingTask, entryRefusal, tasksCancelledByOrder } from '../../reach/order-rules.js';
import {
  creditVerdict,
  estimatePrice,
  type CreditState,
  type CreditVerdict,
  type PriceEstimate,
} from '../../reach/pricing.js';
import type { EntryVendorTask, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { inputRefusal, type OrderInput } from '../../reach/task-data.js';
import type { OrderOutcome } from '../../state/order.js';
import { entryRefusalText, inputRefusalText } from '../shared/order-text.js';
import type { PanelData } from './panel-data.js';
import { unitsRequiredText } from './service-text.js';

// What the order panel's render modules draw from: one catalog item as the panel sees it, and the panel's
// state and actions as one object (`PanelView`), built by the shell on each render.

/**
 * What became of one item of an order: on its way, or its outcome (`checking`: an `unknown` one is being
 * looked for again).
 */
export type ItemResult =
  | { readonly kind: 'ordering' }
  /** Chained after captions of its source language: placed by the panel once they are ready (`readyAt`: when they are expected). */
  | { readonly kind: 'waiting'; readonly captions: VendorCatalogItem; readonly readyAt: number | undefined }
  /** Was waiting for captions that were not ordered or not delivered: nothing was ordered. */
  | { readonly kind: 'not-started'; readonly captions: VendorCatalogItem }
  | (OrderOutcome & { readonly checking?: boolean });

/** Up to this many services are all shown at once; more are folded by need (captions, translation, …). */
export const FEW_SERVICES = 6;

export interface Filters {
  feature: string;
  fidelity: string;
  source: string;
  target: string;
  turnaround: string;
  /** Typed in "Browse all services": words each found in the name, feature or a language of the service. */
  search: string;
}
export const NO_FILTERS: Filters = { feature: '', fidelity: '', source: '', target: '', turnaround: '', search: '' };

/** One catalog item for this entry. */
export interface ItemView {
  item: VendorCatalogItem;
  estimate: PriceEstimate;
  /** Why it can never be ordered for this entry. */
  unavailable?: string;
  /** The open (or delivered) order that stops it from being ordered again. */
  blocking?: EntryVendorTask;
  /** Pending orders on an earlier version of the media that ordering it cancels, without refund. */
  cancels?: EntryVendorTask[];
  latest?: EntryVendorTask;
  result?: ItemResult;
  /**
   * A service that needs captions the entry has not got yet (a translation): the captions service ordered
   * with it, or whose open order it waits for (`captionsOrder`), after which the panel places it.
   */
  captionsFirst?: { readonly item: VendorCatalogItem; readonly captionsOrder?: EntryVendorTask };
}

/** The panel as its render modules see it: state to draw, and what the user can do. */
export interface PanelView {
  readonly data: PanelData;
  readonly items: readonly ItemView[];
  readonly filters: Filters;
  readonly selected: ReadonlySet<number>;
  /** Translations taken out of the order because the captions they start from were unticked. */
  readonly unchained: ReadonlySet<number>;
  /** Items whose input problems are shown (after a first attempt to order them). */
  readonly validated: ReadonlySet<number>;
  readonly results: ReadonlyMap<number, ItemResult>;
  readonly lastOrder: readonly number[];
  readonly tasks: readonly EntryVendorTask[];
  /** The active profiles, the chosen one and its credit. */
  readonly profiles: readonly ReachProfile[];
  readonly profile: ReachProfile | undefined;
  readonly credit: CreditState | undefined;
  /** An order is on its way. */
  readonly ordering: boolean;
  /** The server's time (unix seconds). */
  readonly now: number;
  input(view: ItemView): OrderInput;
  setFilter(name: keyof Filters, value: string): void;
  clearFilters(): void;
  chooseProfile(id: number): void;
  toggle(view: ItemView, checked: boolean): void;
  setInput<Key extends keyof OrderInput>(view: ItemView, key: Key, value: OrderInput[Key]): void;
  review(): void;
  back(): void;
  place(): void;
  checkAgain(id: number, result: Extract<ItemResult, { kind: 'unknown' }>): void;
  /** Shows a task in a task monitor on the same page; undefined when there is none. */
  readonly showTask: ((taskId: string) => void) | undefined;
  dismissResults(): void;
}

/** What the order flow (order-flow.ts, loaded with the order parts) adds to the panel's view. */
export type OrderingView = Pick<
  PanelView,
  | 'items'
  | 'selected'
  | 'unchained'
  | 'validated'
  | 'results'
  | 'lastOrder'
  | 'ordering'
  | 'input'
  | 'toggle'
  | 'setInput'
  | 'review'
  | 'back'
  | 'place'
  | 'checkAgain'
  | 'showTask'
  | 'dismissResults'
>;

/** The panel's view without the order flow: what the shell knows itself. */
export type PanelBase = Omit<PanelView, keyof OrderingView>;

/** `selected`: what is chosen; a translation is chained after the captions chosen with it when there are any. */
export function itemViews(
  data: PanelData,
  tasks: readonly EntryVendorTask[],
  results: ReadonlyMap<number, ItemResult>,
  selected: ReadonlySet<number> = new Set(),
): ItemView[] {
  return data.catalog.map((item) => {
    const entryReason = entryRefusal(data.entry, item);
    const inputReason = inputRefusal(item, data.captionAssets);
    const ofItem = tasks.filter((task) => task.catalogItemId === item.id).sort((a, b) => b.createdAt - a.createdAt);
    const view: ItemView = { item, estimate: estimatePrice(item, entryDurationMs(data.entry)) };
    if (entryReason) view.unavailable = entryRefusalText(entryReason, data.entry, item);
    else if (view.estimate.kind === 'units-required') view.unavailable = unitsRequiredText();
    else if (inputReason) {
      const chained = inputReason === 'needs-source-captions' ? captionsFirst(item, data, tasks, selected) : undefined;
      if (chained) view.captionsFirst = chained;
      else view.unavailable = inputRefusalText(inputReason, item);
    }
    const blocking = blockingTask(item, tasks, data.sourceVersion);
    if (blocking) view.blocking = blocking;
    const cancels = tasksCancelledByOrder(item, tasks, data.sourceVersion);
    if (cancels.length > 0) view.cancels = cancels;
    if (ofItem[0]) view.latest = ofItem[0];
    const result = results.get(item.id);
    if (result) view.result = result;
    return view;
  });
}

/**
 * The captions `item` (a translation) can be chained after: an open captions order in its source language, else
 * the captions of that language chosen to order, else the best service to order.
 */
function captionsFirst(
  item: VendorCatalogItem,
  data: PanelData,
  tasks: readonly EntryVendorTask[],
  selected: ReadonlySet<number>,
): ItemView['captionsFirst'] {
  const candidates = data.catalog.filter(
    (candidate) =>
      candidate.serviceFeature === VendorServiceFeature.CAPTIONS &&
      candidate.sourceLanguage === item.sourceLanguage &&
      !entryRefusal(data.entry, candidate) &&
      estimatePrice(candidate, entryDurationMs(data.entry)).kind !== 'units-required',
  );
  for (const candidate of candidates) {
    const open = blockingTask(candidate, tasks, data.sourceVersion);
    if (open && !isFinalTaskStatus(open.status)) return { item: candidate, captionsOrder: open };
  }
  const orderable = candidates.filter((candidate) => !blockingTask(candidate, tasks, data.sourceVersion));
  const chosen = orderable.find((candidate) => selected.has(candidate.id));
  if (chosen) return { item: chosen };
  const sameFidelity = (candidate: VendorCatalogItem) => (candidate.serviceType === item.serviceType ? 0 : 1);
  const deprecated = (candidate: VendorCatalogItem) =>
    candidate.status === VendorCatalogItemStatus.DEPRECATED ? 1 : 0;
  const price = (candidate: VendorCatalogItem) => {
    const estimate = estimatePrice(candidate, entryDurationMs(data.entry));
    return estimate.kind === 'fixed' ? estimate.amount : estimate.kind === 'free' ? 0 : Number.MAX_VALUE;
  };
  // Of the same fidelity as the translation, current before deprecated, soonest ready, then cheapest.
  const [best] = orderable.sort(
    (a, b) =>
      sameFidelity(a) - sameFidelity(b) ||
      deprecated(a) - deprecated(b) ||
      turnaroundOrder(a.turnAroundTime) - turnaroundOrder(b.turnAroundTime) ||
      price(a) - price(b),
  );
  return best ? { item: best } : undefined;
}

export function isSelectable(view: ItemView): boolean {
  const busy = view.result?.kind === 'ordering' || view.result?.kind === 'unknown' || view.result?.kind === 'waiting';
  return !view.unavailable && !view.blocking && !busy;
}

/** Credit check across everything selected together, as the server will apply it one order after the other. */
export function creditCheck(
  credit: CreditState | undefined,
  views: readonly Pick<ItemView, 'estimate'>[],
): { verdict: CreditVerdict; total: number } {
  let total = 0;
  let verdict: CreditVerdict = 'ok';
  for (const view of views) {
    const itemVerdict = credit ? creditVerdict(credit, view.estimate, total) : 'ok';
    if (verdict === 'ok') verdict = itemVerdict;
    if (view.estimate.kind === 'fixed') total += view.estimate.amount;
  }
  return { verdict, total };
}

/** Business days before fixed durations, best effort last. */
export function turnaroundOrder(turnAroundTime: number): number {
  if (turnAroundTime < 0) return Number.MAX_SAFE_INTEGER;
  if (turnAroundTime >= 1 && turnAroundTime <= 7) return turnAroundTime * 86_400;
  return turnAroundTime;
}

export function byCatalogOrder(a: Pick<ItemView, 'item'>, b: Pick<ItemView, 'item'>): number {
  return (
    a.item.serviceFeature - b.item.serviceFeature ||
    (a.item.serviceType === VendorServiceType.MACHINE ? 0 : 1) -
      (b.item.serviceType === VendorServiceType.MACHINE ? 0 : 1) ||
    turnaroundOrder(a.item.turnAroundTime) - turnaroundOrder(b.item.turnAroundTime) ||
    (a.item.name ?? '').localeCompare(b.item.name ?? '')
  );
}
