import { KalturaApiError } from '../api/errors.js';
import type { EntryVendorTask } from '../reach/schemas.js';
import { addTask, listTasks, type NewTask } from '../reach/tasks.js';
import type { ReachSession } from './session.js';

/**
 * Placing REACH orders safely, for every element that orders (the order panel, the clips lab):
 * - all orders of one confirmation go out together (one multirequest, as the client batches one tick);
 * - `entryVendorTask.add` spends credit, so it is never re-sent: after a lost answer the entry's tasks for
 *   that catalog item are listed and the outcome is what the server really holds;
 * - one order per (session, entry, catalog item) at a time: a double click, a held Enter key or a second
 *   panel on the same entry joins the order in flight instead of sending another;
 * - an expired KS parks the orders in the client until the host sets a new one; they then complete.
 * Created tasks go into the session's TaskStore, so every element shows them and the poller follows them.
 */
export type OrderOutcome =
  /** The server created the task (`reconciled`: found by listing after a lost answer). */
  | { readonly kind: 'created'; readonly request: NewTask; readonly task: EntryVendorTask; readonly reconciled: boolean }
  /** The server refused, or the answer was lost and listing showed no task: nothing was ordered. */
  | { readonly kind: 'failed'; readonly request: NewTask; readonly error: KalturaApiError; readonly reconciled: boolean }
  /** The answer was lost and the listing failed too: it is not known whether the task exists. */
  | { readonly kind: 'unknown'; readonly request: NewTask; readonly error: KalturaApiError; readonly attempt: OrderAttempt }
  /** The same order was already in flight (from this or another element); this call sent nothing. */
  | { readonly kind: 'joined'; readonly request: NewTask; readonly outcome: Promise<OrderOutcome> };

/** What is needed to find out later what an uncertain order did. */
export interface OrderAttempt {
  /** Unix seconds (browser clock) when the order was sent. */
  readonly sentAt: number;
  /** Tasks of that entry and catalog item the session knew before sending. */
  readonly knownTaskIds: readonly string[];
}

/** Allowance for a server clock behind the browser's when listing "tasks since the attempt". */
const CLOCK_SKEW_SECONDS = 15 * 60;

const inFlight = new WeakMap<ReachSession, Map<string, Promise<OrderOutcome>>>();

const keyOf = (request: NewTask) => `${request.entryId}\n${request.catalogItemId}`;

function ordersOf(session: ReachSession): Map<string, Promise<OrderOutcome>> {
  let orders = inFlight.get(session);
  if (!orders) inFlight.set(session, (orders = new Map()));
  return orders;
}

/**
 * Sends every request in one multirequest and reports each outcome separately, in the order given.
 * Never rejects. Deliberately takes no AbortSignal: an order that has left cannot be called back, and its
 * task must reach the store even if the element that sent it is gone.
 */
export function placeOrders(session: ReachSession, requests: readonly NewTask[]): Promise<OrderOutcome[]> {
  const orders = ordersOf(session);
  const outcomes = requests.map((request): Promise<OrderOutcome> => {
    const key = keyOf(request);
    const running = orders.get(key);
    if (running) return Promise.resolve({ kind: 'joined', request, outcome: running });
    const attempt: OrderAttempt = {
      sentAt: Math.floor(Date.now() / 1000),
      knownTaskIds: session.tasks
        .forEntry(request.entryId)
        .filter((task) => task.catalogItemId === request.catalogItemId)
        .map((task) => task.id),
    };
    // Called in this same tick for every request: the client sends them in one HTTP request.
    const outcome = session
      .call(addTask(request))
      .then((task): OrderOutcome => {
        session.tasks.upsert([task]);
        return { kind: 'created', request, task, reconciled: false };
      })
      .catch((error: unknown) => {
        const apiError = asApiError(error);
        if (apiError.kind === 'uncertain') return reconcileOrder(session, request, attempt, apiError);
        return { kind: 'failed', request, error: apiError, reconciled: false } as const;
      })
      .finally(() => orders.delete(key));
    orders.set(key, outcome);
    return outcome;
  });
  return Promise.all(outcomes);
}

/**
 * After a lost answer: lists the entry's tasks for the catalog item created since the attempt and reports
 * what is true. Call it again with an `unknown` outcome's attempt to "check again".
 */
export async function reconcileOrder(
  session: ReachSession,
  request: NewTask,
  attempt: OrderAttempt,
  lost: KalturaApiError,
): Promise<OrderOutcome> {
  try {
    const { objects } = await session.call(
      listTasks(
        {
          entryIdEqual: request.entryId,
          catalogItemIdIn: [request.catalogItemId],
          createdAtGreaterThanOrEqual: attempt.sentAt - CLOCK_SKEW_SECONDS,
          orderBy: '-createdAt',
        },
        { pageSize: 50 },
      ),
    );
    const known = new Set(attempt.knownTaskIds);
    const found = objects.find((task) => !known.has(task.id));
    if (found) {
      session.tasks.upsert([found]);
      return { kind: 'created', request, task: found, reconciled: true };
    }
    return { kind: 'failed', request, error: lost, reconciled: true };
  } catch {
    return { kind: 'unknown', request, error: lost, attempt };
  }
}

function asApiError(error: unknown): KalturaApiError {
  if (error instanceof KalturaApiError) return error;
  return new KalturaApiError({
    code: 'CLIENT_ERROR',
    message: error instanceof Error ? error.message : String(error),
    kind: 'api',
    service: 'reach_entryvendortask',
    action: 'add',
  });
}
