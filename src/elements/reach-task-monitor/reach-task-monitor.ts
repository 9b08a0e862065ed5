import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
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
import { AccountViewController } from './account-view-controller.js';
import type * as CardParts from './card-parts.js';
import { ExportButtonController } from './csv-export.js';
import { renderEmptyTasks } from './empty-tasks.js';
import { FiltersController } from './filters-controller.js';
import type { MonitorContext } from './monitor-context.js';
import { approvalFirstFilters, loadMonitorData } from './monitor-data.js';
import { monitorStyles } from './reach-task-monitor.styles.js';
import { RefreshClockController } from './refresh-clock-controller.js';
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

  /** What the last load read; kept while a reload runs or after it fails. */
  #catalog: ReadonlyMap<number, VendorCatalogItem> = new Map();
  #profiles: readonly ReachProfile[] = [];
  /** The session may not read the account's REACH profiles (a USER session without a role). */
  #profilesHidden = false;
  #details: SessionDetails | undefined;
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
    focusStayed: (opener) => this.focusStayed(opener),
    catalogItem: (id) => this.#catalog.get(id),
    details: () => this.#details,
    ordered: (task, joined) => {
      // A joined order was placed by another element of the page: it fires the event, not this one.
      if (!joined) this.dispatchEvent(new ReachTaskCreatedEvent(task));
      this.#expanded.add(task.id);
      this.requestUpdate();
    },
  });

  /** The account view's list, bulk moderation, chips and filter form: loaded the first time it is shown. */
  readonly #account = new AccountViewController(this, {
    ...this.#context,
    filters: this.#filters,
    pageSize: () => this.#pageSize,
    catalog: () => this.#catalog,
    profiles: () => this.#profiles,
    profilesHidden: () => this.#profilesHidden,
    details: () => this.#details,
    allowed: (task) => this.#actions.moderation(task),
    profileName: (task) => this.#profileName(task),
    card: (task) => this.#renderCard(task, true),
    focusAfterUpdate: (id) => this.focusAfterUpdate(id),
  });
  readonly #outputs = new TaskOutputController(this, this.#context, this.#cardParts);
  /** "Export to CSV" of the tasks shown. */
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

  /** The account view's list, once its part has loaded. */
  get #list(): AccountListController | undefined {
    return this.#account.list;
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
      (!this.#accountView || this.#account.part.loaded !== undefined) &&
      this.#list?.nextPageError === undefined
    );
  }

  /** A new list: what was shown of the last one goes; what it read stays until the new answers come. */
  async #loadTasks(
    session: ReachSession,
    entryId: string | undefined,
    applied: AccountFilters,
    signal: AbortSignal,
  ): Promise<void | typeof initialState> {
    // The account view's code comes while its tasks do (again after a failed load: this is a new try).
    if (!entryId) this.#account.part.retry();
    if (!entryId && this.#firstView) {
      this.#firstView = false;
      const start = await approvalFirstFilters(session, signal).catch(() => undefined);
      if (start && !signal.aborted) {
        // Loads again with these filters: this run gives way.
        this.#filters.show(start);
        return initialState;
      }
    }
    this.#account.start(applied);
    this.#export.reset();
    try {
      // Throws when overtaken by a newer load (or the session is left): nothing after it waits, so a load that
      // gives way writes nothing. In the account view its first page waits for the list's code.
      const data = await loadMonitorData(session, entryId, applied, this.#pageSize, signal);
      [this.#catalog, this.#details] = [data.catalog, data.details];
      if (data.profiles) this.#profiles = data.profiles;
      this.#profilesHidden = data.profiles === undefined;
      this.#account.took(data, !entryId);
    } catch (error) {
      // Left the session or overtaken by a newer load: nothing to show. (sessionTask reports any other failure.)
      if (isAborted(error)) return initialState;
      throw error;
    }
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
    if (recount) void this.#account.recount(session);
    this.requestUpdate();
  }

  /** Tasks shown now, in order. */
  #shownTasks(): readonly EntryVendorTask[] {
    const session = this.session;
    if (!session) return [];
    if (this.entryId)
      return session.tasks.forEntry(this.entryId).sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));
    return this.#list?.shownTasks(session, this.#filters.applied) ?? [];
  }

  /**
   * Brings task `id` into view when this monitor lists it: its card scrolled to, its details open and its title
   * focused (in the account view, the task opened beside the list). An order panel on the page links its results
   * here. Returns whether this monitor lists the task.
   */
  focusTask(id: string): boolean {
    if (!this.#shownTasks().some((task) => task.id === id)) return false;
    if (!this.entryId) {
      this.#account.select(id);
      return true;
    }
    this.#expanded.add(id);
    this.focusAfterUpdate(`task-${id}`);
    return true;
  }

  protected override render() {
    return html`
      <section class="monitor" part="panel" aria-labelledby="heading">
        <header class="top">
          <h2 id="heading" part="heading"><slot name="heading">${this.#accountView ? msg('REACH tasks') : msg('Enrichment tasks')}</slot></h2>
          ${this.session && this.#details?.isAdmin !== false ? this.#export.renderButton(this.#ready) : nothing}
        </header>
        ${this.renderLiveRegion()}
        ${this.renderSessionNotice()} ${this.settings.ks ? nothing : this.renderMissingKs()}
        ${this.#export.renderNotice()}
        ${this.#accountView && this.session ? this.#account.renderTop() : nothing}
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
    if (this.#accountView && !this.#account.part.loaded)
      return html`${errorNotice} ${this.#account.part.render(() => nothing)}`;
    if (tasks.length === 0 && failure !== undefined) return errorNotice;
    if (tasks.length === 0) {
      const empty = !this.#accountView
        ? msg('No enrichment has been ordered for this media yet.')
        : this.#list?.filter
          ? msg('No tasks match these filters.')
          : msg('No catalog item offers this service, so no task can match.');
      return renderEmptyTasks(empty, this, this.entryId);
    }
    if (!this.#accountView) {
      return html`${errorNotice}
        <ul class="tasks" part="list" aria-label=${msg('Tasks')}>
          ${tasks.map((task) => html`<li>${this.#renderCard(task, false)}</li>`)}
        </ul>`;
    }
    return html`${errorNotice} ${this.#account.render(tasks, this.serverNow())}`;
  }

  #profileName(task: EntryVendorTask): string | undefined {
    return this.#profiles.find((profile) => profile.id === task.reachProfileId)?.name;
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

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-task-monitor': ReachTaskMonitor;
  }
}
