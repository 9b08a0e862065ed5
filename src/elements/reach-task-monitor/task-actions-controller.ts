import type { LitElement, ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { KalturaApiError, toApiError } from '../../api/errors.js';
import { listReachProfiles } from '../../reach/catalog.js';
import { getEntry, listFlavorAssets } from '../../reach/entries.js';
import { entryDurationMs } from '../../reach/entry.js';
import { blockingTask } from '../../reach/order-rules.js';
import { creditState, creditVerdict, estimatePrice } from '../../reach/pricing.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { allowedTaskActions, resubmission, type TaskAction } from '../../reach/task-rules.js';
import { abortTask, approveTask, listTasks, listTasksById, rejectTask, type NewTask } from '../../reach/tasks.js';
import { placeOrders, reconcileOrder, type OrderAttempt, type OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import { statusLabel } from '../shared/labels.js';
import { KeyedTasks } from './keyed-tasks.js';
import { quoteRefusal, type Quote } from './quote.js';
import type { MonitorContext } from './monitor-context.js';
import { errorText } from './task-words.js';
import { MAX_PAGE_SIZE } from './task-query.js';

/** Per task, what the person is doing with its actions; kept by id because rows come and go as the list scrolls. */
export interface ActionState {
  confirming?: TaskAction | undefined;
  reason: string;
  busy?: TaskAction | undefined;
  error?: string | undefined;
  /** Set after an action's outcome was uncertain and then checked. */
  note?: string | undefined;
  /** Focus was in the confirmation when it was sent: its button stays focusable (aria-disabled) while busy. */
  focusHeld?: boolean;
  /** A resubmission whose answer was lost and could not be checked: check again, never re-send. */
  unknownOrder?: { request: NewTask; attempt: OrderAttempt; error: KalturaApiError } | undefined;
}

export interface TaskActionsOptions extends MonitorContext {
  catalogItem: (id: number) => VendorCatalogItem | undefined;
  details: () => SessionDetails | undefined;
  /** A resubmission was placed (or joined: the same order already in flight from another element). */
  ordered: (task: EntryVendorTask, joined: boolean) => void;
}

/**
 * Approve, reject, cancel and order again: the confirmation each opens, the price and credit check before
 * ordering again (a `@lit/task` per task), the call, and what the person reads and where focus goes after it.
 * A call that changes something is never sent twice: a lost answer is looked up, not repeated.
 */
export class TaskActionsController implements ReactiveController {
  readonly #states = new Map<string, ActionState>();
  /** Version of each entry's source flavor, once looked up (the duplicate rule depends on it). */
  readonly #sourceVersions = new Map<string, number | undefined>();
  readonly quotes: KeyedTasks<Quote>;
  /** The row whose action ended: focus moves to its outcome once it is drawn. */
  #focusAfter: { id: string; action: TaskAction } | undefined;
  /** The confirmation just opened: focus moves into it once it is drawn. */
  #focusConfirm: string | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly options: TaskActionsOptions,
  ) {
    host.addController(this);
    this.quotes = new KeyedTasks(host, () => options.signal());
  }

  /** After the update that drew an action's outcome: focus follows it. */
  hostUpdated(): void {
    const pending = this.#focusAfter;
    this.#focusAfter = undefined;
    if (pending) this.#focusOutcome(pending.id, pending.action);
    // The confirmation is drawn once the card's parts have loaded (card-parts.ts): until then the focus waits.
    const opened = this.#focusConfirm;
    if (opened && (this.state(opened).confirming === undefined || this.#focusIntoConfirm(opened)))
      this.#focusConfirm = undefined;
  }

  state(id: string): ActionState {
    let state = this.#states.get(id);
    if (!state) {
      state = { reason: '' };
      this.#states.set(id, state);
    }
    return state;
  }

  #update(id: string, patch: Partial<ActionState>): void {
    Object.assign(this.state(id), patch);
    this.host.requestUpdate();
  }

  /** What the server would accept for this task now. */
  allowed(task: EntryVendorTask): TaskAction[] {
    const session = this.options.session();
    const entryTasks = task.entryId && session ? session.tasks.forEntry(task.entryId) : [task];
    const sourceVersion = task.entryId ? this.#sourceVersions.get(task.entryId) : undefined;
    return allowedTaskActions(task, {
      item: this.options.catalogItem(task.catalogItemId),
      entryTasks,
      session: this.options.details(),
      sourceVersion,
    });
  }

  /**
   * What the server would accept for this task itself now: approve, reject, cancel (ordering again is left
   * out; it looks at the entry's other tasks). Cheap enough to ask of every task of a large selection.
   */
  moderation(task: EntryVendorTask): TaskAction[] {
    return allowedTaskActions(task, { item: undefined, entryTasks: [], session: this.options.details() });
  }

  /** An action's button: opens its confirmation (ordering again checks the price afresh) or closes it. */
  toggle(task: EntryVendorTask, action: TaskAction): void {
    const state = this.state(task.id);
    if (state.busy !== undefined || (action === 'resubmit' && state.unknownOrder)) return;
    const opening = state.confirming !== action;
    this.#focusConfirm = opening ? task.id : undefined;
    this.#update(task.id, { confirming: opening ? action : undefined, error: undefined, note: undefined });
    if (opening && action === 'resubmit') this.quotes.run(task.id, (signal) => this.#loadQuote(task, signal));
  }

  setReason(id: string, reason: string): void {
    this.state(id).reason = reason;
  }

  /** "Keep as is": closes the confirmation. */
  keep(id: string, action: TaskAction): void {
    this.#update(id, { confirming: undefined });
    this.#focusAfter = { id, action };
  }

  async run(task: EntryVendorTask, action: TaskAction): Promise<void> {
    const session = this.options.session();
    const state = this.state(task.id);
    if (!session || state.busy || state.unknownOrder) return;
    const root = this.host.renderRoot as ShadowRoot;
    const form = root.querySelector(`form.confirm[data-task="${CSS.escape(task.id)}"]`);
    const active = root.activeElement;
    this.#update(task.id, {
      busy: action,
      error: undefined,
      note: undefined,
      focusHeld: !!form && !!active && form.contains(active),
    });
    try {
      if (action === 'resubmit') await this.#resubmit(session, task);
      else await this.#moderate(session, task, action, state.reason.trim());
    } finally {
      // Whatever happened, the buttons work again.
      this.#update(task.id, { busy: undefined, focusHeld: false });
      this.#focusAfter = { id: task.id, action };
    }
  }

  async #moderate(
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
      this.#update(task.id, { confirming: undefined, reason: '' });
    } catch (caught) {
      const error = toApiError(caught, { service: call.service, action: call.action, mutates: true });
      if (error.kind === 'uncertain') await this.#reconcile(session, task);
      else {
        this.#update(task.id, { error: errorText(error) });
        this.options.reportError(error);
      }
    }
  }

  /**
   * Before "Order again" may be confirmed: the price for the entry's length, the credit left on the task's
   * profile (fresh, not the cached list), the source version and the entry's orders of that item.
   */
  async #loadQuote(task: EntryVendorTask, signal: AbortSignal): Promise<Quote> {
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
    this.#sourceVersions.set(entryId, sourceVersion);
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
  async #resubmit(session: ReachSession, task: EntryVendorTask): Promise<void> {
    // The check shown in the confirmation; one that failed is tried again first.
    this.quotes.run(task.id, (signal) => this.#loadQuote(task, signal), true);
    const quote = await this.quotes.get(task.id)?.taskComplete.catch(() => undefined);
    const refusal = quoteRefusal(quote);
    if (refusal) {
      this.#update(task.id, { error: refusal });
      return;
    }
    const [outcome] = await placeOrders(session, [resubmission(task)]);
    await this.#applyOrderOutcome(session, task, outcome!);
  }

  async #applyOrderOutcome(session: ReachSession, task: EntryVendorTask, outcome: OrderOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'created':
        this.options.ordered(outcome.task, outcome.joined === true);
        this.#update(task.id, {
          confirming: undefined,
          unknownOrder: undefined,
          note: outcome.reconciled
            ? msg('The connection dropped, but the order was placed: it is listed here.')
            : msg('Ordered again: the new order is listed here.'),
        });
        return;
      case 'failed':
        if (outcome.reconciled) {
          this.#update(task.id, {
            unknownOrder: undefined,
            note: msg('The connection dropped and the order was not placed. You can try again.'),
          });
          return;
        }
        this.#update(task.id, { unknownOrder: undefined, error: errorText(outcome.error) });
        this.options.reportError(outcome.error);
        // The order that stands in the way may be one this page has not seen: show it (it is not ours, so no reach-task-created).
        if (outcome.error.code === 'ENTRY_VENDOR_TASK_DUPLICATION') await this.#showOrdersOf(session, task);
        return;
      case 'unknown':
        this.#update(task.id, {
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
  async checkOrderAgain(task: EntryVendorTask): Promise<void> {
    const session = this.options.session();
    const state = this.state(task.id);
    const unknown = state.unknownOrder;
    if (!session || !unknown || state.busy) return;
    this.#update(task.id, { busy: 'resubmit', note: undefined, error: undefined });
    try {
      await this.#applyOrderOutcome(
        session,
        task,
        await reconcileOrder(session, unknown.request, unknown.attempt, unknown.error),
      );
    } finally {
      this.#update(task.id, { busy: undefined });
      this.#focusAfter = { id: task.id, action: 'resubmit' };
    }
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
      this.#update(task.id, {
        confirming: undefined,
        note: msg(str`The connection dropped. The task is now: ${statusLabel(now?.status ?? task.status)}.`),
      });
    } catch {
      this.#update(task.id, {
        error: msg('The connection dropped and the outcome is not known yet. Check again in a moment.'),
      });
    }
  }

  /** Into a confirmation that just opened: its reason field (reject, cancel), else its answer button; false when the
   * confirmation is not drawn (yet). */
  #focusIntoConfirm(id: string): boolean {
    const form = (this.host.renderRoot as ShadowRoot).querySelector(`form.confirm[data-task="${CSS.escape(id)}"]`);
    form?.querySelector<HTMLElement>('textarea, button[type=submit]')?.focus();
    return form !== null;
  }

  /**
   * After an action the confirmation (and maybe the action's button) is gone: focus moves to what
   * happened (the refusal or note), else back to the action's button, else to the task's heading.
   */
  #focusOutcome(id: string, action: TaskAction): void {
    const root = this.host.renderRoot as ShadowRoot;
    const article = root.querySelector<HTMLElement>(`article.task[data-id="${CSS.escape(id)}"]`);
    if (!article) return;
    const active = root.activeElement;
    // Only when focus was lost with the confirmation (or is still in it): never pull it from elsewhere.
    const page = document.activeElement;
    const lost = !active && (!page || page === document.body || page === this.host);
    const inConfirm = !!active && !!article.querySelector('form.confirm')?.contains(active);
    if (!lost && !inConfirm) return;
    const target =
      article.querySelector<HTMLElement>('.outcome') ??
      article.querySelector<HTMLElement>(`.actions button[data-action="${action}"]`) ??
      article.querySelector<HTMLElement>('h3');
    target?.focus();
  }
}
