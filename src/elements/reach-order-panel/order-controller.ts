import type { ReactiveControllerHost } from 'lit';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import type { NewTask } from '../../reach/tasks.js';
import { placeOrders, reconcileOrder, type OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import type { ItemResult } from './panel-view.js';

/** An order chained after captions: `item` (a translation) is ordered with `complete(captionAssetId)` once `captions` are ready. */
export interface ChainedOrder {
  readonly item: VendorCatalogItem;
  readonly captions: VendorCatalogItem;
  /** When the captions are expected (unix seconds), if known. */
  readonly readyAt: number | undefined;
  complete(captionAssetId: string): NewTask;
}

/**
 * The order panel's orders, for the entry it shows: one confirmation at a time goes out through
 * `placeOrders`; each catalog item keeps the result of its last order (until the panel shows another
 * entry); an order whose answer was lost is checked again, never re-sent. Orders chained after captions
 * wait here (while the page is open) and go out, once each, when the captions are ready. Outcomes that
 * arrive for an entry the panel no longer shows are dropped. The host updates whenever a result changes.
 */
export class OrderController {
  results: ReadonlyMap<number, ItemResult> = new Map();
  /** The catalog items of the last settled order, in the order the results list them. */
  lastOrder: readonly number[] = [];
  /** The entry the results belong to. */
  #entryId: string | undefined;
  /** Set synchronously, so a second click in the same tick cannot send anything. */
  #sending = false;
  /** The order on its way, which chained orders wait for before they go out. */
  #inFlight: Promise<unknown> | undefined;
  /** Chained orders waiting for their captions, by catalog item. */
  #waiting = new Map<number, ChainedOrder>();

  constructor(private readonly host: ReactiveControllerHost) {}

  get sending(): boolean {
    return this.#sending;
  }

  /** The panel shows another entry, `entryId`: the results and waiting orders of the one before are forgotten. */
  reset(entryId: string): void {
    this.#entryId = entryId;
    this.#waiting.clear();
    this.#set(new Map(), []);
  }

  /**
   * Sends `requests` (one per catalog item), and keeps `chained` waiting for their captions (given up at
   * once when the captions were not ordered); resolves with the outcomes of what was sent, or undefined
   * when nothing could be sent or the panel moved on.
   */
  async place(
    session: ReachSession,
    requests: readonly NewTask[],
    chained: readonly ChainedOrder[] = [],
  ): Promise<readonly OrderOutcome[] | undefined> {
    const entryId = requests[0]?.entryId ?? this.#entryId;
    if (this.#sending || requests.length + chained.length === 0) return undefined;
    this.#sending = true;
    for (const order of chained) this.#waiting.set(order.item.id, order);
    const waiting = chained.map(
      (order) => [order.item.id, { kind: 'waiting', captions: order.captions, readyAt: order.readyAt }] as const,
    );
    this.#set(
      new Map([
        ...this.results,
        ...waiting,
        ...requests.map((request) => [request.catalogItemId, { kind: 'ordering' } as const] as const),
      ]),
    );
    const sent = requests.length > 0 ? placeOrders(session, requests) : Promise.resolve([]);
    this.#inFlight = sent;
    const outcomes = await sent;
    this.#sending = false;
    if (this.#entryId !== entryId) return undefined;
    this.#settle(
      outcomes,
      chained.map((order) => order.item.id),
    );
    for (const outcome of outcomes) if (outcome.kind !== 'created') this.giveUp(outcome.request.catalogItemId);
    return outcomes;
  }

  /**
   * Captions may have arrived: sends, once each, the chained orders whose captions `sourceOf` finds, after
   * any order on its way. Resolves with their outcomes (none when nothing was waiting for them).
   */
  async placeWaiting(
    session: ReachSession,
    sourceOf: (item: VendorCatalogItem) => string | undefined,
  ): Promise<readonly OrderOutcome[]> {
    const ready = [...this.#waiting.values()].flatMap((order) => {
      const source = sourceOf(order.item);
      return source ? [order.complete(source)] : [];
    });
    if (ready.length === 0) return [];
    // Taken out before anything is awaited: a second call cannot send them again.
    for (const request of ready) this.#waiting.delete(request.catalogItemId);
    while (this.#inFlight) {
      const current = this.#inFlight;
      await current;
      if (this.#inFlight === current) this.#inFlight = undefined;
    }
    const entryId = this.#entryId;
    const sent = placeOrders(session, ready);
    this.#inFlight = sent;
    this.#set(
      new Map([
        ...this.results,
        ...ready.map((request) => [request.catalogItemId, { kind: 'ordering' } as const] as const),
      ]),
    );
    const outcomes = await sent;
    if (this.#entryId !== entryId) return [];
    this.#settle(outcomes);
    return outcomes;
  }

  /** The captions `captionsItemId` were not ordered or not delivered: what waited for them is not ordered. */
  giveUp(captionsItemId: number): void {
    const stopped = [...this.#waiting.values()].filter((order) => order.captions.id === captionsItemId);
    if (stopped.length === 0) return;
    for (const order of stopped) this.#waiting.delete(order.item.id);
    this.#set(
      new Map([
        ...this.results,
        ...stopped.map((order) => [order.item.id, { kind: 'not-started', captions: order.captions } as const] as const),
      ]),
    );
  }

  /** Looks again for an order whose answer was lost; resolves with what the server holds (undefined when the panel moved on). */
  async checkAgain(
    session: ReachSession,
    id: number,
    result: Extract<ItemResult, { kind: 'unknown' }>,
  ): Promise<OrderOutcome | undefined> {
    if (result.checking) return undefined;
    this.#set(new Map(this.results).set(id, { ...result, checking: true }));
    const outcome = await reconcileOrder(session, result.request, result.attempt, result.error);
    if (this.#entryId !== result.request.entryId) return undefined;
    this.#settle([outcome]);
    return outcome;
  }

  /** A failed result is forgotten once its item is chosen again. */
  forgetFailure(id: number): void {
    if (this.results.get(id)?.kind !== 'failed') return;
    const results = new Map(this.results);
    results.delete(id);
    this.#set(results);
  }

  dismiss(): void {
    this.#set(this.results, []);
  }

  #settle(outcomes: readonly OrderOutcome[], waiting: readonly number[] = []): void {
    const results = new Map(this.results);
    for (const outcome of outcomes) results.set(outcome.request.catalogItemId, outcome);
    this.#set(results, [...outcomes.map((outcome) => outcome.request.catalogItemId), ...waiting]);
  }

  #set(results: ReadonlyMap<number, ItemResult>, lastOrder = this.lastOrder): void {
    this.results = results;
    this.lastOrder = lastOrder;
    this.host.requestUpdate();
  }
}
