import type { ReactiveControllerHost } from 'lit';
import type { NewTask } from '../../reach/tasks.js';
import { placeOrders, reconcileOrder, type OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import type { ItemResult } from './panel-view.js';

/**
 * The order panel's orders, for the entry it shows: one confirmation at a time goes out through
 * `placeOrders`; each catalog item keeps the result of its last order (until the panel shows another
 * entry); an order whose answer was lost is checked again, never re-sent. Outcomes that arrive for an
 * entry the panel no longer shows are dropped. The host updates whenever a result changes.
 */
export class OrderController {
  results: ReadonlyMap<number, ItemResult> = new Map();
  /** The catalog items of the last settled order, in the order the results list them. */
  lastOrder: readonly number[] = [];
  /** The entry the results belong to. */
  #entryId: string | undefined;
  /** Set synchronously, so a second click in the same tick cannot send anything. */
  #sending = false;

  constructor(private readonly host: ReactiveControllerHost) {}

  get sending(): boolean {
    return this.#sending;
  }

  /** The panel shows `entryId`: results of another entry are forgotten. Returns whether it changed. */
  showEntry(entryId: string): boolean {
    if (this.#entryId === entryId) return false;
    this.#entryId = entryId;
    this.#set(new Map(), []);
    return true;
  }

  /** Sends `requests` (one per catalog item); resolves with their outcomes, or undefined when nothing was sent or the panel moved on. */
  async place(session: ReachSession, requests: readonly NewTask[]): Promise<readonly OrderOutcome[] | undefined> {
    const [first] = requests;
    if (this.#sending || !first) return undefined;
    this.#sending = true;
    this.#set(new Map([...this.results, ...requests.map((request) => [request.catalogItemId, { kind: 'ordering' } as const] as const)]));
    const outcomes = await placeOrders(session, requests);
    this.#sending = false;
    if (this.#entryId !== first.entryId) return undefined;
    this.#settle(outcomes);
    return outcomes;
  }

  /** Looks again for an order whose answer was lost; resolves with what the server holds (undefined when the panel moved on). */
  async checkAgain(session: ReachSession, id: number, result: Extract<ItemResult, { kind: 'unknown' }>): Promise<OrderOutcome | undefined> {
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

  #settle(outcomes: readonly OrderOutcome[]): void {
    const results = new Map(this.results);
    for (const outcome of outcomes) results.set(outcome.request.catalogItemId, outcome);
    this.#set(results, outcomes.map((outcome) => outcome.request.catalogItemId));
  }

  #set(results: ReadonlyMap<number, ItemResult>, lastOrder = this.lastOrder): void {
    this.results = results;
    this.lastOrder = lastOrder;
    this.host.requestUpdate();
  }
}
