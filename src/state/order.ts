import { toApiError, type KalturaApiError } from '../api/errors.js';
import { EntryVendorTaskCreationMode } from '../reach/enums.js';
import type { EntryVendorTask } from '../reach/schemas.js';
import { addTask, listTasks, type NewTask } from '../reach/tasks.js';
import { forgetProfiles } from './lookups.js';
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
export type OrderOutcome = SentOrderOutcome & {
  /**
   * The same order (session, entry, catalog item) was already in flight, from this element or another:
   * this call sent nothing and reports that order's outcome. Only the element that placed an order fires
   * `reach-task-created` for it, so a joined `created` outcome fires nothing.
   */
  readonly joined?: true;
};

/** What happened to an order that was sent. */
type SentOrderOutcome =
  /** The server created the task (`reconciled`: found by listing after a lost answer). */
  | {
      readonly kind: 'created';
      readonly request: NewTask;
      readonly task: EntryVendorTask;
      readonly reconciled: boolean;
    }
  /** The server refused, or the answer was lost and listing showed no task: nothing was ordered. */
  | {
      readonly kind: 'failed';
      readonly request: NewTask;
      readonly error: KalturaApiError;
      readonly reconciled: boolean;
    }
  /**
   * The answer was lost and it is not known whether the task exists: the listing failed too, or (with
   * `candidates`) it found several new tasks this user ordered by hand for that entry and item (another
   * tab, say) and cannot tell which one is this order. Never re-send it; check again, or show the candidates.
   */
  | {
      readonly kind: 'unknown';
      readonly request: NewTask;
      readonly error: KalturaApiError;
      readonly attempt: OrderAttempt;
      readonly candidates?: readonly EntryVendorTask[];
    };

/** What is needed to find out later what an uncertain order did. */
export interface OrderAttempt {
  /** Unix seconds (browser clock) when the order was sent. */
  readonly sentAt: number;
  /** Tasks of that entry and catalog item the session knew before sending. */
  readonly knownTaskIds: readonly string[];
}

/**
 * Allowance for a server clock behind the browser's when listing what was made "since the attempt"
 * (tasks here, clip copies in clip-save.ts).
 */
export const CLOCK_SKEW_SECONDS = 15 * 60;

const inFlight = new WeakMap<ReachSession, Map<string, Promise<OrderOutcome>>>();

const keyOf = (request: NewTask) => `${request.entryId}\n${request.catalogItemId}`;

function ordersOf(session: ReachSession): Map<string, Promise<OrderOutcome>> {
  let orders = inFlight.get(session);
  if (!orders) inFlight.set(session, (orders = new Map()));
  return orders;
}

/**
 * Sends every request in one multirequest and reports each outcome separately, in the order given; a
 * request already in flight is not sent again but reports that order's outcome, marked `joined`.
 * Never rejects. Deliberately takes no AbortSignal: an order that has left cannot be called back, and its
 * task must reach the store even if the element that sent it is gone.
 */
export function placeOrders(session: ReachSession, requests: readonly NewTask[]): Promise<OrderOutcome[]> {
  const orders = ordersOf(session);
  const outcomes = requests.map((request): Promise<OrderOutcome> => {
    const key = keyOf(request);
    const running = orders.get(key);
    if (running) return running.then((outcome): OrderOutcome => ({ ...outcome, joined: true }));
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
        const apiError = toApiError(error, { service: 'reach_entryvendortask', action: 'add', mutates: true });
        if (apiError.kind === 'uncertain') return reconcileOrder(session, request, attempt, apiError);
        return { kind: 'failed', request, error: apiError, reconciled: false } as const;
      })
      .then(forgetCreditIfSpent(session))
      .finally(() => orders.delete(key));
    orders.set(key, outcome);
    return outcome;
  });
  return Promise.all(outcomes);
}

/**
 * After a lost answer: lists the entry's tasks for the catalog item created since the attempt and reports
 * what is true. Call it again with an `unknown` outcome's attempt to "check again".
 *
 * Only a task this order could have made counts: one the session's user ordered by hand (`userId` of the
 * KS — "" for an admin KS without a user — and creationMode MANUAL) that was not known before sending.
 * A rule's task, another user's, or one from before the attempt is never claimed. When several remain
 * (the same user ordered in another tab at the same time), the answer is `unknown` with the candidates.
 */
export async function reconcileOrder(
  session: ReachSession,
  request: NewTask,
  attempt: OrderAttempt,
  lost: KalturaApiError,
): Promise<OrderOutcome> {
  let objects: readonly EntryVendorTask[];
  let userId: string;
  try {
    // Both in one tick (one request); the session's details are usually known already.
    const [details, list] = await Promise.all([
      session.details(),
      session.call(
        listTasks(
          {
            entryIdEqual: request.entryId,
            catalogItemIdIn: [request.catalogItemId],
            createdAtGreaterThanOrEqual: attempt.sentAt - CLOCK_SKEW_SECONDS,
            orderBy: '-createdAt',
          },
          { pageSize: 50 },
        ),
      ),
    ]);
    objects = list.objects;
    userId = details.userId;
  } catch {
    return { kind: 'unknown', request, error: lost, attempt };
  }
  const known = new Set(attempt.knownTaskIds);
  const candidates = objects.filter(
    (task) =>
      !known.has(task.id) &&
      task.entryId === request.entryId &&
      task.catalogItemId === request.catalogItemId &&
      task.creationMode === EntryVendorTaskCreationMode.MANUAL &&
      (task.userId ?? '') === userId,
  );
  // What the listing found is true whatever this order did: every element shows it.
  if (objects.length > 0) session.tasks.upsert([...objects]);
  const [found] = candidates;
  if (found) forgetProfiles(session); // a new task may have spent credit ("check again" comes here directly)
  if (candidates.length === 1 && found) return { kind: 'created', request, task: found, reconciled: true };
  if (candidates.length > 1) return { kind: 'unknown', request, error: lost, attempt, candidates };
  return { kind: 'failed', request, error: lost, reconciled: true };
}

/** A created task (or one that may exist) may have spent credit: the profiles' usedCredit is read again. */
function forgetCreditIfSpent(session: ReachSession): (outcome: OrderOutcome) => OrderOutcome {
  return (outcome) => {
    if (outcome.kind === 'created' || outcome.kind === 'unknown') forgetProfiles(session);
    return outcome;
  };
}
