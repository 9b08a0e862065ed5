import { msg, str } from '@lit/localize';
import { KalturaApiError, toApiError } from '../../api/errors.js';
import { listReachProfiles } from '../../reach/catalog.js';
import { getEntry, listFlavorAssets } from '../../reach/entries.js';
import { entryDurationMs } from '../../reach/entry.js';
import { blockingTask } from '../../reach/order-rules.js';
import { creditState, creditVerdict, estimatePrice } from '../../reach/pricing.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { resubmission, type TaskAction } from '../../reach/task-rules.js';
import { abortTask, approveTask, listTasks, listTasksById, rejectTask } from '../../reach/tasks.js';
import { placeOrders, reconcileOrder, type OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import { statusLabel } from '../shared/labels.js';
import { quoteRefusal, type Quote } from './quote.js';
import type { TaskActionsController, TaskActionsOptions } from './task-actions-controller.js';
import { MAX_PAGE_SIZE } from './task-query.js';
import { errorText } from './task-words.js';

/**
 * What the actions of a task's card send (card-parts.ts, loaded when a confirmation first opens): the price and
 * credit check before ordering again, approve / reject / cancel, the order itself, and what the person reads
 * after it. A call that changes something is never sent twice: a lost answer is looked up, not repeated.
 */
export class TaskActionRunner {
  constructor(
    private readonly actions: TaskActionsController,
    private readonly options: TaskActionsOptions,
  ) {}

  async moderate(
    session: ReachSession,
    task: EntryVendorTask,
    action: Exclude<TaskAction, 'resubmit'>,
    reason: string,
  ): Promise<void> {
    const call =
      action === 'approve'
        ? approveTask(task.id)
        : action === 'reject'
          ? rejectTask(task.id, reason)
          : abortTask(task.id, reason);
    try {
      // No abort signal: a call that changes things may already have reached the server, and its answer
      // must still reach the store (and this row) if the element is moved or removed meanwhile.
      const result = await session.call(call);
      session.tasks.upsert([result]);
      this.actions.update(task.id, { confirming: undefined, reason: '' });
    } catch (caught) {
      const error = toApiError(caught, { service: call.service, action: call.action, mutates: true });
      if (error.kind === 'uncertain') await this.#reconcile(session, task);
      else {
        this.actions.update(task.id, { error: errorText(error) });
        this.options.reportError(error);
      }
    }
  }

  /**
   * Before "Order again" may be confirmed: the price for the entry's length, the credit left on the task's
   * profile (fresh, not the cached list), the source version and the entry's orders of that item.
   */
  async loadQuote(task: EntryVendorTask, signal: AbortSignal): Promise<Quote> {
    const session = this.options.session();
    const item = this.options.catalogItem(task.catalogItemId);
    const entryId = task.entryId;
    if (!session || !item || !entryId) {
      throw new KalturaApiError({
        code: 'NOT_ORDERABLE_HERE',
        message: msg('This order cannot be placed again from here.'),
        kind: 'api',
      });
    }
    const [entry, flavors, profiles, orders] = await Promise.all([
      session.call(getEntry(entryId), { signal }),
      session.call(listFlavorAssets(entryId), { signal }),
      session.call(listReachProfiles(), { signal }).catch(() => undefined),
      session.call(listTasks({ entryIdEqual: entryId, catalogItemIdIn: [item.id] }, { pageSize: MAX_PAGE_SIZE }), {
        signal,
      }),
    ]);
    session.tasks.upsert(orders.objects);
    const sourceVersion = flavors.objects.find((flavor) => flavor.isOriginal)?.version;
    this.actions.sourceVersions.set(entryId, sourceVersion);
    const estimate = estimatePrice(item, entryDurationMs(entry));
    const profile = profiles?.objects.find((candidate) => candidate.id === task.reachProfileId);
    const credit = profile ? creditState(profile, session.tasks.now()) : undefined;
    return {
      estimate,
      verdict: credit ? creditVerdict(credit, estimate) : undefined,
      profileName: profile?.name,
      remaining: credit && !credit.unlimited ? credit.remaining : undefined,
      blocking: blockingTask(item, session.tasks.forEntry(entryId), sourceVersion),
    };
  }

  /** Orders the same service again through the shared order flow (never re-sent; reconciled after a lost answer). */
  async resubmit(session: ReachSession, task: EntryVendorTask): Promise<void> {
    // The check shown in the confirmation; one that failed is tried again first.
    this.actions.checkQuote(task, true);
    const quote = await this.actions.quotes.get(task.id)?.taskComplete.catch(() => undefined);
    const refusal = quoteRefusal(quote);
    if (refusal) {
      this.actions.update(task.id, { error: refusal });
      return;
    }
    const [outcome] = await placeOrders(session, [resubmission(task)]);
    await this.#applyOrderOutcome(session, task, outcome!);
  }

  async #applyOrderOutcome(session: ReachSession, task: EntryVendorTask, outcome: OrderOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'created':
        this.options.ordered(outcome.task, outcome.joined === true);
        this.actions.update(task.id, {
          confirming: undefined,
          unknownOrder: undefined,
          note: outcome.reconciled
            ? msg('The connection dropped, but the order was placed: it is listed here.')
            : msg('Ordered again: the new order is listed here.'),
        });
        return;
      case 'failed':
        if (outcome.reconciled) {
          this.actions.update(task.id, {
            unknownOrder: undefined,
            note: msg('The connection dropped and the order was not placed. You can try again.'),
          });
          return;
        }
        this.actions.update(task.id, { unknownOrder: undefined, error: errorText(outcome.error) });
        this.options.reportError(outcome.error);
        // The order that stands in the way may be one this page has not seen: show it (it is not ours, so no reach-task-created).
        if (outcome.error.code === 'ENTRY_VENDOR_TASK_DUPLICATION') await this.#showOrdersOf(session, task);
        return;
      case 'unknown':
        this.actions.update(task.id, {
          confirming: undefined,
          unknownOrder: { request: outcome.request, attempt: outcome.attempt, error: outcome.error },
          note: msg(
            'The connection dropped and it is not known yet whether the order was placed. Check again before ordering anything.',
          ),
        });
        this.options.reportError(outcome.error);
        return;
    }
  }

  /** "Check again" after a resubmission of unknown outcome: lists what the server holds; sends nothing. */
  async checkOrderAgain(session: ReachSession, task: EntryVendorTask): Promise<void> {
    const unknown = this.actions.state(task.id).unknownOrder;
    if (!unknown) return;
    const outcome = await reconcileOrder(session, unknown.request, unknown.attempt, unknown.error);
    await this.#applyOrderOutcome(session, task, outcome);
  }

  /** Brings the entry's orders of the task's catalog item into the store, so the one in the way is shown. */
  async #showOrdersOf(session: ReachSession, task: EntryVendorTask): Promise<void> {
    if (!task.entryId) return;
    const filter = { entryIdEqual: task.entryId, catalogItemIdIn: [task.catalogItemId] };
    try {
      const { objects } = await session.call(listTasks(filter, { pageSize: MAX_PAGE_SIZE }), {
        signal: this.options.signal(),
      });
      session.tasks.upsert(objects);
    } catch {
      // The refusal is shown; the poller and the next load show the rest.
    }
  }

  /**
   * The answer was lost, so whether the action happened is unknown: look at what the server holds now
   * and say so. Nothing is sent again by itself.
   */
  async #reconcile(session: ReachSession, task: EntryVendorTask): Promise<void> {
    try {
      const [current] = await session.call(listTasksById([task.id]));
      if (current) session.tasks.upsert([current]);
      else session.tasks.markVanished([task.id]);
      const now = session.tasks.get(task.id);
      this.actions.update(task.id, {
        confirming: undefined,
        note: msg(str`The connection dropped. The task is now: ${statusLabel(now?.status ?? task.status)}.`),
      });
    } catch {
      this.actions.update(task.id, {
        error: msg('The connection dropped and the outcome is not known yet. Check again in a moment.'),
      });
    }
  }
}
