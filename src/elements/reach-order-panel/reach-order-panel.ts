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
import { defaultOrderInput } from '../../reach/task-data.js';
import { profilesOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';
import type { TaskChange } from '../../state/task-store.js';
import { WideLayoutController } from '../shared/wide-layout-controller.js';
import { ReachElement } from '../reach-element.js';
import { featureLabel, statusLabel } from '../shared/labels.js';
import { isolate } from '../shared/order-text.js';
import { LazyModule } from '../shared/lazy-module.js';
import { baseStyles } from '../shared/styles.js';
import { TaskStoreController } from '../shared/task-store-controller.js';
import type { BulkOrderController } from './bulk-order-controller.js';
import { NARROW_PANEL_PX, renderEntry, renderProfile } from './entry-profile.js';
import { NeedController } from './need-controller.js';
import { renderNeedSteps } from './need-steps.js';
import { needStepsStyles } from './need-steps.styles.js';
import type { OrderFlow } from './order-flow.js';
import { renderSummary } from './order-steps.js';
import { defaultProfileId, loadPanelData, panelRefusal, type PanelData } from './panel-data.js';
import { FEW_SERVICES, itemViews, NO_FILTERS, type Filters, type PanelBase, type PanelView } from './panel-view.js';
import { orderPanelStyles } from './reach-order-panel.styles.js';

const NONE: ReadonlySet<number> = new Set();
const idle = () => {};

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
  /** The entry shown last: the panel alone decides when another one starts afresh (the need steps, the order flow). */
  #shownEntry: string | undefined;

  readonly #wide = new WideLayoutController(this, NARROW_PANEL_PX + 1);
  readonly #needs = new NeedController({
    requestUpdate: () => this.requestUpdate(),
    focus: (id) => this.focusAfterUpdate(id),
    prepare: () => this.#orderParts.want(),
  });

  /** What the parts' controllers tell the panel (the bulk order's and the order flow's alike). */
  readonly #partEvents = {
    created: (task: EntryVendorTask) => this.dispatchEvent(new ReachTaskCreatedEvent(task)),
    failed: (error: unknown) => this.reportError(error),
    announce: (text: string) => this.announce(text),
    focus: (id: string) => this.focusAfterUpdate(id),
  };

  /** The bulk order (bulk-mode.ts): loaded the first time the panel has no entry. */
  readonly #bulkMode = new LazyModule(this, {
    load: () => import('./bulk-mode.js'),
    styles: (mode) => mode.bulkModeStyles,
    loaded: (mode) => {
      this.#bulk = new mode.BulkOrderController(this, () => this.session, {
        ...this.#partEvents,
        picks: () => !this.entryId?.trim() && !this.#bulk?.key(this.entryIds),
      });
    },
    failed: (error) => this.reportError(error),
  });
  #bulk: BulkOrderController | undefined;

  /**
   * All that comes after the first screen (order-parts.ts): the whole catalog, the need-first steps after the need,
   * a service's inputs, the order and its results. Loaded when the user is about to choose (a pointer over the
   * steps, the focus in them), or at once when the catalog is short (then it is all there is to show).
   */
  readonly #orderParts = new LazyModule(this, {
    load: () => import('./order-parts.js'),
    styles: (parts) => [parts.orderPartsStyles],
    loaded: (parts) => {
      this.#flow = new parts.OrderFlow(this, () => this.session, {
        ...this.#partEvents,
        charged: (session, entryId) => void this.#refreshCredit(session, entryId),
      });
      if (this.#shownEntry) this.#flow.reset(this.#shownEntry);
      // "Browse all services" was pressed before they came: the search takes the focus now that it is there.
      if (this.#needs.browsing) this.focusAfterUpdate('search');
    },
    failed: (error) => this.reportError(error),
  });
  #flow: OrderFlow | undefined;

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
    // Another entry: start afresh. (A reload of the same entry — retry, a new session — keeps what was chosen and
    // typed.)
    if (this.#shownEntry !== entryId) {
      this.#needs.reset();
      this.#flow?.reset(entryId);
    } else this.#flow?.reload();
    this.#shownEntry = entryId;
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
      if (change.task.status !== EntryVendorTaskStatus.READY) this.#flow?.giveUp(change.task.catalogItemId);
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
    await this.#flow?.captionsArrived(session, entryId, this.captionAssets);
  }

  #taskName(task: EntryVendorTask): string {
    const item = this.#load.value?.catalog.find((candidate) => candidate.id === task.catalogItemId);
    return item?.name || featureLabel(task.serviceFeature ?? 0);
  }

  /** The panel as its render modules see it (panel-view.ts). */
  #view(loaded: PanelData): PanelView {
    // The order flow builds the shell's part again when "Review" or "Place order" is pressed: the panel as it is then.
    if (this.#flow) return this.#flow.view(() => this.#base(loaded));
    const base = this.#base(loaded);
    const { data } = base;
    // Before the order flow has come: nothing chosen, ordered or typed yet, and nothing to do with it.
    const results = new Map();
    return {
      ...base,
      items: itemViews(data, this.tasks, results),
      selected: NONE,
      unchained: NONE,
      validated: NONE,
      results,
      lastOrder: [],
      ordering: false,
      input: (view) => defaultOrderInput(view.item, data.captionAssets),
      showTask: undefined,
      toggle: idle,
      setInput: idle,
      review: idle,
      back: idle,
      place: idle,
      checkAgain: idle,
      dismissResults: idle,
    };
  }

  /** What the shell itself knows of the panel, now: its data, profile and credit, filters, the server's time. */
  #base(loaded: PanelData): PanelBase {
    const data: PanelData = { ...loaded, captionAssets: [...this.captionAssets] };
    const profiles = activeProfiles(this.profiles);
    const profile = profiles.find((candidate) => candidate.id === this.profileId);
    return {
      data,
      tasks: this.tasks,
      filters: this.filters,
      profiles,
      profile,
      credit: profile ? creditState(profile, this.serverNow()) : undefined,
      now: this.serverNow(),
      setFilter: (name, value) => (this.filters = { ...this.filters, [name]: value }),
      clearFilters: () => (this.filters = NO_FILTERS),
      chooseProfile: (id) => (this.profileId = id),
    };
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
    // The part's "Loading…", or why it did not come (with "Try again").
    if (!mode || !bulk) return this.#bulkMode.render(loading, loading);
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
    const parts = this.#orderParts;
    if (this.#flow && this.#flow.phase !== 'choose')
      return html`${this.#renderEntry(data)} ${parts.render((loaded) => loaded.renderConfirm(view))}`;
    // Need first (what, language, quality); the whole catalog with search is the way out. A few services are
    // simply listed: they fit, and there is nothing to narrow.
    const few = view.items.filter((item) => !item.unavailable).length <= FEW_SERVICES;
    const needs = this.#needs.view(view);
    const { need } = needs.choice;
    const choose =
      few || this.#needs.browsing
        ? parts.render(({ renderBrowse }) =>
            few ? renderBrowse(view) : renderBrowse(view, () => this.#needs.browse(false)),
          )
        : renderNeedSteps(
            needs,
            need === undefined ? nothing : parts.render((loaded) => loaded.renderNeedChoice(needs, need)),
          );
    return html`
      ${this.#renderEntry(data, few)} ${parts.loaded?.renderResults(view)} ${renderProfile(view)}
      <div class="layout">
        <div class="catalog">${choose}</div>
        ${renderSummary(parts.loaded?.chosenSummary(view), () => view.review())}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-order-panel': ReachOrderPanel;
  }
}
