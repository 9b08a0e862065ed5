import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { initialState } from '@lit/task';
import { toApiError, type KalturaApiError } from '../../api/errors.js';
import { ReachTaskCreatedEvent } from '../../events.js';
import { listCaptionAssets } from '../../reach/entries.js';
import { EntryStatus, EntryVendorTaskStatus, isFinalTaskStatus } from '../../reach/enums.js';
import { activeProfiles, creditState, isActiveProfile } from '../../reach/pricing.js';
import type { CaptionAsset, EntryVendorTask, ReachProfile } from '../../reach/schemas.js';
import { defaultOrderInput, sourceCaptions, taskJobData, takesNotes, type OrderInput } from '../../reach/task-data.js';
import type { NewTask } from '../../reach/tasks.js';
import { profilesOf } from '../../state/lookups.js';
import type { OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import type { TaskChange } from '../../state/task-store.js';
import { WideLayoutController } from '../shared/wide-layout-controller.js';
import { ReachElement } from '../reach-element.js';
import { featureLabel, statusLabel } from '../shared/labels.js';
import { chainedOrdersText, isolate } from '../shared/order-text.js';
import { LazyModule } from '../shared/lazy-module.js';
import { baseStyles } from '../shared/styles.js';
import { TaskStoreController } from '../shared/task-store-controller.js';
import type { BulkOrderController } from './bulk-order-controller.js';
import { FEW_SERVICES, unchainedText } from './service-text.js';
import { NARROW_PANEL_PX, renderEntry, renderProfile } from './entry-profile.js';
import { NeedController } from './need-controller.js';
import { renderNeedSteps } from './need-steps.js';
import { needStepsStyles } from './need-steps.styles.js';
import { OrderController, type ChainedOrder } from './order-controller.js';
import { orderedAnnouncement, renderResults, renderSummary } from './order-steps.js';
import { defaultProfileId, loadPanelData, panelRefusal, type PanelData } from './panel-data.js';
import {
  captionsReadyAt,
  chainedInputProblems,
  changeSelection,
  itemViews,
  NO_FILTERS,
  selectedViews,
  type Filters,
  type ItemView,
  type PanelView,
} from './panel-view.js';
import { orderPanelStyles } from './reach-order-panel.styles.js';

type Phase = 'choose' | 'confirm' | 'ordering';

/**
 * @tagname reach-order-panel
 * @summary Orders REACH services (captions, translation, clips, …) for one entry, or for many at once.
 *
 * Orders REACH services for one entry: the entry and why it may not be ordered for, the profile and its
 * credit, then need first: what is needed (captions, translation, summary, …), the language (several targets
 * at once), and the service (machine or professional, accuracy, when ready, credits; one recommended). "Browse
 * all services" shows the catalog folded by need, with a search and filters by feature / fidelity / language /
 * turnaround. Each service's price in credits, when it would be ready and its existing orders,
 * service-specific inputs, and one confirmation for several services at once. A translation without
 * captions is ordered with the captions it starts from and placed once they are ready. An order's result
 * links to its task in a `<reach-task-monitor>` of the same page.
 *
 * For many entries (`entry-ids`, or entries chosen in its media picker when neither attribute is set): the
 * services chosen once, a pre-flight of every entry and service (its price, or why it will not be ordered)
 * with totals against the profile's credit, then the orders in batches with a progress bar, each outcome as
 * it arrives, and "Retry the failed ones", which checks again before sending.
 *
 * @fires reach-task-created {ReachTaskCreatedEvent} - one per task this panel placed ({task}); not fired for an
 *   order it joined (the same order already in flight from another element of the page)
 * @csspart entry - the entry summary
 * @csspart profile - the profile and credit section
 * @csspart filters - the catalog filters
 * @csspart item - one service of the catalog
 * @csspart summary - the selection, total price and order button
 * @csspart confirm - the confirmation step
 * @csspart results - the outcome of the last order (of a bulk order: its progress and outcome)
 * @csspart list - a bulk order's lines, one per entry and service
 * @csspart media-picker - the media picker, when the panel has no entry
 */
@localized()
export class ReachOrderPanel extends ReachElement {
  static override styles = [baseStyles, orderPanelStyles, needStepsStyles];

  /** The entry to order services for. */
  @property({ attribute: 'entry-id' }) entryId?: string;

  /**
   * Several entries at once (ids separated by commas): the services chosen once, a pre-flight of every
   * entry, then the orders in batches. Used when `entry-id` is not set; without either, the entries are
   * chosen in a media picker. The property also takes an array of ids.
   */
  @property({ attribute: 'entry-ids' }) entryIds?: string | readonly string[];

  /**
   * Leaves out the entry card (name, duration, status), for a host that already shows the entry beside
   * the panel (a player page's sidebar). The confirmation still names the entry. Without it, a panel at most
   * 400 px wide, or with few services, folds the card to one line (name, duration) that opens.
   */
  @property({ type: Boolean, attribute: 'hide-entry' }) hideEntry = false;

  /** The entry's tasks, as the session's store holds them. */
  @state() private tasks: EntryVendorTask[] = [];
  @state() private profileId: number | undefined;
  /** The profiles with their credit as last read (after an order, read again without reloading the panel). */
  @state() private profiles: readonly ReachProfile[] = [];
  /** The entry's captions as last read (a delivered task adds some: read again without reloading the panel). */
  @state() private captionAssets: readonly CaptionAsset[] = [];
  @state() private filters: Filters = NO_FILTERS;
  @state() private selected: ReadonlySet<number> = new Set();
  @state() private unchained: ReadonlySet<number> = new Set();
  @state() private inputs: ReadonlyMap<number, OrderInput> = new Map();
  /** Items whose input problems are shown (after a first attempt to order them). */
  @state() private validated: ReadonlySet<number> = new Set();
  @state() private phase: Phase = 'choose';

  readonly #orders = new OrderController(this);
  readonly #wide = new WideLayoutController(this, NARROW_PANEL_PX + 1);
  readonly #needs = new NeedController({
    requestUpdate: () => this.requestUpdate(),
    focus: (id) => this.focusAfterUpdate(id),
  });

  /** The bulk order (bulk-mode.ts): loaded the first time the panel has no entry. */
  readonly #bulkMode = new LazyModule(this, {
    load: () => import('./bulk-mode.js'),
    styles: (mode) => mode.bulkModeStyles,
    loaded: (mode) => {
      this.#bulk = new mode.BulkOrderController(this, () => this.session, {
        created: (task) => this.dispatchEvent(new ReachTaskCreatedEvent(task)),
        failed: (error) => this.reportError(error),
        announce: (text) => this.announce(text),
        focus: (id) => this.focusAfterUpdate(id),
        picks: () => !this.entryId?.trim() && !this.#bulk?.key(this.entryIds),
      });
    },
    failed: (error) => this.reportError(error),
  });
  #bulk: BulkOrderController | undefined;

  /** The whole catalog with its search and filters (browse.ts): loaded on "Browse all services", or at once when
   * the catalog is short (then it is all there is to show). */
  readonly #browse = new LazyModule(this, {
    load: () => import('./browse.js'),
    // "Browse all services" was pressed before it came: the search takes the focus now that it is there.
    loaded: () => {
      if (this.#needs.browsing) this.focusAfterUpdate('search');
    },
    failed: (error) => this.reportError(error),
  });

  /** A service's inputs and the confirmation (order-parts.ts): loaded the first time a service is chosen. */
  readonly #orderParts = new LazyModule(this, {
    load: () => import('./order-parts.js'),
    // The confirmation opened before they came: its title takes the focus now that it is there.
    loaded: () => {
      if (this.phase === 'confirm') this.focusAfterUpdate('confirm-title');
    },
    failed: (error) => this.reportError(error),
  });

  readonly #bulkLoad = this.sessionTask(
    async ([key], session, signal) => (key && this.#bulk ? this.#bulk.load(session, key, signal) : initialState),
    () => [this.entryId?.trim() ? '' : (this.#bulk?.key(this.entryIds) ?? '')] as const,
  );

  readonly #load = this.sessionTask(
    ([entryId], session, signal) => this.#loadPanel(session, entryId, signal),
    () => [this.entryId?.trim()] as const,
  );

  constructor() {
    super();
    this.addController(
      new TaskStoreController(
        () => this.session,
        (changes, session) => this.#tasksChanged(changes, session),
      ),
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.entryId?.trim()) this.#bulkMode.get();
  }

  async #loadPanel(
    session: ReachSession,
    entryId: string | undefined,
    signal: AbortSignal,
  ): Promise<PanelData | typeof initialState> {
    if (!entryId) return initialState;
    this.tasks = session.tasks.forEntry(entryId);
    this.phase = 'choose';
    if (this.#orders.showEntry(entryId)) {
      // Another entry: start afresh. (A reload of the same entry — retry, a new session — keeps what was chosen and typed.)
      this.selected = this.unchained = new Set();
      this.inputs = new Map();
      this.validated = new Set();
      this.#needs.reset();
    }
    const data = await loadPanelData(session, entryId, signal);
    this.tasks = session.tasks.forEntry(entryId);
    // A reload (retry, new session, another entry) keeps the profile the user chose while it is still active.
    const kept = data.profiles.some((profile) => profile.id === this.profileId && isActiveProfile(profile));
    if (!kept) this.profileId = defaultProfileId(data);
    this.profiles = data.profiles;
    this.captionAssets = data.captionAssets;
    return data;
  }

  #tasksChanged(changes: readonly TaskChange[], session: ReachSession): void {
    const entryId = this.entryId;
    const mine = changes.filter((change) => change.task.entryId === entryId);
    if (!entryId || mine.length === 0) return;
    this.tasks = session.tasks.forEntry(entryId);
    // Each change is spoken once per session, however many elements show the task.
    const moved = mine.filter(
      (change) =>
        change.previousStatus !== undefined &&
        change.previousStatus !== change.task.status &&
        session.claimAnnouncement(`${change.task.id}:${change.task.status}`),
    );
    if (moved.length > 0)
      this.announce(
        moved
          .map((change) => msg(str`${isolate(this.#taskName(change.task))}: ${statusLabel(change.task.status)}.`))
          .join(' '),
      );
    const ended = mine.filter(
      (change) =>
        change.previousStatus !== undefined &&
        change.previousStatus !== change.task.status &&
        isFinalTaskStatus(change.task.status),
    );
    // Captions that will not come: what was chained after them is not ordered.
    for (const change of ended)
      if (change.task.status !== EntryVendorTaskStatus.READY) this.#orders.giveUp(change.task.catalogItemId);
    if (ended.some((change) => change.task.status === EntryVendorTaskStatus.READY))
      void this.#captionsDelivered(session, entryId);
  }

  /** A delivered task may have added captions (what translations start from): read them again, then place what waited for them. */
  async #captionsDelivered(session: ReachSession, entryId: string): Promise<void> {
    try {
      const captions = await session.call(listCaptionAssets(entryId));
      if (this.#load.value?.entry.id !== entryId) return;
      this.captionAssets = captions.objects;
    } catch {
      // The captions shown stay as they were; the next load (or delivery) corrects them.
      return;
    }
    const outcomes = await this.#orders.placeWaiting(
      session,
      (item) => sourceCaptions(item, this.captionAssets)[0]?.id,
    );
    if (outcomes.length === 0) return;
    this.#ordered(outcomes);
    void this.#refreshCredit(session, entryId);
  }

  #taskName(task: EntryVendorTask): string {
    const item = this.#load.value?.catalog.find((candidate) => candidate.id === task.catalogItemId);
    return item?.name || featureLabel(task.serviceFeature ?? 0);
  }

  /** The panel as its render modules see it (panel-view.ts). */
  #view(loaded: PanelData): PanelView {
    const data: PanelData = { ...loaded, captionAssets: [...this.captionAssets] };
    const profiles = activeProfiles(this.profiles);
    const profile = profiles.find((candidate) => candidate.id === this.profileId);
    const input = (view: ItemView) => this.inputs.get(view.item.id) ?? defaultOrderInput(view.item, data.captionAssets);
    return {
      data,
      items: itemViews(data, this.tasks, this.#orders.results, this.selected),
      filters: this.filters,
      selected: this.selected,
      unchained: this.unchained,
      validated: this.validated,
      results: this.#orders.results,
      lastOrder: this.#orders.lastOrder,
      tasks: this.tasks,
      profiles,
      profile,
      credit: profile ? creditState(profile, this.serverNow()) : undefined,
      ordering: this.phase === 'ordering',
      now: this.serverNow(),
      input,
      serviceInputs: (inputs) => this.#orderParts.render((parts) => parts.renderServiceInputs(inputs)),
      setFilter: (name, value) => (this.filters = { ...this.filters, [name]: value }),
      clearFilters: () => (this.filters = NO_FILTERS),
      chooseProfile: (id) => (this.profileId = id),
      toggle: (view, checked) => this.#toggle(view, data, checked),
      setInput: (view, key, value) =>
        (this.inputs = new Map(this.inputs).set(view.item.id, { ...input(view), [key]: value })),
      review: () => this.#review(this.#view(data)),
      back: () => this.#back(),
      place: () => void this.#placeOrder(this.#view(data)),
      checkAgain: (id, result) => void this.#checkAgain(id, result),
      showTask: this.#taskMonitors().length > 0 ? (id) => this.#showTask(id) : undefined,
      dismissResults: () => this.#orders.dismiss(),
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  #toggle(view: ItemView, data: PanelData, checked: boolean): void {
    const items = itemViews(data, this.tasks, this.#orders.results, this.selected);
    const change = changeSelection(items, this.selected, view, checked);
    const inputs = new Map(this.inputs);
    if (checked)
      for (const item of [view.item, ...change.added])
        if (!inputs.has(item.id)) inputs.set(item.id, defaultOrderInput(item, data.captionAssets));
    this.inputs = inputs;
    this.selected = change.selected;
    this.unchained = new Set(
      [...this.unchained, ...change.unchained.map((other) => other.item.id)].filter((id) => !change.selected.has(id)),
    );
    if (change.unchained.length > 0) this.announce(unchainedText(change.unchained));
    this.#orders.forgetFailure(view.item.id);
  }

  #review(view: PanelView): void {
    const chosen = selectedViews(view.items, this.selected);
    const problemsOf = (item: ItemView) => Object.keys(chainedInputProblems(item, view.input(item), view.data.entry));
    this.validated = new Set([...this.validated, ...chosen.map((item) => item.item.id)]);
    const invalid = chosen.find((item) => problemsOf(item).length > 0);
    if (invalid) {
      this.focusAfterUpdate(`in-${invalid.item.id}-${problemsOf(invalid)[0]}`);
      this.announce(msg('Some services need more information before they can be ordered.'));
      return;
    }
    this.phase = 'confirm';
    this.focusAfterUpdate('confirm-title');
  }

  #back(): void {
    this.phase = 'choose';
    this.focusAfterUpdate('review');
  }

  async #placeOrder(view: PanelView): Promise<void> {
    const session = this.session;
    const chosen = selectedViews(view.items, this.selected);
    const { profile } = view;
    // Without a readable profile the order goes without one: the server charges the catalog item's default.
    if (!session || this.#orders.sending || chosen.length === 0 || (!profile && !view.data.profilesHidden)) return;
    this.phase = 'ordering';
    const requestOf = (item: ItemView, input: OrderInput): NewTask => {
      const request: NewTask = {
        entryId: view.data.entry.id,
        catalogItemId: item.item.id,
        ...(profile ? { reachProfileId: profile.id } : {}),
      };
      const notes = takesNotes(item.item) ? input.notes.trim() : '';
      if (notes) request.notes = notes;
      const jobData = taskJobData(item.item, input);
      if (jobData) request.taskJobData = jobData;
      return request;
    };
    const requests = chosen.filter((item) => !item.captionsFirst).map((item) => requestOf(item, view.input(item)));
    const chained = chosen.flatMap((item): ChainedOrder[] => {
      const first = item.captionsFirst;
      if (!first) return [];
      const input = view.input(item);
      const complete = (captionAssetId: string) => requestOf(item, { ...input, captionAssetId });
      return [{ item: item.item, captions: first.item, readyAt: captionsReadyAt(first, view.now), complete }];
    });
    const outcomes = await this.#orders.place(session, requests, chained);
    if (!outcomes) return; // The panel moved to another entry meanwhile.
    // Chained orders now wait in the controller; they are no longer a choice.
    const selected = new Set(this.selected);
    for (const order of chained) selected.delete(order.item.id);
    this.selected = selected;
    this.#ordered(outcomes, chained.length);
    this.phase = 'choose';
    this.focusAfterUpdate('results-title');
    if (outcomes.some((outcome) => outcome.kind === 'created')) void this.#refreshCredit(session, view.data.entry.id);
  }

  /** An order whose answer was lost and could not be checked: look again (never re-send it). */
  async #checkAgain(id: number, result: Parameters<PanelView['checkAgain']>[1]): Promise<void> {
    const session = this.session;
    if (!session) return;
    const outcome = await this.#orders.checkAgain(session, id, result);
    if (outcome) this.#ordered([outcome]);
  }

  /** What was ordered is done with: its choices reset, everything else stays as typed; the host page hears of it. */
  #ordered(outcomes: readonly OrderOutcome[], chained = 0): void {
    const selected = new Set(this.selected);
    const inputs = new Map(this.inputs);
    const validated = new Set(this.validated);
    for (const outcome of outcomes) {
      const id = outcome.request.catalogItemId;
      if (outcome.kind === 'created') {
        selected.delete(id);
        inputs.delete(id);
        validated.delete(id);
        // A joined order was placed by another element of the page: it fires the event, not this panel.
        if (!outcome.joined) this.dispatchEvent(new ReachTaskCreatedEvent(outcome.task));
      } else if (outcome.kind === 'failed') {
        this.reportError(outcome.error);
      }
    }
    this.selected = selected;
    this.inputs = inputs;
    this.validated = validated;
    const said =
      outcomes.length > 0
        ? orderedAnnouncement(outcomes.filter((outcome) => outcome.kind === 'created').length, outcomes.length)
        : '';
    this.announce(chained > 0 ? `${said} ${chainedOrdersText()}`.trim() : said);
  }

  /** After an order: `placeOrders` forgot the session's profiles, so this reads the credit left. */
  async #refreshCredit(session: ReachSession, entryId: string): Promise<void> {
    if (this.#load.value?.profilesHidden) return; // the session may not read them: no credit is shown
    try {
      const profiles = await profilesOf(session);
      if (this.#load.value?.entry.id === entryId) this.profiles = profiles;
    } catch {
      // The credit shown stays as it was; the next load corrects it.
    }
  }

  /** Task monitors in the same document or shadow root as the panel. */
  #taskMonitors(): (Element & { focusTask?(id: string): boolean })[] {
    return [...(this.getRootNode() as Document | ShadowRoot).querySelectorAll('reach-task-monitor')];
  }

  /** The first monitor that lists the task shows it (and takes the focus). */
  #showTask(taskId: string): void {
    if (!this.#taskMonitors().some((monitor) => monitor.focusTask?.(taskId)))
      this.announce(
        msg('The task list on this page does not show this order.', {
          desc: 'Announced when the link to an order in the task monitor finds no monitor showing it.',
        }),
      );
  }

  #retry(): void {
    void this.#load.run();
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    return html`
      <div class="panel" part="panel">
        <h2 class="title">${msg('Order captions and enrichment')}</h2>
        ${this.renderSessionNotice()}
        ${this.#renderBody()} ${this.renderLiveRegion()}
      </div>
    `;
  }

  #renderBody() {
    if (!this.settings.ks) return this.renderMissingKs();
    if (!this.entryId?.trim()) return this.#renderBulk();
    const loading = () => html`<p class="loading">${msg('Loading the entry and the services you can order…')}</p>`;
    return this.#load.render({
      initial: loading,
      pending: loading,
      error: (error) => this.#renderLoadError(toApiError(error)),
      complete: (data) => this.#renderReady(data),
    });
  }

  /** Many entries: `entry-ids`, or those chosen in the media picker. */
  #renderBulk() {
    const [mode, bulk] = [this.#bulkMode.get(), this.#bulk];
    const loading = () => html`<p class="loading">${msg('Loading the entries and the services you can order…')}</p>`;
    if (!mode || !bulk) return loading();
    if (!bulk.key(this.entryIds)) return mode.renderPickEntries(bulk.picker, () => bulk.orderPicked());
    const reload = () => void this.#bulkLoad.run();
    return this.#bulkLoad.render({
      initial: loading,
      pending: loading,
      error: (error) => this.#renderLoadError(toApiError(error)),
      complete: (data) => mode.renderBulk(bulk.view(data, this.serverNow(), reload), bulk.rows),
    });
  }

  #renderLoadError(error: KalturaApiError) {
    const text =
      error.code === 'FEATURE_FORBIDDEN'
        ? msg('REACH is not enabled for this account. Ask your Kaltura administrator to enable it.')
        : error.code === 'ENTRY_ID_NOT_FOUND'
          ? msg(str`There is no entry with the id ${this.entryId ?? ''} on this account.`)
          : msg('The entry and the services could not be loaded.');
    const retryable = error.code !== 'FEATURE_FORBIDDEN' && error.code !== 'ENTRY_ID_NOT_FOUND';
    return html`<div class="notice error" part="notice" role="alert">
      <p>${text}</p>
      ${retryable ? html`<p class="server-text" dir="auto">${error.message}</p><button type="button" @click=${this.#retry}>${msg('Try again')}</button>` : nothing}
    </div>`;
  }

  #renderEntry(data: PanelData, few = false) {
    return this.hideEntry ? nothing : renderEntry(data.entry, few || !this.#wide.wide);
  }

  #renderReady(data: PanelData) {
    const refusal = panelRefusal(data, this.profiles);
    if (refusal) {
      return html`${this.#renderEntry(data)}
        <div class="notice refusal" part="notice" id="refusal">
          <p>${refusal}</p>
          ${data.entry.status !== EntryStatus.READY ? html`<button type="button" @click=${this.#retry}>${msg('Check again')}</button>` : nothing}
        </div>`;
    }
    const view = this.#view(data);
    if (this.selected.size > 0) this.#orderParts.get();
    if (this.phase !== 'choose')
      return html`${this.#renderEntry(data)} ${this.#orderParts.render((parts) => parts.renderConfirm(view))}`;
    // Need first (what, language, quality); the whole catalog with search is the way out. A few services are
    // simply listed: they fit, and there is nothing to narrow.
    const few = view.items.filter((item) => !item.unavailable).length <= FEW_SERVICES;
    const choose =
      few || this.#needs.browsing
        ? this.#browse.render(({ renderBrowse }) =>
            few ? renderBrowse(view) : renderBrowse(view, () => this.#needs.browse(false)),
          )
        : renderNeedSteps(this.#needs.view(view));
    return html`
      ${this.#renderEntry(data, few)} ${renderResults(view)} ${renderProfile(view)}
      <div class="layout">
        <div class="catalog">${choose}</div>
        ${renderSummary(view)}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-order-panel': ReachOrderPanel;
  }
}
