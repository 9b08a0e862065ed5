import type { LitElement, ReactiveController } from 'lit';
import type { KalturaApiError } from '../../api/errors.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { allowedTaskActions, type TaskAction } from '../../reach/task-rules.js';
import type { NewTask } from '../../reach/tasks.js';
import type { OrderAttempt } from '../../state/order.js';
import type { LazyModule } from '../shared/lazy-module.js';
import type * as CardParts from './card-parts.js';
import { KeyedTasks } from './keyed-tasks.js';
import type { TaskActionRunner } from './task-action-runner.js';
import type { Quote } from './quote.js';
import type { MonitorContext } from './monitor-context.js';

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
  /** The card's parts (card-parts.ts): the confirmations, and what the actions send. */
  parts: LazyModule<typeof CardParts>;
  /** The focus is still where it was when a confirmation was opened (on its button, or nowhere). */
  focusStayed: (opener: Element | null) => boolean;
}

/**
 * Approve, reject, cancel and order again: which the server allows, the confirmation each opens, the price and
 * credit check before ordering again (a `@lit/task` per task), and where focus goes after the call. What is sent
 * comes with the confirmation's code (TaskActionRunner, card-parts.ts).
 */
export class TaskActionsController implements ReactiveController {
  readonly #states = new Map<string, ActionState>();
  /** Version of each entry's source flavor, once looked up (the duplicate rule depends on it). */
  readonly sourceVersions = new Map<string, number | undefined>();
  readonly quotes: KeyedTasks<Quote>;
  /** What the actions send, made once the card's parts have come. */
  #sender: TaskActionRunner | undefined;
  /** The row whose action ended: focus moves to its outcome once it is drawn. */
  #focusAfter: { id: string; action: TaskAction } | undefined;
  /** The confirmation just opened: focus moves into it once it is drawn. */
  #focusConfirm: { id: string; opener: Element | null } | undefined;

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
    // If the user has moved the focus meanwhile, it stays where they put it.
    const opened = this.#focusConfirm;
    if (!opened) return;
    if (this.state(opened.id).confirming === undefined || !this.options.focusStayed(opened.opener))
      this.#focusConfirm = undefined;
    else if (this.#focusIntoConfirm(opened.id)) this.#focusConfirm = undefined;
  }

  state(id: string): ActionState {
    let state = this.#states.get(id);
    if (!state) {
      state = { reason: '' };
      this.#states.set(id, state);
    }
    return state;
  }

  update(id: string, patch: Partial<ActionState>): void {
    Object.assign(this.state(id), patch);
    this.host.requestUpdate();
  }

  /** What the server would accept for this task now. */
  allowed(task: EntryVendorTask): TaskAction[] {
    const session = this.options.session();
    const entryTasks = task.entryId && session ? session.tasks.forEntry(task.entryId) : [task];
    const sourceVersion = task.entryId ? this.sourceVersions.get(task.entryId) : undefined;
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
    const opener = (this.host.renderRoot as ShadowRoot).activeElement;
    this.#focusConfirm = opening ? { id: task.id, opener } : undefined;
    // The user's press asks again for parts whose load failed (a pointer passing by does not).
    if (opening) this.options.parts.retry();
    this.update(task.id, { confirming: opening ? action : undefined, error: undefined, note: undefined });
    if (opening && action === 'resubmit') this.checkQuote(task);
  }

  /**
   * The price and credit check of ordering the task again; with `reuse`, not while one is under way or done.
   * Before the card's parts have come it is asked when they come (`partsLoaded`).
   */
  checkQuote(task: EntryVendorTask, reuse = false): void {
    const runner = this.#runner();
    if (runner) this.quotes.run(task.id, (signal) => runner.loadQuote(task, signal), reuse);
    else this.options.parts.want();
  }

  /** The card's parts have come (at last, after "Try again"): the price checks of open "Order again" confirmations. */
  partsLoaded(): void {
    const session = this.options.session();
    for (const [id, state] of this.#states) {
      const task = state.confirming === 'resubmit' ? session?.tasks.get(id) : undefined;
      if (task) this.checkQuote(task, true);
    }
  }

  /** What the actions send: here once the card's parts are, which draw every button that sends. */
  #runner(): TaskActionRunner | undefined {
    const parts = this.options.parts.loaded;
    return parts && (this.#sender ??= new parts.TaskActionRunner(this, this.options));
  }

  setReason(id: string, reason: string): void {
    this.state(id).reason = reason;
  }

  /** "Keep as is": closes the confirmation. */
  keep(id: string, action: TaskAction): void {
    this.update(id, { confirming: undefined });
    this.#focusAfter = { id, action };
  }

  async run(task: EntryVendorTask, action: TaskAction): Promise<void> {
    const session = this.options.session();
    const state = this.state(task.id);
    const runner = this.#runner();
    if (!session || !runner || state.busy || state.unknownOrder) return;
    const root = this.host.renderRoot as ShadowRoot;
    const form = root.querySelector(`form.confirm[data-task="${CSS.escape(task.id)}"]`);
    const active = root.activeElement;
    this.update(task.id, {
      busy: action,
      error: undefined,
      note: undefined,
      focusHeld: !!form && !!active && form.contains(active),
    });
    try {
      if (action === 'resubmit') await runner.resubmit(session, task);
      else await runner.moderate(session, task, action, state.reason.trim());
    } finally {
      // Whatever happened, the buttons work again.
      this.update(task.id, { busy: undefined, focusHeld: false });
      this.#focusAfter = { id: task.id, action };
    }
  }

  /** "Check again" after a resubmission of unknown outcome: lists what the server holds; sends nothing. */
  async checkOrderAgain(task: EntryVendorTask): Promise<void> {
    const session = this.options.session();
    const state = this.state(task.id);
    const unknown = state.unknownOrder;
    const runner = this.#runner();
    if (!session || !runner || !unknown || state.busy) return;
    this.update(task.id, { busy: 'resubmit', note: undefined, error: undefined });
    try {
      await runner.checkOrderAgain(session, task);
    } finally {
      this.update(task.id, { busy: undefined });
      this.#focusAfter = { id: task.id, action: 'resubmit' };
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
