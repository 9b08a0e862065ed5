import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { TaskStatus, initialState } from '@lit/task';
import { isAborted } from '../../api/errors.js';
import { ReachTaskChangedEvent, ReachTaskCreatedEvent } from '../../events.js';
import type { EntryVendorTask, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { safeUrl } from '../../reach/safe-url.js';
import { taskOutputKind } from '../../reach/task-output-kind.js';
import type { ReachSession } from '../../state/session.js';
import type { TaskChange } from '../../state/task-store.js';
import { ReachElement } from '../reach-element.js';
import { LazyModule } from '../shared/lazy-module.js';
import { baseStyles } from '../shared/styles.js';
import { taskChangeAnnouncement, taskTitle } from '../shared/task-labels.js';
import { TaskStoreController } from '../shared/task-store-controller.js';
import type { AccountListController } from './account-list-controller.js';
import type { BulkAction, BulkModerationController } from './bulk-moderation-controller.js';
import type * as AccountView from './account-view.js';
import type * as CardParts from './card-parts.js';
import { ExportButtonController } from './csv-export.js';
import { FiltersController } from './filters-controller.js';
import type { MonitorContext } from './monitor-context.js';
import { approvalFirstFilters, loadMonitorData, type MonitorData } from './monitor-data.js';
import { monitorStyles } from './reach-task-monitor.styles.js';
import { RefreshClockController } from './refresh-clock-controller.js';
import { countStatuses, type StatusCounts } from './status-counts.js';
import { TaskActionsController } from './task-actions-controller.js';
import { renderTaskCard } from './task-card.js';
import { TaskOutputController } from './task-output-controller.js';
import { MAX_PAGE_SIZE, type AccountFilters } from './task-query.js';
import { errorText } from './task-words.js';

/**
 * @tagname reach-task-monitor
 * @summary Follows REACH tasks live, of one entry or of the account, and acts on them.
 *
 * Follows REACH tasks live: those of one entry (`entry-id`), or the whole account's with filters, sorting
 * and paging. Shows status and progress toward the expected finish, price, accuracy, who ordered and how,
 * errors; offers approve / reject / abort / resubmit where the server allows them, the outputs, and a CSV
 * export. Status changes are announced politely. The account view counts what needs attention in status
 * chips that filter at once, opens an administrator on the orders awaiting approval, and approves, rejects
 * or cancels selected tasks together. A USER session follows the tasks and cancels its own orders; approving,
 * rejecting and the CSV export are not offered to it (the server refuses them), and the account view says so.
 *
 * @fires reach-task-changed {ReachTaskChangedEvent} - a shown task changed ({task, previousStatus})
 * @fires reach-task-created {ReachTaskCreatedEvent} - this monitor ordered a task again ({task}); not fired for an
 *   order it joined (the same order already in flight from another element of the page)
 * @csspart heading - the title
 * @csspart chips - the account view's status chips (each chip is also a `button` and a `chip`)
 * @csspart chip - one status chip, with its count
 * @csspart bulk - the account view's selection bar: actions on several tasks, their confirmation and outcome
 * @csspart filters - the account view's filter form
 * @csspart list - the list of tasks
 * @csspart task - one task
 * @csspart status - a task's status badge
 * @csspart progress - a task's progress bar
 * @csspart actions - a task's action buttons
 * @csspart button - every button
 * @cssproperty --reach-monitor-list-height - height of the scrolling account list (default 36rem)
 * @slot heading - replaces the default title
 */
@localized()
export class ReachTaskMonitor extends ReachElement {
  static override styles = [baseStyles, monitorStyles];

  /** Show this entry's tasks; without it, the account's. */
  @property({ attribute: 'entry-id' }) entryId?: string;

  /** Where "Open clips" links to: a URL in which `{entryId}` is replaced by the entry's id. */
  @property({ attribute: 'clips-href' }) clipsHref?: string;

  /** Tasks per request in the account view (Kaltura allows at most 500). */
  @property({ attribute: 'page-size', type: Number }) pageSize = MAX_PAGE_SIZE;

  /** Account view: the task opened beside the list. */
  @state() private selectedId: string | undefined;

  /** What the last load read; kept while a reload runs or after it fails. */
  #catalog: ReadonlyMap<number, VendorCatalogItem> = new Map();
  #profiles: readonly ReachProfile[] = [];
  /** The session may not read the account's REACH profiles (a USER session without a role). */
  #profilesHidden = false;
  #details: SessionDetails | undefined;
  /** Account view: how many tasks await approval, failed, are in progress (the other filters applied). */
  #counts: StatusCounts | undefined;
  /** Counts asked so far: only the latest answer is shown. */
  #countsAsked = 0;
  /** The account view has not been shown yet: an administrator may start on what awaits approval. */
  #firstView = true;
  /** Tasks whose details are open. */
  readonly #expanded = new Set<string>();

  readonly #load = this.sessionTask(
    ([entryId, , applied], session, signal) => this.#loadTasks(session, entryId, applied, signal),
    () => [this.entryId, this.#pageSize, this.#filters.applied] as const,
  );

  readonly #filters = new FiltersController(this, () => void this.#load.run());

  /** What the controllers read of this element. */
  readonly #context: MonitorContext = {
    session: () => this.session,
    signal: () => this.abortSignal,
    reportError: (error) => this.reportError(error),
  };

  /** The account view's list and selection: made when its part (account-view.ts) has loaded. */
  #list: AccountListController | undefined;
  #bulk: BulkModerationController | undefined;

  /** A task's confirmation and result, and what they send and load (card-parts.ts): loaded the first time one opens. */
  readonly #cardParts: LazyModule<typeof CardParts> = new LazyModule(this, {
    load: () => import('./card-parts.js'),
    styles: (parts) => [parts.cardPartsStyles],
    // A price check or a result asked before the code came (or when it failed: "Try again") is asked now.
    loaded: () => {
      this.#actions.partsLoaded();
      this.#outputs.partsLoaded();
    },
    failed: (error) => this.reportError(error),
  });

  readonly #actions = new TaskActionsController(this, {
    ...this.#context,
    parts: this.#cardParts,
    catalogItem: (id) => this.#catalog.get(id),
    details: () => this.#details,
    ordered: (task, joined) => {
      // A joined order was placed by another element of the page: it fires the event, not this one.
      if (!joined) this.dispatchEvent(new ReachTaskCreatedEvent(task));
      this.#expanded.add(task.id);
      this.requestUpdate();
    },
  });

  /** The account view's list, bulk moderation and filter form (account-view.ts): loaded the first time it is shown. */
  readonly #accountParts: LazyModule<typeof AccountView> = new LazyModule(this, {
    load: () => import('./account-view.js'),
    styles: (view) => [view.accountViewStyles],
    // The list read while its code came (or failed: "Try again") is shown now.
    loaded: (view) => this.#showFirstPage(view),
    failed: (error) => this.reportError(error),
  });
  /** Account view: the first page of the last load, kept until the list's code has come. */
  #firstPage: MonitorData | undefined;
  readonly #outputs = new TaskOutputController(this, this.#context, this.#cardParts);
  readonly #export = new ExportButtonController(this, this.#context, () =>
    this.entryId ? { entryIdEqual: this.entryId } : (this.#list?.filter ?? {}),
  );

  constructor() {
    super();
    this.addController(
      new TaskStoreController(
        () => this.session,
        (changes, session) => this.#tasksChanged(changes, session),
      ),
    );
    this.addController(new RefreshClockController(this, () => this.session));
  }

  get #accountView(): boolean {
    return !this.entryId;
  }

  get #pageSize(): number {
    return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(this.pageSize) || MAX_PAGE_SIZE));
  }

  /** Loaded (in the account view, its list shown), and no page after it failed. */
  get #ready(): boolean {
    return (
      this.#load.status === TaskStatus.COMPLETE &&
      (!this.#accountView || this.#accountParts.loaded !== undefined) &&
      this.#list?.nextPageError === undefined
    );
  }

  /** The account view's controllers, made once its part has loaded. */
  #accountControllers(view: typeof AccountView): AccountControllers {
    const list = (this.#list ??= new view.AccountListController(this, this.#context, () => this.#pageSize));
    const bulk = (this.#bulk ??= new view.BulkModerationController(this, {
      ...this.#context,
      allowed: (task) => this.#actions.moderation(task),
    }));
    return { list, bulk };
  }

  /** A new list: what was shown of the last one goes; what it read stays until the new answers come. */
  async #loadTasks(
    session: ReachSession,
    entryId: string | undefined,
    applied: AccountFilters,
    signal: AbortSignal,
  ): Promise<void | typeof initialState> {
    // The account view's code comes while its tasks do (again after a failed load: this is a new try).
    if (!entryId) this.#accountParts.want();
    if (!entryId && this.#firstView) {
      this.#firstView = false;
      const start = await approvalFirstFilters(session, signal).catch(() => undefined);
      if (start && !signal.aborted) {
        // Loads again with these filters: this run gives way.
        this.#filters.show(start);
        return initialState;
      }
    }
    this.selectedId = undefined;
    // A selection belongs to its filter: other filters, other tasks (a reload of the same keeps it).
    if (applied !== this.#filters.loadedWith) this.#bulk?.clear();
    this.#filters.loadedWith = applied;
    this.#countsAsked += 1;
    this.#list?.start();
    this.#firstPage = undefined;
    this.#export.reset();
    try {
      // Throws when overtaken by a newer load (or the session is left): nothing after it waits, so a load that
      // gives way writes nothing. Its first page waits for the list's code in `#firstPage`.
      const data = await loadMonitorData(session, entryId, applied, this.#pageSize, signal);
      [this.#catalog, this.#details] = [data.catalog, data.details];
      if (data.profiles) this.#profiles = data.profiles;
      this.#profilesHidden = data.profiles === undefined;
      this.#counts = data.counts;
      if (entryId) return;
      this.#firstPage = data;
      const view = this.#accountParts.loaded;
      if (view) this.#showFirstPage(view);
    } catch (error) {
      // Left the session or overtaken by a newer load: nothing to show. (sessionTask reports any other failure.)
      if (isAborted(error)) return initialState;
      throw error;
    }
  }

  /** The account list starts on the first page of the last load, once its code is here. */
  #showFirstPage(view: typeof AccountView): void {
    const data = this.#firstPage;
    if (!data) return;
    this.#firstPage = undefined;
    const { list } = this.#accountControllers(view);
    list.filter = data.filter;
    if (data.page) list.addPage(data.page.objects, data.page.totalCount);
  }

  #tasksChanged(changes: readonly TaskChange[], session: ReachSession): void {
    const announcements: string[] = [];
    let recount = false;
    for (const { task, previousStatus } of changes) {
      if (previousStatus === undefined) {
        // A new order placed elsewhere on the page (not a page of the list): newest first, if it fits the account view's filter.
        if (this.#list && this.#accountView && this.#ready && !this.#list.shows(task.id)) {
          this.#list.taskCreated(task, this.#filters.applied);
          recount = true;
        }
        continue;
      }
      if (task.status !== previousStatus && this.#accountView) recount = true;
      const shown = this.entryId ? task.entryId === this.entryId : !!this.#list?.shows(task.id);
      if (!shown) continue;
      this.dispatchEvent(new ReachTaskChangedEvent(task, previousStatus));
      // Said once per session, even when another element of the page shows the same task.
      if (task.status !== previousStatus && session.claimAnnouncement(`${task.id}:${task.status}`)) {
        announcements.push(taskChangeAnnouncement(task, this.#catalog.get(task.catalogItemId), previousStatus));
      }
    }
    if (announcements.length > 0) this.announce(announcements.join(' '));
    if (recount) void this.#recount(session);
    this.requestUpdate();
  }

  /** A task changed status: the chips count again (the list keeps its tasks). */
  async #recount(session: ReachSession): Promise<void> {
    const filter = this.#list?.filter;
    if (!filter) return;
    const asked = ++this.#countsAsked;
    try {
      const counts = await countStatuses(session, filter, this.abortSignal);
      if (asked !== this.#countsAsked) return;
      this.#counts = counts;
      this.requestUpdate();
    } catch {
      // The last counts stay until the next change or load.
    }
  }

  /** Tasks shown now, in order. */
  #shownTasks(): readonly EntryVendorTask[] {
    const session = this.session;
    if (!session) return [];
    if (this.entryId)
      return session.tasks.forEntry(this.entryId).sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));
    return this.#list?.shownTasks(session, this.#filters.applied) ?? [];
  }

  #select(id: string | undefined): void {
    const previous = this.selectedId;
    this.selectedId = id;
    // Keyboard users land on what opened, and back on the row they came from.
    if (id) this.focusAfterUpdate('detail-close');
    else if (previous) this.focusAfterUpdate(`open-${previous}`);
  }

  /**
   * Brings task `id` into view when this monitor lists it: its card scrolled to, its details open and its title
   * focused (in the account view, the task opened beside the list). An order panel on the page links its results
   * here. Returns whether this monitor lists the task.
   */
  focusTask(id: string): boolean {
    if (!this.#shownTasks().some((task) => task.id === id)) return false;
    if (!this.entryId) {
      this.#select(id);
      return true;
    }
    this.#expanded.add(id);
    this.focusAfterUpdate(`task-${id}`);
    return true;
  }

  /** Every task of the filter; filtered by creation mode (in the browser), the ones loaded that match. */
  async #selectAllMatching({ list, bulk }: AccountControllers, shown: readonly EntryVendorTask[]): Promise<void> {
    if (this.#filters.applied.creationMode) for (const task of shown) bulk.toggle(task.id, true);
    else await bulk.selectAllMatching(list.filter);
  }

  /** Opens (or closes) the confirmation of an action on the selection, with the keyboard in it. */
  #openBulk(bulk: BulkModerationController, action: BulkAction | undefined): void {
    bulk.open(action);
    if (action) this.focusAfterUpdate(action === 'approve' ? 'bulk-yes' : 'bulk-reason');
  }

  async #runBulk(bulk: BulkModerationController, action: BulkAction): Promise<void> {
    await bulk.run(action);
    this.focusAfterUpdate('bulk-outcome');
  }

  protected override render() {
    return html`
      <section class="monitor" part="panel" aria-labelledby="heading">
        <header class="top">
          <h2 id="heading" part="heading"><slot name="heading">${this.#accountView ? msg('REACH tasks') : msg('Enrichment tasks')}</slot></h2>
          ${this.session && this.#details?.isAdmin !== false ? this.#export.renderButton(this.#ready) : nothing}
        </header>
        ${this.renderLiveRegion()}
        ${this.renderSessionNotice()} ${this.settings.ks ? nothing : this.renderMissingKs()} ${this.#export.renderNotice()}
        ${this.#accountView && this.session ? this.#renderAccountTop() : nothing}
        ${
          this.session
            ? this.#load.render({
                pending: () => html`<p class="notice" part="notice" role="status">${msg('Loading tasks…')}</p>`,
                complete: () => this.#renderTasks(this.#list?.nextPageError),
                error: (error) => this.#renderTasks(error),
              })
            : nothing
        }
      </section>
    `;
  }

  /** The tasks, with what went wrong loading them (and a way to try again) above. */
  #renderTasks(failure: unknown) {
    const tasks = this.#shownTasks();
    const errorNotice =
      failure !== undefined
        ? html`<div class="notice error" part="notice" role="alert">
            <p>${msg('The tasks could not be loaded.')} ${errorText(failure)}</p>
            <button part="button" @click=${() => void this.#load.run()}>${msg('Try again')}</button>
          </div>`
        : nothing;
    // The account list waits for its code: "Loading…" meanwhile, or why it did not come (with "Try again").
    if (this.#accountView && !this.#accountParts.loaded)
      return html`${errorNotice} ${this.#accountParts.render(() => nothing)}`;
    if (tasks.length === 0 && failure !== undefined) return errorNotice;
    if (tasks.length === 0) {
      const empty = !this.#accountView
        ? msg('No enrichment has been ordered for this media yet.')
        : this.#list?.filter
          ? msg('No tasks match these filters.')
          : msg('No catalog item offers this service, so no task can match.');
      const panel = this.#orderPanel();
      return html`<div class="empty" part="notice">
        <p>${empty}</p>
        ${panel ? html`<button part="button" class="primary" @click=${() => focusPanel(panel)}>${msg('Order enrichment')}</button>` : nothing}
      </div>`;
    }
    if (!this.#accountView) {
      return html`${errorNotice}
        <ul class="tasks" part="list" aria-label=${msg('Tasks')}>
          ${tasks.map((task) => html`<li>${this.#renderCard(task, false)}</li>`)}
        </ul>`;
    }
    return html`${errorNotice} ${this.#accountParts.render((view) => this.#renderAccount(view, tasks))}`;
  }

  #renderAccount(view: typeof AccountView, tasks: readonly EntryVendorTask[]) {
    const controllers = this.#accountControllers(view);
    const { list, bulk } = controllers;
    return html`${view.renderBulkModeration({
      bulk,
      matching: this.#filters.applied.creationMode ? tasks.length : list.reachableTotal,
      moderates: this.#details?.isAdmin ?? false,
      catalog: this.#catalog,
      entryName: (task) => (task.entryId ? (list.entryName(task.entryId) ?? task.entryId) : ''),
      selectAll: () => void this.#selectAllMatching(controllers, tasks),
      open: (action) => this.#openBulk(bulk, action),
      run: (action) => void this.#runBulk(bulk, action),
    })}
    ${view.renderAccountList({
      tasks,
      list,
      catalog: this.#catalog,
      byCreationMode: !!this.#filters.applied.creationMode,
      selected: this.selectedId ? this.session?.tasks.get(this.selectedId) : undefined,
      now: this.serverNow(),
      select: (id) => this.#select(id),
      profileName: (task) => this.#profileName(task),
      chosen: bulk.selected,
      choose: (id, on) => bulk.toggle(id, on),
      card: (task) => this.#renderCard(task, true),
    })}`;
  }

  #profileName(task: EntryVendorTask): string | undefined {
    return this.#profiles.find((profile) => profile.id === task.reachProfileId)?.name;
  }

  /** An order panel on the same page (for this entry, in an entry's view): the empty list points to it. */
  #orderPanel(): HTMLElement | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const panels = [...root.querySelectorAll<HTMLElement>('reach-order-panel')];
    const entryOf = (panel: HTMLElement) =>
      (panel as HTMLElement & { entryId?: string }).entryId ?? panel.getAttribute('entry-id');
    return this.entryId ? panels.find((panel) => entryOf(panel) === this.entryId) : panels[0];
  }

  /** The account view's word to a user session, its status chips and its filter form, once their code is here. */
  #renderAccountTop() {
    const filters = this.#filters;
    // Its code comes with the tasks' first load; the list below says "Loading…" meanwhile, or why it did not come.
    const view = this.#accountParts.loaded;
    if (!view) return nothing;
    return html`${view.renderRoleNotice(this.#details, this.#profilesHidden)}${view.renderStatusChips({
        counts: this.#counts,
        current: filters.applied.status,
        choose: (group) => filters.chooseStatus(group),
      })}
      ${view.renderFilters({
        draft: filters.draft,
        applied: filters.applied,
        problem: filters.problem,
        open: filters.open,
        catalog: this.#catalog,
        profiles: this.#profiles,
        toggle: () => filters.toggle(),
        change: (key, value) => filters.change(key, value),
        apply: (event) => filters.apply(event),
        reset: () => filters.reset(),
      })}`;
  }

  /** One task's card, wired to the controllers that act on it. */
  #renderCard(task: EntryVendorTask, withEntry: boolean): TemplateResult {
    const item = this.#catalog.get(task.catalogItemId);
    const { clipsHref } = this;
    const actions = this.#actions;
    const outputKind = taskOutputKind(task);
    return renderTaskCard({
      task,
      item,
      title: taskTitle(task, item),
      entryName: withEntry && task.entryId ? (this.#list?.entryName(task.entryId) ?? task.entryId) : undefined,
      now: this.serverNow(),
      profileName: this.#profileName(task),
      awaitsAdministrator: !!this.#details && !this.#details.isAdmin,
      actions: actions.allowed(task),
      state: actions.state(task.id),
      quote: actions.quotes.get(task.id),
      outputKind,
      outputShown: this.#outputs.shows(task.id),
      outputView: this.#outputs.views.get(task.id),
      clipsHref:
        clipsHref && task.entryId
          ? safeUrl(clipsHref.replaceAll('{entryId}', encodeURIComponent(task.entryId)))
          : undefined,
      expanded: this.#expanded.has(task.id),
      toggleAction: (action) => actions.toggle(task, action),
      confirm: (action) => void actions.run(task, action),
      keep: (action) => actions.keep(task.id, action),
      reason: (text) => actions.setReason(task.id, text),
      checkAgain: () => void actions.checkOrderAgain(task),
      toggleOutput: () => this.#outputs.toggle(task),
      toggleDetails: () => {
        if (!this.#expanded.delete(task.id)) this.#expanded.add(task.id);
        this.requestUpdate();
      },
      withParts: (render) => this.#cardParts.render(render),
      wantParts: this.#cardParts.want,
    });
  }
}

/** Brings the order panel into view and puts the keyboard there. */
function focusPanel(panel: HTMLElement): void {
  if (!panel.hasAttribute('tabindex')) panel.tabIndex = -1;
  panel.scrollIntoView({ block: 'nearest' });
  panel.focus({ preventScroll: true });
}

interface AccountControllers {
  list: AccountListController;
  bulk: BulkModerationController;
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-task-monitor': ReachTaskMonitor;
  }
}
