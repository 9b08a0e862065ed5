import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { localized, msg, str } from '@lit/localize';
import { ref } from 'lit/directives/ref.js';
import { RowWindow, remToPx } from '../shared/row-window.js';
import { ReachElement } from '../reach-element.js';
import { baseStyles } from '../shared/styles.js';
import { featureLabel, fidelityLabel, statusLabel, turnaroundLabel } from '../shared/labels.js';
import { formatClock, formatCount, formatCredit, formatDate, formatDuration, formatPercent, formatRelative } from '../shared/format.js';
import { plural } from '../../i18n/plural.js';
import { taskChangeAnnouncement, taskLanguages, taskTitle } from '../shared/task-labels.js';
import { monitorStyles } from './reach-task-monitor.styles.js';
import {
  CreationModeChoice,
  DEFAULT_FILTERS,
  MAX_PAGE_SIZE,
  SORTS,
  STATUS_GROUPS,
  filterProblem,
  lastReachablePage,
  matchesCreationMode,
  matchesLocally,
  serverFilter,
  type AccountFilters,
  type Sort,
  type StatusGroup,
} from './task-query.js';
import type { ReachSession } from '../../state/session.js';
import type { TaskChange } from '../../state/task-store.js';
import { catalogOf, profilesOf } from '../../state/lookups.js';
import { EntryStatus, EntryVendorTaskCreationMode, EntryVendorTaskStatus, ThumbCuePointSubType, isFinalTaskStatus } from '../../reach/enums.js';
import { abortTask, approveTask, exportTasksToCsv, listTasks, listTasksById, rejectTask, type TaskFilter } from '../../reach/tasks.js';
import { placeOrders, reconcileOrder, type OrderAttempt, type OrderOutcome } from '../../state/order.js';
import type { NewTask } from '../../reach/tasks.js';
import { getCaptionUrl, getEntry, getFlavorUrl, listCaptionAssets, listCuePoints, listEntries, listFlavorAssets } from '../../reach/entries.js';
import { listReachProfiles } from '../../reach/catalog.js';
import { entryDurationMs } from '../../reach/entry.js';
import { blockingTask } from '../../reach/order-rules.js';
import { creditState, creditVerdict, estimatePrice, type CreditVerdict, type PriceEstimate } from '../../reach/pricing.js';
import { blockingTaskText, creditVerdictText, priceText } from '../shared/order-text.js';
import { allowedTaskActions, resubmission, taskProgress, type TaskAction } from '../../reach/task-rules.js';
import { safeOutputUrl, taskOutput, type TaskOutput } from '../../reach/task-outputs.js';
import { getLatestCsvExportUrl } from '../../reach/task-export.js';
import { CLIP_ENTRY_STATUSES } from '../../reach/clip-suggestions.js';
import type { SessionDetails } from '../../reach/session-info.js';
import type { CuePoint, EntryVendorTask, MediaEntry, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { isAborted, toApiError, type KalturaApiError } from '../../api/errors.js';
import { ReachErrorEvent, ReachTaskChangedEvent, ReachTaskCreatedEvent } from '../../events.js';

type LoadState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

/** What the output panel of a task shows once loaded. */
type OutputView =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'file'; url: string; format: string | undefined }
  | { kind: 'chapters'; chapters: CuePoint[] }
  | { kind: 'clips'; clips: MediaEntry[] }
  | { kind: 'inline' };

/** Per task, what the person is doing with it; kept by id because rows come and go as the list scrolls. */
interface RowState {
  expanded: boolean;
  confirming: TaskAction | undefined;
  reason: string;
  busy: TaskAction | undefined;
  error: string | undefined;
  /** Set after an action's outcome was uncertain and then checked. */
  note: string | undefined;
  output: OutputView | undefined;
  showOutput: boolean;
  /** Focus was in the confirmation when it was sent: its button stays focusable (aria-disabled) while busy. */
  focusHeld: boolean;
  /** The price and credit check of a resubmission; undefined while it loads. */
  quote: Quote | undefined;
  /** A resubmission whose answer was lost and could not be checked: check again, never re-send. */
  unknownOrder: { request: NewTask; attempt: OrderAttempt; error: KalturaApiError } | undefined;
}

/** What a resubmission would cost, and whether the task's profile can pay for it: checked when "Order again" opens. */
type Quote =
  | { kind: 'error'; message: string }
  | {
      kind: 'ready';
      estimate: PriceEstimate;
      /** Undefined when the task's profile is not listed for this session (the server still checks). */
      verdict: CreditVerdict | undefined;
      profileName: string | undefined;
      remaining: number | undefined;
      blocking: EntryVendorTask | undefined;
    };

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'sent'; to: string; url: string | undefined } | { kind: 'error'; message: string };

/** Sessions whose server does not offer the sandbox's CSV download link (real Kaltura). */
const noCsvLink = new WeakSet<ReachSession>();
const ALL_ENTRY_STATUSES = Object.values(EntryStatus);
/** Entry names are looked up by id, as many per call as the server takes in an IN list. */
const NAMES_PER_CALL = 150;
/** Progress and "in 5 minutes" texts are refreshed this often while something is pending. */
const CLOCK_REFRESH_MS = 30_000;
/** Load the next page when the list is scrolled this close to its end. */
const LOAD_AHEAD_ROWS = 50;
/** From this width on, the filters show unfolded at first. */
const WIDE_PX = 640;
/** Every row of the account list has this height (rem, so it grows with the user's font size). */
const ROW_HEIGHT_REM = 6.25;
/** Signed download links are not kept longer than this; the output panel asks for a new one each time it opens. */
const LINK_LIFETIME_MS = 5 * 60_000;

/**
 * @tagname reach-task-monitor
 * @summary Follows REACH tasks live, of one entry or of the account, and acts on them.
 *
 * Follows REACH tasks live: those of one entry (`entry-id`), or the whole account's with filters, sorting
 * and paging. Shows status and progress toward the expected finish, price, accuracy, who ordered and how,
 * errors; offers approve / reject / abort / resubmit where the server allows them, the outputs, and a CSV
 * export. Status changes are announced politely.
 *
 * @fires reach-task-changed {ReachTaskChangedEvent} - a shown task changed ({task, previousStatus})
 * @fires reach-task-created {ReachTaskCreatedEvent} - this monitor ordered a task again ({task}); not fired for an
 *   order it joined (the same order already in flight from another element of the page)
 * @csspart heading - the title
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

  @state() private load: LoadState = { kind: 'idle' };
  /** The filters of the loaded list, and those in the form (applied on submit). */
  @state() private applied: AccountFilters = DEFAULT_FILTERS;
  @state() private draft: AccountFilters = DEFAULT_FILTERS;
  @state() private formProblem: string | undefined;
  @state() private exportState: ExportState = { kind: 'idle' };
  @state() private loadingMore = false;
  /** The filter form starts open where there is room for it, folded in a narrow sidebar. */
  @state() private filtersOpen = true;
  /** Account view: the task opened beside the list. */
  @state() private selectedId: string | undefined;

  #catalog: ReadonlyMap<number, VendorCatalogItem> = new Map();
  #profiles: ReachProfile[] = [];
  #details: SessionDetails | undefined;
  /** Account view: the loaded tasks in the server's order. */
  #ids: string[] = [];
  #idSet = new Set<string>();
  #total = 0;
  #pagesLoaded = 0;
  /** The server filter of the loaded list; undefined when nothing can match. */
  #filter: TaskFilter | undefined;
  #generation = 0;
  #rows = new Map<string, RowState>();
  #entryNames = new Map<string, string>();
  #unsubscribe: (() => void) | undefined;
  #clock: ReturnType<typeof setInterval> | undefined;
  #lastShown: EntryVendorTask[] = [];
  /** Version of each entry's source flavor, once looked up (the duplicate rule depends on it). */
  #sourceVersions = new Map<string, number | undefined>();
  #quotes = new Map<string, Promise<Quote>>();

  protected override sessionChanged(session: ReachSession): void {
    this.#unsubscribe?.();
    this.#unsubscribe = session.tasks.subscribe((changes) => this.#onTaskChanges(changes));
    void this.#reload();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#clock = setInterval(() => {
      if (!document.hidden && this.session?.tasks.pending().length) this.requestUpdate();
    }, CLOCK_REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearInterval(this.#clock);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Measured before the first render (the host is laid out by then), so it costs no second update.
    if (!this.hasUpdated) this.filtersOpen = this.getBoundingClientRect().width >= WIDE_PX;
    const reloadOn = changed.has('entryId') || changed.has('pageSize');
    if (reloadOn && this.hasUpdated && this.session) void this.#reload();
  }

  /** Loads everything again (e.g. after the host changed settings); the poller goes on by itself. */
  async refresh(): Promise<void> {
    await this.#reload();
  }

  get #accountView(): boolean {
    return !this.entryId;
  }

  get #effectivePageSize(): number {
    return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(this.pageSize) || MAX_PAGE_SIZE));
  }

  // ---------------------------------------------------------------------------------------------
  // Loading

  async #reload(): Promise<void> {
    const session = this.session;
    if (!session) return;
    const generation = ++this.#generation;
    this.load = { kind: 'loading' };
    this.selectedId = undefined;
    this.#ids = [];
    this.#idSet = new Set();
    this.#total = 0;
    this.#pagesLoaded = 0;
    this.exportState = { kind: 'idle' };
    const signal = this.abortSignal;
    // Catalog, profiles, who we are and the first page ride in one multirequest.
    const catalog = catalogOf(session);
    const profiles = this.#accountView ? profilesOf(session) : Promise.resolve(this.#profiles);
    const details = session.details().catch(() => undefined);
    try {
      if (this.entryId) {
        const list = session.call(listTasks({ entryIdEqual: this.entryId, orderBy: '-createdAt' }, { pageSize: MAX_PAGE_SIZE }), { signal });
        const [items, answer, who] = await Promise.all([catalog, list, details]);
        if (generation !== this.#generation) return;
        this.#catalog = items;
        this.#details = who;
        session.tasks.upsert(answer.objects);
      } else {
        // The service-feature filter needs the catalog first; otherwise everything goes at once.
        const items = this.applied.feature ? await catalog : undefined;
        const filter = serverFilter(this.applied, items ?? new Map());
        const first = filter ? this.#fetchPage(session, filter, 1, signal) : Promise.resolve(undefined);
        const [catalogItems, profileList, who, page] = await Promise.all([catalog, profiles, details, first]);
        if (generation !== this.#generation) return;
        this.#catalog = catalogItems;
        this.#profiles = profileList;
        this.#details = who;
        this.#filter = filter;
        if (page) this.#addPage(page.objects, page.totalCount);
      }
      this.load = { kind: 'ready' };
    } catch (error) {
      if (generation !== this.#generation || isAborted(error)) return;
      this.load = { kind: 'error', message: errorText(error) };
      this.#reportError(error);
    }
  }

  #fetchPage(session: ReachSession, filter: TaskFilter, pageIndex: number, signal: AbortSignal) {
    return session.call(listTasks(filter, { pageSize: this.#effectivePageSize, pageIndex }), { signal });
  }

  #addPage(tasks: EntryVendorTask[], totalCount: number): void {
    for (const task of tasks) {
      // Sorting by a changing field can move a task to a later page: show it once.
      if (this.#idSet.has(task.id)) continue;
      this.#idSet.add(task.id);
      this.#ids.push(task.id);
    }
    // Listed before they reach the store, so they are not taken for new orders placed elsewhere.
    this.session?.tasks.upsert(tasks);
    this.#total = totalCount;
    this.#pagesLoaded += 1;
    void this.#lookUpEntryNames(tasks);
  }

  get #reachableTotal(): number {
    return Math.min(this.#total, lastReachablePage(this.#effectivePageSize) * this.#effectivePageSize);
  }

  get #morePages(): boolean {
    const pageSize = this.#effectivePageSize;
    return this.#pagesLoaded * pageSize < this.#total && this.#pagesLoaded < lastReachablePage(pageSize);
  }

  async #loadMore(): Promise<void> {
    const session = this.session;
    const filter = this.#filter;
    if (!session || !filter || this.loadingMore || !this.#morePages) return;
    const generation = this.#generation;
    this.loadingMore = true;
    try {
      const page = await this.#fetchPage(session, filter, this.#pagesLoaded + 1, this.abortSignal);
      if (generation !== this.#generation) return;
      this.#addPage(page.objects, page.totalCount);
    } catch (error) {
      if (generation !== this.#generation || isAborted(error)) return;
      this.load = { kind: 'error', message: errorText(error) };
      this.#reportError(error);
    } finally {
      if (generation === this.#generation) this.loadingMore = false;
    }
  }

  async #lookUpEntryNames(tasks: readonly EntryVendorTask[]): Promise<void> {
    const session = this.session;
    if (!session) return;
    const wanted = [...new Set(tasks.map((task) => task.entryId).filter((id): id is string => !!id && !this.#entryNames.has(id)))];
    const calls = [];
    for (let start = 0; start < wanted.length; start += NAMES_PER_CALL) {
      const idIn = wanted.slice(start, start + NAMES_PER_CALL);
      calls.push(session.call(listEntries({ idIn, statusIn: ALL_ENTRY_STATUSES }, { pageSize: idIn.length }), { signal: this.abortSignal }));
    }
    const answers = await Promise.allSettled(calls);
    for (const answer of answers) {
      if (answer.status === 'fulfilled') for (const entry of answer.value.objects) this.#entryNames.set(entry.id, entry.name ?? entry.id);
    }
    this.requestUpdate();
  }

  /** The same array as last time while nothing shown changed. */
  #stableTasks(): EntryVendorTask[] {
    const tasks = this.#shownTasks();
    const previous = this.#lastShown;
    if (previous.length === tasks.length && tasks.every((task, index) => task === previous[index])) return previous;
    this.#lastShown = tasks;
    return tasks;
  }

  /** Tasks shown now, in order. */
  #shownTasks(): EntryVendorTask[] {
    const store = this.session?.tasks;
    if (!store) return [];
    if (this.entryId) return store.forEntry(this.entryId).sort((a, b) => b.createdAt - a.createdAt || compareIds(b.id, a.id));
    const tasks: EntryVendorTask[] = [];
    for (const id of this.#ids) {
      const task = store.get(id);
      if (task && matchesCreationMode(task, this.applied)) tasks.push(task);
    }
    return tasks;
  }

  #shows(task: EntryVendorTask): boolean {
    return this.entryId ? task.entryId === this.entryId : this.#idSet.has(task.id);
  }

  #onTaskChanges(changes: readonly TaskChange[]): void {
    const announcements: string[] = [];
    for (const { task, previousStatus } of changes) {
      if (previousStatus === undefined) {
        // A new order placed elsewhere on the page: newest first, if it fits the account view's filter.
        const fits = this.#accountView && this.load.kind === 'ready' && this.#filter && this.applied.sort === '-createdAt';
        if (fits && !this.#idSet.has(task.id) && matchesLocally(task, this.#filter!, this.applied)) {
          this.#idSet.add(task.id);
          this.#ids.unshift(task.id);
          this.#total += 1;
        }
        continue;
      }
      if (!this.#shows(task)) continue;
      this.dispatchEvent(new ReachTaskChangedEvent(task, previousStatus));
      // Said once per session, even when another element of the page shows the same task.
      if (task.status !== previousStatus && this.session?.claimAnnouncement(`${task.id}:${task.status}`) !== false) {
        announcements.push(taskChangeAnnouncement(task, this.#catalog.get(task.catalogItemId), previousStatus));
      }
    }
    if (announcements.length > 0) this.announce(announcements.join(' '));
    this.requestUpdate();
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  #row(id: string): RowState {
    let row = this.#rows.get(id);
    if (!row) {
      row = {
        expanded: false,
        confirming: undefined,
        reason: '',
        busy: undefined,
        error: undefined,
        note: undefined,
        output: undefined,
        showOutput: false,
        focusHeld: false,
        quote: undefined,
        unknownOrder: undefined,
      };
      this.#rows.set(id, row);
    }
    return row;
  }

  #updateRow(id: string, patch: Partial<RowState>): void {
    Object.assign(this.#row(id), patch);
    this.requestUpdate();
  }

  #actionsFor(task: EntryVendorTask): TaskAction[] {
    const entryTasks = task.entryId && this.session ? this.session.tasks.forEntry(task.entryId) : [task];
    const sourceVersion = task.entryId ? this.#sourceVersions.get(task.entryId) : undefined;
    return allowedTaskActions(task, { item: this.#catalog.get(task.catalogItemId), entryTasks, session: this.#details, sourceVersion });
  }

  /**
   * Before "Order again" may be confirmed: the price for the entry's length, the credit left on the task's
   * profile (fresh, not the cached list), the source version and the entry's orders of that item.
   */
  #quoteFor(task: EntryVendorTask): Promise<Quote> {
    let pending = this.#quotes.get(task.id);
    if (!pending) {
      pending = this.#loadQuote(task);
      this.#quotes.set(task.id, pending);
      void pending.then((quote) => {
        if (quote.kind === 'error') this.#quotes.delete(task.id);
        this.#updateRow(task.id, { quote });
      });
    }
    return pending;
  }

  async #loadQuote(task: EntryVendorTask): Promise<Quote> {
    const session = this.session;
    const item = this.#catalog.get(task.catalogItemId);
    const entryId = task.entryId;
    if (!session || !item || !entryId) return { kind: 'error', message: msg('This order cannot be placed again from here.') };
    const signal = this.abortSignal;
    try {
      const [entry, flavors, profiles, orders] = await Promise.all([
        session.call(getEntry(entryId), { signal }),
        session.call(listFlavorAssets(entryId), { signal }),
        session.call(listReachProfiles(), { signal }).catch(() => undefined),
        session.call(listTasks({ entryIdEqual: entryId, catalogItemIdIn: [item.id] }, { pageSize: MAX_PAGE_SIZE }), { signal }),
      ]);
      session.tasks.upsert(orders.objects);
      const sourceVersion = flavors.objects.find((flavor) => flavor.isOriginal)?.version;
      this.#sourceVersions.set(entryId, sourceVersion);
      const estimate = estimatePrice(item, entryDurationMs(entry));
      const profile = profiles?.objects.find((candidate) => candidate.id === task.reachProfileId);
      const credit = profile ? creditState(profile, session.tasks.now()) : undefined;
      return {
        kind: 'ready',
        estimate,
        verdict: credit ? creditVerdict(credit, estimate) : undefined,
        profileName: profile?.name,
        remaining: credit && !credit.unlimited ? credit.remaining : undefined,
        blocking: blockingTask(item, session.tasks.forEntry(entryId), sourceVersion),
      };
    } catch (error) {
      return { kind: 'error', message: errorText(error) };
    }
  }

  async #run(task: EntryVendorTask, action: TaskAction): Promise<void> {
    const session = this.session;
    const row = this.#row(task.id);
    if (!session || row.busy || row.unknownOrder) return;
    const form = this.renderRoot.querySelector(`form.confirm[data-task="${CSS.escape(task.id)}"]`);
    const active = (this.renderRoot as ShadowRoot).activeElement;
    this.#updateRow(task.id, { busy: action, error: undefined, note: undefined, focusHeld: !!form && !!active && form.contains(active) });
    try {
      if (action === 'resubmit') {
        const quote = await this.#quoteFor(task);
        const refusal = quoteRefusal(quote);
        if (refusal) {
          this.#updateRow(task.id, { error: refusal });
          return;
        }
        await this.#resubmit(session, task);
        return;
      }
      const call = action === 'approve' ? approveTask(task.id) : action === 'reject' ? rejectTask(task.id, row.reason.trim()) : abortTask(task.id, row.reason.trim());
      try {
        // No abort signal: a call that changes things may already have reached the server, and its answer
        // must still reach the store (and this row) if the element is moved or removed meanwhile.
        const result = await session.call(call);
        session.tasks.upsert([result]);
        this.#updateRow(task.id, { confirming: undefined, reason: '' });
      } catch (caught) {
        const error = toApiError(caught, { service: call.service, action: call.action, mutates: true });
        if (error.kind === 'uncertain') await this.#reconcile(session, task);
        else {
          this.#updateRow(task.id, { error: errorText(error) });
          this.#reportError(error);
        }
      }
    } finally {
      // Whatever happened, the buttons work again.
      this.#updateRow(task.id, { busy: undefined, focusHeld: false });
      await this.#focusOutcome(task.id, action);
    }
  }

  /** Orders the same service again through the shared order flow (never re-sent; reconciled after a lost answer). */
  async #resubmit(session: ReachSession, task: EntryVendorTask): Promise<void> {
    const [outcome] = await placeOrders(session, [resubmission(task)]);
    await this.#applyOrderOutcome(session, task, outcome!);
  }

  async #applyOrderOutcome(session: ReachSession, task: EntryVendorTask, outcome: OrderOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'created':
        // A joined order was placed by another element of the page: it fires the event, not this one.
        if (!outcome.joined) this.dispatchEvent(new ReachTaskCreatedEvent(outcome.task));
        this.#updateRow(outcome.task.id, { expanded: true });
        this.#updateRow(task.id, {
          confirming: undefined,
          unknownOrder: undefined,
          note: outcome.reconciled ? msg('The connection dropped, but the order was placed: it is listed here.') : msg('Ordered again: the new order is listed here.'),
        });
        return;
      case 'failed':
        if (outcome.reconciled) {
          this.#updateRow(task.id, { unknownOrder: undefined, note: msg('The connection dropped and the order was not placed. You can try again.') });
          return;
        }
        this.#updateRow(task.id, { unknownOrder: undefined, error: errorText(outcome.error) });
        this.#reportError(outcome.error);
        // The order that stands in the way may be one this page has not seen: show it (it is not ours, so no reach-task-created).
        if (outcome.error.code === 'ENTRY_VENDOR_TASK_DUPLICATION') await this.#showOrdersOf(session, task);
        return;
      case 'unknown':
        this.#updateRow(task.id, {
          confirming: undefined,
          unknownOrder: { request: outcome.request, attempt: outcome.attempt, error: outcome.error },
          note: msg('The connection dropped and it is not known yet whether the order was placed. Check again before ordering anything.'),
        });
        this.#reportError(outcome.error);
        return;
    }
  }

  /** "Check again" after a resubmission of unknown outcome: lists what the server holds; sends nothing. */
  async #checkOrderAgain(task: EntryVendorTask): Promise<void> {
    const session = this.session;
    const row = this.#row(task.id);
    const unknown = row.unknownOrder;
    if (!session || !unknown || row.busy) return;
    this.#updateRow(task.id, { busy: 'resubmit', note: undefined, error: undefined });
    try {
      await this.#applyOrderOutcome(session, task, await reconcileOrder(session, unknown.request, unknown.attempt, unknown.error));
    } finally {
      this.#updateRow(task.id, { busy: undefined });
      await this.#focusOutcome(task.id, 'resubmit');
    }
  }

  /** Brings the entry's orders of the task's catalog item into the store, so the one in the way is shown. */
  async #showOrdersOf(session: ReachSession, task: EntryVendorTask): Promise<void> {
    if (!task.entryId) return;
    try {
      const { objects } = await session.call(listTasks({ entryIdEqual: task.entryId, catalogItemIdIn: [task.catalogItemId] }, { pageSize: MAX_PAGE_SIZE }), {
        signal: this.abortSignal,
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
      this.#updateRow(task.id, {
        confirming: undefined,
        note: msg(str`The connection dropped. The task is now: ${statusLabel(now?.status ?? task.status)}.`),
      });
    } catch {
      this.#updateRow(task.id, { error: msg('The connection dropped and the outcome is not known yet. Check again in a moment.') });
    }
  }

  /**
   * After an action the confirmation (and maybe the action's button) is gone: focus moves to what
   * happened (the refusal or note), else back to the action's button, else to the task's heading.
   */
  async #focusOutcome(id: string, action: TaskAction): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot as ShadowRoot;
    const article = root.querySelector<HTMLElement>(`article.task[data-id="${CSS.escape(id)}"]`);
    if (!article) return;
    const active = root.activeElement;
    // Only when focus was lost with the confirmation (or is still in it): never pull it from elsewhere.
    const lost = !active && (!document.activeElement || document.activeElement === document.body || document.activeElement === this);
    const inConfirm = !!active && !!article.querySelector('form.confirm')?.contains(active);
    if (!lost && !inConfirm) return;
    const target =
      article.querySelector<HTMLElement>('.outcome') ??
      article.querySelector<HTMLElement>(`.actions button[data-action="${action}"]`) ??
      article.querySelector<HTMLElement>('h3');
    target?.focus();
  }

  async #toggleOutput(task: EntryVendorTask, output: TaskOutput): Promise<void> {
    const row = this.#row(task.id);
    if (row.showOutput) {
      // Signed download links are not kept: the next opening asks for a fresh one.
      this.#updateRow(task.id, { showOutput: false, output: row.output?.kind === 'file' ? undefined : row.output });
      return;
    }
    this.#updateRow(task.id, { showOutput: true });
    if (row.output && row.output.kind !== 'error' && row.output.kind !== 'file') return;
    const session = this.session;
    if (!session) return;
    this.#updateRow(task.id, { output: { kind: 'loading' } });
    const signal = this.abortSignal;
    try {
      let view: OutputView;
      switch (output.kind) {
        case 'captions': {
          const [url, assets] = await Promise.all([
            session.call(getCaptionUrl(output.captionAssetId), { signal }),
            task.entryId ? session.call(listCaptionAssets(task.entryId), { signal }) : Promise.resolve(undefined),
          ]);
          const asset = assets?.objects.find((candidate) => candidate.id === output.captionAssetId);
          view = { kind: 'file', url, format: captionFormat(asset?.format, url) };
          break;
        }
        case 'audio':
          view = { kind: 'file', url: await session.call(getFlavorUrl(output.flavorAssetId), { signal }), format: undefined };
          break;
        case 'chapters': {
          const { objects } = await session.call(listCuePoints(output.entryId), { signal });
          view = { kind: 'chapters', chapters: objects.filter((cue) => cue.subType === ThumbCuePointSubType.CHAPTER).sort((a, b) => (a.startTime ?? 0) - (b.startTime ?? 0)) };
          break;
        }
        case 'clips': {
          const { objects } = await session.call(listEntries({ rootEntryIdIn: [output.entryId], statusIn: CLIP_ENTRY_STATUSES, orderBy: '+createdAt' }, { pageSize: MAX_PAGE_SIZE }), { signal });
          view = { kind: 'clips', clips: objects.filter((entry) => entry.id !== output.entryId) };
          break;
        }
        default:
          view = { kind: 'inline' };
      }
      this.#updateRow(task.id, { output: view });
    } catch (error) {
      if (isAborted(error)) return;
      this.#updateRow(task.id, { output: { kind: 'error', message: errorText(error) } });
    }
  }

  async #export(): Promise<void> {
    const session = this.session;
    if (!session || this.exportState.kind === 'busy') return;
    const filter: TaskFilter = this.entryId ? { entryIdEqual: this.entryId } : (this.#filter ?? {});
    this.exportState = { kind: 'busy' };
    // One multirequest: the export, then where to download it. Only the local sandbox answers the second
    // (real Kaltura e-mails the file and refuses it): its refusal is silent, and once a server has refused
    // it, it is not asked again in this session. The export is never retried.
    const askLink = !noCsvLink.has(session);
    const calls = askLink ? [exportTasksToCsv(filter), getLatestCsvExportUrl()] : [exportTasksToCsv(filter)];
    const [sent, link] = await session.client.sequence(calls, { signal: this.abortSignal });
    if (sent!.status === 'rejected') {
      if (isAborted(sent!.reason)) return;
      this.exportState = { kind: 'error', message: errorText(sent!.reason) };
      this.#reportError(sent!.reason);
      return;
    }
    if (link?.status === 'rejected' && toApiError(link.reason).kind === 'api') noCsvLink.add(session);
    const url = link?.status === 'fulfilled' && typeof link.value === 'string' ? safeOutputUrl(link.value) : undefined;
    const state: ExportState = { kind: 'sent', to: String(sent!.value), url };
    this.exportState = state;
    // A signed link is not kept for long: after a while the notice only says where the file was mailed.
    if (url) setTimeout(() => {
      if (this.exportState === state) this.exportState = { ...state, url: undefined };
    }, LINK_LIFETIME_MS);
  }

  #reportError(error: unknown): void {
    const apiError = toApiError(error);
    this.dispatchEvent(new ReachErrorEvent({ code: apiError.code, message: errorText(apiError), service: apiError.service, action: apiError.action }));
  }

  // ---------------------------------------------------------------------------------------------
  // Filters

  #setDraft<K extends keyof AccountFilters>(key: K, value: AccountFilters[K]): void {
    const draft = { ...this.draft, [key]: value };
    if (key === 'feature') draft.catalogItemId = 0;
    this.draft = draft;
    this.formProblem = undefined;
  }

  #apply(event: Event): void {
    event.preventDefault();
    if (filterProblem(this.draft) === 'dates-reversed') {
      this.formProblem = msg('The "created from" date is after the "created to" date. Change one of them.');
      return;
    }
    this.formProblem = undefined;
    this.applied = this.draft;
    void this.#reload();
  }

  #reset(): void {
    this.draft = DEFAULT_FILTERS;
    this.applied = DEFAULT_FILTERS;
    this.formProblem = undefined;
    void this.#reload();
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const tasks = this.session && this.load.kind !== 'idle' ? this.#stableTasks() : [];
    return html`
      <section class="monitor" aria-labelledby="heading">
        <header class="top">
          <h2 id="heading" part="heading"><slot name="heading">${this.#accountView ? msg('REACH tasks') : msg('Enrichment tasks')}</slot></h2>
          ${this.session ? this.#renderExportButton() : nothing}
        </header>
        ${this.renderLiveRegion()}
        ${this.renderSessionNotice()} ${this.settings.ks ? nothing : this.renderMissingKs()} ${this.#renderExportState()}
        ${this.#accountView && this.session ? this.#renderFilters() : nothing} ${this.#renderBody(tasks)}
      </section>
    `;
  }

  #renderBody(tasks: EntryVendorTask[]) {
    const { load } = this;
    if (load.kind === 'idle') return nothing;
    if (load.kind === 'loading') return html`<p class="notice" part="notice" role="status">${msg('Loading tasks…')}</p>`;
    const errorNotice =
      load.kind === 'error'
        ? html`<div class="notice error" part="notice" role="alert">
            <p>${msg('The tasks could not be loaded.')} ${load.message}</p>
            <button part="button" @click=${() => void this.#reload()}>${msg('Try again')}</button>
          </div>`
        : nothing;
    if (tasks.length === 0 && load.kind === 'error') return errorNotice;
    if (tasks.length === 0) {
      return html`<p class="notice" part="notice">${this.#accountView ? (this.#filter ? msg('No tasks match these filters.') : msg('No catalog item offers this service, so no task can match.')) : msg('No enrichment has been ordered for this media yet.')}</p>`;
    }
    if (!this.#accountView) {
      return html`${errorNotice}
        <ul class="tasks" part="list" aria-label=${msg('Tasks')}>
          ${tasks.map((task) => html`<li>${this.#renderTask(task, false)}</li>`)}
        </ul>`;
    }
    const selected = this.selectedId ? this.session?.tasks.get(this.selectedId) : undefined;
    // Only the rows in view exist: tell screen readers the real size of the list (-1: not known yet).
    const setSize = this.applied.creationMode ? (this.#morePages ? -1 : tasks.length) : Math.max(tasks.length, this.#reachableTotal);
    return html`${errorNotice} ${this.#renderSummary(tasks.length)}
      <div class="master-detail">
        <div class="list-pane">
          <div class="scroller" part="list" role="list" aria-label=${msg('Tasks')} aria-busy=${this.loadingMore ? 'true' : 'false'} ${ref(this.#rowWindow.scrollerRef)} @scroll=${this.#rowWindow.onScroll}>
            ${this.#rowWindow.rows(tasks, (task) => task.id, (task) => this.#renderRow(task, setSize))}
          </div>
          ${this.#morePages
            ? html`<div class="more">
                <button part="button" ?disabled=${this.loadingMore} @click=${() => void this.#loadMore()}>
                  ${this.loadingMore ? msg('Loading more…') : loadMoreLabel(Math.min(this.#effectivePageSize, this.#reachableTotal - this.#ids.length))}
                </button>
              </div>`
            : nothing}
        </div>
        <section id="detail" class="detail-pane" aria-label=${msg('Selected task')}>
          ${selected
            ? html`<div class="detail-bar">
                  <button part="button" @click=${() => this.#select(undefined)}>${forTask(msg('Close'), taskTitle(selected, this.#catalog.get(selected.catalogItemId)))}</button>
                </div>
                ${this.#renderTask(selected, true)}`
            : html`<p class="hint placeholder">${msg('Open a task to see all about it and what you can do with it.')}</p>`}
        </section>
      </div>`;
  }

  /**
   * One row of the account list: always ROW_HEIGHT_REM tall (measured by the row window), so only the rows in view exist; the whole task
   * opens beside (or above) the list.
   */
  #renderRow(task: EntryVendorTask, setSize: number): TemplateResult {
    const item = this.#catalog.get(task.catalogItemId);
    const title = taskTitle(task, item);
    const entryName = task.entryId ? (this.#entryNames.get(task.entryId) ?? task.entryId) : '';
    const progress = taskProgress(task, this.serverNow());
    const selected = this.selectedId === task.id;
    const line =
      task.errDescription && isFinalTaskStatus(task.status)
        ? task.errDescription
        : html`<bdi>${item?.name ?? featureLabel(task.serviceFeature ?? 0)}</bdi> · ${formatDate(task.createdAt, true)}`;
    return html`<div class="row status-${task.status}" role="listitem" part="task" data-id=${task.id} aria-setsize=${setSize} aria-posinset=${this.#positionOf(task.id)} aria-current=${selected ? 'true' : 'false'}>
      <div class="row-head">
        <span class="title">${title}</span>
        <button part="button" class="open" aria-expanded=${selected ? 'true' : 'false'} aria-controls="detail" @click=${() => this.#select(selected ? undefined : task.id)}>
          ${selected
            ? msg(html`Close<span class="visually-hidden">: ${title}, <bdi>${entryName}</bdi></span>`, {
                id: 'monitor.close-row',
                desc: 'Button of a task in the account list that closes its details; screen readers also hear the task and its entry name.',
              })
            : msg(html`Open<span class="visually-hidden">: ${title}, <bdi>${entryName}</bdi></span>`, {
                id: 'monitor.open-row',
                desc: 'Button of a task in the account list that opens its details; screen readers also hear the task and its entry name.',
              })}
        </button>
      </div>
      <span class="row-line"><span class="badge" part="status">${statusLabel(task.status)}</span> <span class="entry" dir="auto">${entryName}</span></span>
      <span class="row-line muted">${line}</span>
      ${progress === undefined || isFinalTaskStatus(task.status) ? nothing : html`<progress max="100" value=${Math.round(progress * 100)} aria-label=${msg(str`${title}: progress`)}></progress>`}
    </div>`;
  }

  async #select(id: string | undefined): Promise<void> {
    const previous = this.selectedId;
    this.selectedId = id;
    await this.updateComplete;
    // Keyboard users land on what opened, and back on the row they came from.
    if (id) this.renderRoot.querySelector<HTMLElement>('#detail .detail-bar button')?.focus();
    else if (previous) this.renderRoot.querySelector<HTMLElement>(`.row[data-id="${CSS.escape(previous)}"] button.open`)?.focus();
  }

  /** 1-based position of a task in the shown list. */
  #positionOf(id: string): number {
    if (this.#positionsFor !== this.#lastShown) {
      this.#positionsFor = this.#lastShown;
      this.#positions = new Map(this.#lastShown.map((task, index) => [task.id, index + 1]));
    }
    return this.#positions.get(id) ?? 0;
  }

  #positionsFor: readonly EntryVendorTask[] | undefined;
  #positions = new Map<string, number>();

  readonly #rowWindow = new RowWindow(this, {
    // Rows are sized in rem; the window also measures a rendered row, so 200 % text never clips them.
    rowHeight: () => remToPx(ROW_HEIGHT_REM),
    measureRows: true,
    onRangeChange: (lastVisible) => {
      if (this.#lastShown.length > 0 && lastVisible >= this.#lastShown.length - LOAD_AHEAD_ROWS) void this.#loadMore();
    },
  });

  #renderSummary(shown: number) {
    const loaded = this.#ids.length;
    const capped = this.#total > this.#reachableTotal;
    return html`<p class="summary muted">
      ${tasksLoadedText(loaded, this.#total)} ${this.applied.creationMode ? creationModeMatchText(shown) : nothing}
      ${capped && !this.#morePages ? listLimitText(this.#reachableTotal) : nothing}
    </p>`;
  }

  #renderExportButton() {
    const busy = this.exportState.kind === 'busy';
    return html`<button part="button" class="export" ?disabled=${busy || this.load.kind !== 'ready'} @click=${() => void this.#export()}>
      ${busy ? msg('Exporting…') : msg('Export to CSV')}
    </button>`;
  }

  #renderExportState() {
    const exported = this.exportState;
    if (exported.kind === 'sent') {
      return html`<div class="notice" part="notice" role="status">
        <p>${msg(html`Kaltura is preparing the CSV file and will e-mail it to <bdi>${exported.to}</bdi>.`)}</p>
        ${exported.url
          ? html`<p><a href=${exported.url} download="reach-tasks.csv" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('Download the CSV file')}</a> <span class="hint">${msg('(the local sandbox keeps the file for download instead of e-mailing it)')}</span></p>`
          : nothing}
      </div>`;
    }
    if (exported.kind === 'error') return html`<p class="notice error" part="notice" role="alert">${msg('The export failed.')} ${exported.message}</p>`;
    return nothing;
  }

  #renderFilters() {
    const draft = this.draft;
    const items = [...this.#catalog.values()]
      .filter((item) => !draft.feature || item.serviceFeature === draft.feature)
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
    const features = [...new Set([...this.#catalog.values()].map((item) => item.serviceFeature))].sort((a, b) => featureLabel(a).localeCompare(featureLabel(b)));
    const number = (event: Event) => Number((event.target as HTMLSelectElement).value);
    const value = (event: Event) => (event.target as HTMLInputElement).value;
    const active = activeFilterCount(this.applied);
    const toggle = html`<button part="button" class="filters-toggle" aria-expanded=${this.filtersOpen ? 'true' : 'false'} aria-controls="filters" @click=${() => (this.filtersOpen = !this.filtersOpen)}>
      ${active
        ? plural(active, {
            one: msg('Filters (1 applied)', { id: 'monitor.filters-applied.one', desc: 'Button that shows or hides the filters, with how many are applied.' }),
            other: msg(str`Filters (${formatCount(active)} applied)`, { id: 'monitor.filters-applied.other', desc: 'Button that shows or hides the filters, with how many are applied.' }),
          })
        : msg('Filters')}
    </button>`;
    if (!this.filtersOpen) return toggle;
    return html`${toggle}<form id="filters" class="filters" part="filters" aria-label=${msg('Filter tasks')} @submit=${this.#apply}>
      <div class="field">
        <label for="status">${msg('Status')}</label>
        <select id="status" aria-describedby="status-hint" .value=${live(draft.status)} @change=${(event: Event) => this.#setDraft('status', value(event) as StatusGroup)}>
          ${(Object.keys(STATUS_GROUPS) as StatusGroup[]).map((group) => html`<option value=${group} ?selected=${draft.status === group}>${statusGroupLabel(group)}</option>`)}
        </select>
        <span id="status-hint" class="hint">${msg('Kaltura does not list cancelled tasks.')}</span>
      </div>
      <div class="field">
        <label for="feature">${msg('Service')}</label>
        <select id="feature" @change=${(event: Event) => this.#setDraft('feature', number(event))}>
          <option value="0" ?selected=${!draft.feature}>${msg('Any service')}</option>
          ${features.map((feature) => html`<option value=${feature} ?selected=${draft.feature === feature}>${featureLabel(feature)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="item">${msg('Catalog item')}</label>
        <select id="item" @change=${(event: Event) => this.#setDraft('catalogItemId', number(event))}>
          <option value="0" ?selected=${!draft.catalogItemId}>${msg('Any catalog item')}</option>
          ${items.map((item) => html`<option value=${item.id} ?selected=${draft.catalogItemId === item.id}>${item.name ?? String(item.id)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="profile">${msg('Profile')}</label>
        <select id="profile" @change=${(event: Event) => this.#setDraft('profileId', number(event))}>
          <option value="0" ?selected=${!draft.profileId}>${msg('Any profile')}</option>
          ${this.#profiles.map((profile) => html`<option value=${profile.id} ?selected=${draft.profileId === profile.id}>${profile.name ?? String(profile.id)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="from">${msg('Created from')}</label>
        <input id="from" type="date" .value=${live(draft.createdFrom)} aria-invalid=${this.formProblem ? 'true' : 'false'} aria-describedby=${ifDefined(this.formProblem ? 'form-problem' : undefined)} @input=${(event: Event) => this.#setDraft('createdFrom', value(event))} />
      </div>
      <div class="field">
        <label for="to">${msg('Created to')}</label>
        <input id="to" type="date" .value=${live(draft.createdTo)} aria-invalid=${this.formProblem ? 'true' : 'false'} aria-describedby=${ifDefined(this.formProblem ? 'form-problem' : undefined)} @input=${(event: Event) => this.#setDraft('createdTo', value(event))} />
      </div>
      <div class="field">
        <label for="mode">${msg('Ordered', { id: 'monitor.filter-ordered', desc: 'Label of the filter by how tasks were ordered: manually, automatically or either.' })}</label>
        <select id="mode" aria-describedby="mode-hint" @change=${(event: Event) => this.#setDraft('creationMode', number(event))}>
          <option value=${CreationModeChoice.ANY} ?selected=${!draft.creationMode}>${msg('Manually or automatically')}</option>
          <option value=${CreationModeChoice.MANUAL} ?selected=${draft.creationMode === CreationModeChoice.MANUAL}>${msg('Manually')}</option>
          <option value=${CreationModeChoice.AUTOMATIC} ?selected=${draft.creationMode === CreationModeChoice.AUTOMATIC}>${msg('Automatically (rule or agent)')}</option>
        </select>
        <span id="mode-hint" class="hint">${msg('Kaltura cannot filter by this: it applies to the tasks loaded so far.')}</span>
      </div>
      <div class="field">
        <label for="sort">${msg('Sort by')}</label>
        <select id="sort" @change=${(event: Event) => this.#setDraft('sort', value(event) as Sort)}>
          ${SORTS.map((sort) => html`<option value=${sort} ?selected=${draft.sort === sort}>${sortLabel(sort)}</option>`)}
        </select>
      </div>
      <div class="field search">
        <label for="text">${msg('Search')}</label>
        <input id="text" type="search" .value=${live(draft.text)} aria-describedby="text-hint" @input=${(event: Event) => this.#setDraft('text', value(event))} />
        <span id="text-hint" class="hint">${msg('Matches the user who ordered and the notes.')}</span>
      </div>
      ${this.formProblem ? html`<p id="form-problem" class="error problem" role="alert">${this.formProblem}</p>` : nothing}
      <div class="form-actions">
        <button part="button" class="primary" type="submit">${msg('Apply filters')}</button>
        <button part="button" type="button" @click=${this.#reset}>${msg('Clear filters')}</button>
      </div>
    </form>`;
  }

  /** One task: what it is and where it stands, its actions and result; the facts behind "Details". */
  #renderTask(task: EntryVendorTask, withEntry: boolean): TemplateResult {
    const item = this.#catalog.get(task.catalogItemId);
    const row = this.#row(task.id);
    const title = taskTitle(task, item);
    const titleId = `task-${task.id}`;
    const detailsId = `details-${task.id}`;
    const entryName = task.entryId ? (this.#entryNames.get(task.entryId) ?? task.entryId) : undefined;
    const languages = taskLanguages(task, item);
    const showReason =
      task.errDescription &&
      (task.status === EntryVendorTaskStatus.ERROR || task.status === EntryVendorTaskStatus.REJECTED || task.status === EntryVendorTaskStatus.ABORTED);
    return html`<article class="task status-${task.status}" part="task" data-id=${task.id} aria-labelledby=${titleId}>
      <div class="task-head">
        <h3 id=${titleId} class="title" tabindex="-1">${title}</h3>
        <span class="badge" part="status">${statusLabel(task.status)}</span>
      </div>
      ${withEntry && entryName ? html`<p class="entry">${entryName}</p>` : nothing}
      <p class="meta">
        <span>${item?.name ?? featureLabel(task.serviceFeature ?? 0)}</span>
        <span>${fidelityLabel(task.serviceType)}</span>
        ${languages ? html`<span>${languages}</span>` : nothing}
        <span>${msg(html`<span class="visually-hidden">Ordered</span> ${formatDate(task.createdAt, true)}`, { id: 'monitor.ordered-on', desc: 'When a task was ordered: a date and time; the word before it is heard by screen readers only.' })}</span>
      </p>
      ${this.#renderProgress(task, title)}
      ${showReason
        ? html`<p class="error reason">
            ${task.status === EntryVendorTaskStatus.ERROR ? msg(html`Error: <bdi>${task.errDescription}</bdi>`) : msg(html`Reason: <bdi>${task.errDescription}</bdi>`)}
          </p>`
        : nothing}
      ${task.status === EntryVendorTaskStatus.PENDING_MODERATION && this.#details && !this.#details.isAdmin
        ? html`<p class="muted">${msg('A REACH administrator has to approve this order before the vendor starts.')}</p>`
        : nothing}
      ${this.#renderToolbar(task, row, title, detailsId)}
      ${row.confirming ? this.#renderConfirm(task, row, row.confirming) : nothing}
      ${row.error ? html`<p class="error outcome" role="alert" tabindex="-1">${msg(html`The server refused: <bdi>${row.error}</bdi>`)}</p>` : nothing}
      ${row.note ? html`<p class="notice outcome" role="status" tabindex="-1">${row.note}</p>` : nothing}
      ${row.unknownOrder
        ? html`<p><button part="button" aria-disabled=${row.busy ? 'true' : 'false'} @click=${() => void this.#checkOrderAgain(task)}>${row.busy ? msg('Checking…') : msg('Check again')}</button></p>`
        : nothing}
      ${row.showOutput ? this.#renderOutputPanel(task, row) : nothing}
      ${row.expanded ? html`<div id=${detailsId} class="details">${this.#renderFacts(task, item)}</div>` : nothing}
    </article>`;
  }

  #renderProgress(task: EntryVendorTask, title: string) {
    const now = this.serverNow();
    const progress = isFinalTaskStatus(task.status) ? undefined : taskProgress(task, now);
    if (progress === undefined || task.expectedFinishTime === undefined) {
      if (task.status === EntryVendorTaskStatus.READY && task.finishTime) return html`<p class="muted">${msg(str`Finished ${formatDate(task.finishTime, true)}`)}</p>`;
      return nothing;
    }
    const due = task.expectedFinishTime;
    const dueText = due > now ? msg(str`Expected ${formatRelative(due, now)} (${formatDate(due, true)})`) : msg(str`Expected ${formatDate(due, true)}: running late`);
    return html`<div class="progress">
      <progress part="progress" max="100" value=${Math.round(progress * 100)} aria-label=${msg(str`${title}: progress`)}></progress>
      <span class="muted">${dueText}</span>
    </div>`;
  }

  #renderFacts(task: EntryVendorTask, item: VendorCatalogItem | undefined) {
    const who = task.userId || msg('an administrator');
    const how =
      task.creationMode === EntryVendorTaskCreationMode.AUTOMATIC
        ? task.context
          ? msg(html`Automatically, by a rule for category <bdi>${task.context}</bdi>`)
          : msg('Automatically, by a rule or an agent')
        : msg(html`Manually, by <bdi>${who}</bdi>`);
    const price = item?.payPerUse && !isFinalTaskStatus(task.status) ? msg('Priced when done') : formatCredit(task.price ?? 0);
    return html`<dl class="facts">
      <div><dt>${msg('Price')}</dt><dd>${price}</dd></div>
      ${task.accuracy !== undefined ? html`<div><dt>${msg('Accuracy')}</dt><dd>${formatPercent(task.accuracy)}</dd></div>` : nothing}
      <div><dt>${msg('Turnaround')}</dt><dd>${turnaroundLabel(task.turnAroundTime ?? item?.turnAroundTime)}</dd></div>
      <div><dt>${msg('Ordered', { id: 'monitor.fact-ordered', desc: 'In the details of a task: the label before how (manually, by whom, or automatically) it was ordered.' })}</dt><dd>${how}</dd></div>
      ${task.moderatingUser ? html`<div><dt>${msg('Moderated by')}</dt><dd>${task.moderatingUser}</dd></div>` : nothing}
      ${task.notes ? html`<div><dt>${msg('Notes')}</dt><dd>${task.notes}</dd></div>` : nothing}
      <div><dt>${msg('Task')}</dt><dd>${task.id}</dd></div>
    </dl>`;
  }

  /** The task's buttons: its allowed actions, its result, and its details. */
  #renderToolbar(task: EntryVendorTask, row: RowState, title: string, detailsId: string) {
    const actions = this.#actionsFor(task);
    const output = taskOutput(task);
    const outputId = `output-${task.id}`;
    return html`<div class="actions" part="actions">
      ${actions.map(
        (action) => html`<button
          part="button"
          class=${action === 'abort' || action === 'reject' ? 'danger' : ''}
          data-action=${action}
          aria-disabled=${row.busy !== undefined || (action === 'resubmit' && row.unknownOrder) ? 'true' : 'false'}
          aria-expanded=${row.confirming === action ? 'true' : 'false'}
          @click=${() => {
            if (row.busy !== undefined || (action === 'resubmit' && row.unknownOrder)) return;
            const opening = row.confirming !== action;
            this.#updateRow(task.id, { confirming: opening ? action : undefined, error: undefined, note: undefined });
            if (opening && action === 'resubmit') {
              this.#quotes.delete(task.id);
              this.#updateRow(task.id, { quote: undefined });
              void this.#quoteFor(task);
            }
          }}
        >
          ${forTask(actionLabel(action), title)}
        </button>`,
      )}
      ${output
        ? html`<button part="button" aria-expanded=${row.showOutput ? 'true' : 'false'} aria-controls=${outputId} @click=${() => void this.#toggleOutput(task, output)}>
            ${forTask(outputLabel(output), title)}
          </button>`
        : nothing}
      <button part="button" class="toggle" aria-expanded=${row.expanded ? 'true' : 'false'} aria-controls=${detailsId} @click=${() => this.#updateRow(task.id, { expanded: !row.expanded })}>
        ${forTask(msg('Details'), title)}
      </button>
    </div>`;
  }

  #renderConfirm(task: EntryVendorTask, row: RowState, action: TaskAction) {
    const reasonId = `reason-${task.id}`;
    const takesReason = action === 'reject' || action === 'abort';
    const busy = row.busy === action;
    const question =
      action === 'approve'
        ? msg(str`Approve this order? Its price (${formatCredit(task.price ?? 0)}) is charged to the profile's credit.`)
        : action === 'reject'
          ? msg('Reject this order? The requester sees your reason.')
          : action === 'abort'
            ? msg('Cancel this order? Kaltura does not refund cancelled orders.')
            : msg('Order this service again for the same media? This places a new order and may spend credit.');
    return html`<form class="confirm" data-task=${task.id} aria-label=${actionLabel(action)} @submit=${(event: Event) => {
      event.preventDefault();
      void this.#run(task, action);
    }}>
      <p>${question}</p>
      ${action === 'resubmit' ? this.#renderQuote(row.quote) : nothing}
      ${takesReason
        ? html`<div class="field">
            <label for=${reasonId}>${msg('Reason (optional)')}</label>
            <textarea id=${reasonId} rows="2" .value=${live(row.reason)} ?disabled=${busy} @input=${(event: Event) => (row.reason = (event.target as HTMLTextAreaElement).value)}></textarea>
          </div>`
        : nothing}
      <div class="form-actions">
        <button
          part="button"
          type="submit"
          class=${action === 'approve' || action === 'resubmit' ? 'primary' : 'danger'}
          ?disabled=${row.busy !== undefined && !row.focusHeld}
          aria-disabled=${row.busy !== undefined ? 'true' : 'false'}
        >
          ${busy ? msg('Working…') : confirmLabel(action)}
        </button>
        <button part="button" type="button" ?disabled=${busy} @click=${() => {
          this.#updateRow(task.id, { confirming: undefined });
          void this.#focusOutcome(task.id, action);
        }}>${msg('Keep as is')}</button>
      </div>
    </form>`;
  }

  #renderQuote(quote: Quote | undefined) {
    if (!quote) return html`<p class="muted" role="status">${msg('Checking the price and the credit…')}</p>`;
    if (quote.kind === 'error') return html`<p class="error">${msg('The price and the credit could not be checked.')} ${quote.message}</p>`;
    const refusal = quoteRefusal(quote);
    return html`<p>
        ${msg(str`Price: ${priceText(quote.estimate)}`)}${quote.remaining !== undefined
          ? html` · ${msg(html`Credit left on <bdi>${quote.profileName ?? ''}</bdi>: ${formatCredit(quote.remaining)}`)}`
          : nothing}
      </p>
      ${quote.verdict === undefined ? html`<p class="muted">${msg("The profile's credit could not be read here; the server checks it when ordering.")}</p>` : nothing}
      ${refusal ? html`<p class="error">${refusal}</p>` : nothing}`;
  }

  #renderOutputPanel(task: EntryVendorTask, row: RowState) {
    const output = taskOutput(task);
    if (!output) return nothing;
    return html`<div id=${`output-${task.id}`} class="output-panel">${this.#renderOutputView(task, output, row.output)}</div>`;
  }

  #renderOutputView(task: EntryVendorTask, output: TaskOutput, view: OutputView | undefined) {
    if (!view || view.kind === 'loading') return html`<p class="muted" role="status">${msg('Loading the result…')}</p>`;
    if (view.kind === 'error') return html`<p class="error" role="alert">${msg('The result could not be loaded.')} ${view.message}</p>`;
    if (view.kind === 'file') {
      const url = safeOutputUrl(view.url);
      if (!url) return html`<p class="error" role="alert">${msg('The server gave a link that cannot be opened safely.')}</p>`;
      const name = `${task.entryId ?? 'task'}-${task.id}${view.format ? `.${view.format.toLowerCase()}` : ''}`;
      return html`<p class="links">
        <a href=${url} download=${name} rel="noopener noreferrer" referrerpolicy="no-referrer">${view.format ? msg(str`Download (${view.format})`) : msg('Download')}</a>
        <a href=${url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('Open in a new tab')}</a>
      </p>`;
    }
    if (view.kind === 'chapters') {
      if (view.chapters.length === 0) return html`<p class="muted">${msg('No chapters were found on the media.')}</p>`;
      return html`<ol class="chapters">
        ${view.chapters.map((chapter) => html`<li><span class="clock">${formatClock((chapter.startTime ?? 0) / 1000)}</span> <bdi>${chapter.title ?? ''}</bdi></li>`)}
      </ol>`;
    }
    if (view.kind === 'clips') {
      const href = this.clipsHref && task.entryId ? this.clipsHref.replaceAll('{entryId}', encodeURIComponent(task.entryId)) : undefined;
      const suggested = output.kind === 'clips' && output.suggested ? html`<p>${suggestedClipsText(output.suggested)}</p>` : nothing;
      return html`${suggested}${view.clips.length === 0
          ? html`<p class="muted">${msg('No clips were found.')}</p>`
          : html`<ul class="clips">
              ${view.clips.map((clip) => html`<li><bdi>${clip.name ?? clip.id}</bdi> <span class="muted">(${formatDuration(clip.duration ?? (clip.msDuration ?? 0) / 1000)})</span></li>`)}
            </ul>`}
        ${href ? html`<p><a href=${href}>${msg('Review the clips')}</a></p>` : nothing}`;
    }
    switch (output.kind) {
      case 'summary':
        return html`<p class="prose">${output.text ?? msg('The summary was written to the entry’s description.')}</p>`;
      case 'metadata':
        return html`<dl class="facts">
          ${output.title ? html`<div><dt>${msg('Title')}</dt><dd>${output.title}</dd></div>` : nothing}
          ${output.description ? html`<div><dt>${msg('Description')}</dt><dd>${output.description}</dd></div>` : nothing}
          ${output.tags ? html`<div><dt>${msg('Tags')}</dt><dd>${output.tags}</dd></div>` : nothing}
        </dl>`;
      case 'quiz':
        return output.questions.length === 0
          ? html`<p class="muted">${msg('The quiz questions were added to the media.')}</p>`
          : html`<ol class="prose">${output.questions.map((question) => html`<li>${question}</li>`)}</ol>`;
      case 'moderation':
        return html`<p>${output.flagged === undefined ? msg('The moderation result is on the entry.') : output.flagged ? msg('Flagged for review.') : msg('Nothing was flagged.')}</p>`;
      default:
        return html`<p>${msg('The result was applied to the media’s details (tags, metadata).')}</p>`;
    }
  }
}

/** Why a resubmission must not be sent, in words; undefined when it may. */
function quoteRefusal(quote: Quote): string | undefined {
  if (quote.kind === 'error') return msg('The price and the credit could not be checked, so nothing was ordered. Try again.');
  if (quote.blocking) return blockingTaskText(quote.blocking);
  return creditVerdictText(quote.verdict, true);
}

function activeFilterCount(filters: AccountFilters): number {
  const keys = ['status', 'feature', 'catalogItemId', 'profileId', 'createdFrom', 'createdTo', 'creationMode', 'text'] as const;
  return keys.filter((key) => filters[key] !== DEFAULT_FILTERS[key]).length;
}

function statusGroupLabel(group: StatusGroup): string {
  switch (group) {
    case 'any': return msg('Any status');
    case 'active': return msg('In progress');
    case 'moderation': return msg('Awaiting approval', { id: 'status-filter.moderation', desc: 'Option of the status filter: the tasks that wait for an administrator to approve them.' });
    case 'ready': return msg('Ready', { id: 'status-filter.ready', desc: 'Option of the status filter: the tasks that were delivered.' });
    case 'failed': return msg('Failed', { id: 'status-filter.failed', desc: 'Option of the status filter: the tasks that failed.' });
    case 'rejected': return msg('Rejected', { id: 'status-filter.rejected', desc: 'Option of the status filter: the tasks an administrator rejected.' });
  }
}

function sortLabel(sort: Sort): string {
  switch (sort) {
    case '-createdAt': return msg('Newest first');
    case '+createdAt': return msg('Oldest first');
    case '-updatedAt': return msg('Recently updated');
    case '+status': return msg('Status', { id: 'sort.status', desc: 'Option of "Sort by": by task status.' });
    case '-price': return msg('Price, highest first');
    case '+price': return msg('Price, lowest first');
    case '+expectedFinishTime': return msg('Expected finish, soonest first');
    case '-expectedFinishTime': return msg('Expected finish, latest first');
  }
}

/** A task's button: its label, and for screen readers which task it acts on. */
function forTask(label: string, title: string) {
  return msg(html`${label}<span class="visually-hidden">: ${title}</span>`, {
    id: 'monitor.button-for-task',
    desc: 'A button of a task: its label (Approve, Details, Show the summary…), then, heard by screen readers only, the task it acts on.',
  });
}

function loadMoreLabel(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('Load 1 more task', { id: 'monitor.load-more.one', desc: 'Button under the task list that loads the next page of tasks.' }),
    other: msg(str`Load ${shown} more tasks`, { id: 'monitor.load-more.other', desc: 'Button under the task list that loads the next page of tasks.' }),
  });
}

/** "8 of 120 tasks loaded.": the noun agrees with the total. */
function tasksLoadedText(loaded: number, total: number): string {
  const [shownLoaded, shownTotal] = [formatCount(loaded), formatCount(total)];
  return plural(total, {
    one: msg(str`${shownLoaded} of 1 task loaded.`, { id: 'monitor.tasks-loaded.one', desc: 'Above the account list: how many of the matching tasks are loaded; the form follows the total.' }),
    other: msg(str`${shownLoaded} of ${shownTotal} tasks loaded.`, { id: 'monitor.tasks-loaded.other', desc: 'Above the account list: how many of the matching tasks are loaded; the form follows the total.' }),
  });
}

function creationModeMatchText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('1 of them matches the creation mode (filtered among the loaded tasks).', {
      id: 'monitor.creation-mode-matches.one',
      desc: 'After "N of M tasks loaded.": how many of the loaded tasks match the creation-mode filter.',
    }),
    other: msg(str`${shown} of them match the creation mode (filtered among the loaded tasks).`, {
      id: 'monitor.creation-mode-matches.other',
      desc: 'After "N of M tasks loaded.": how many of the loaded tasks match the creation-mode filter.',
    }),
  });
}

function listLimitText(count: number): string {
  // The limit is large: one form serves every language.
  return msg(str`Kaltura lists at most the first ${formatCount(count)} tasks: narrow the filters to see the others.`, {
    id: 'monitor.list-limit.other',
    desc: 'When more tasks match than Kaltura can list: the most it lists.',
  });
}

function suggestedClipsText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('The vendor suggested 1 clip.', { id: 'monitor.suggested-clips.one', desc: 'Result of an AI clips task: how many clips the vendor suggested.' }),
    other: msg(str`The vendor suggested ${shown} clips.`, { id: 'monitor.suggested-clips.other', desc: 'Result of an AI clips task: how many clips the vendor suggested.' }),
  });
}

function actionLabel(action: TaskAction): string {
  switch (action) {
    case 'approve': return msg('Approve');
    case 'reject': return msg('Reject');
    case 'abort': return msg('Cancel order');
    case 'resubmit': return msg('Order again');
  }
}

function confirmLabel(action: TaskAction): string {
  switch (action) {
    case 'approve': return msg('Yes, approve');
    case 'reject': return msg('Yes, reject');
    case 'abort': return msg('Yes, cancel the order');
    case 'resubmit': return msg('Yes, order again');
  }
}

function outputLabel(output: TaskOutput): string {
  switch (output.kind) {
    case 'captions': return msg('Get the caption file');
    case 'audio': return msg('Get the audio track');
    case 'chapters': return msg('Show the chapters');
    case 'clips': return msg('Show the clips');
    case 'summary': return msg('Show the summary');
    case 'metadata': return msg('Show the suggested metadata');
    case 'quiz': return msg('Show the questions');
    case 'moderation': return msg('Show the moderation result');
    case 'entry': return msg('Show the result');
  }
}

/** SRT / VTT / DFXP from the caption asset's format, or the file name. */
function captionFormat(format: string | undefined, url: string): string | undefined {
  const byFormat: Record<string, string> = { '1': 'SRT', '2': 'DFXP', '3': 'VTT' };
  if (format && byFormat[format]) return byFormat[format];
  const extension = /\.(srt|vtt|dfxp|xml)(?:$|\?)/i.exec(url)?.[1];
  return extension?.toUpperCase();
}

function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** The server's own words for an API refusal; for anything else, what happened (never the KS: the client redacts it). */
function errorText(error: unknown): string {
  const apiError = toApiError(error);
  return apiError.code === 'UNEXPECTED' ? msg('Something went wrong.') : apiError.message;
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-task-monitor': ReachTaskMonitor;
  }
}
