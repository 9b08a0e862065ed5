import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { initialState } from '@lit/task';
import { toApiError, type KalturaApiError } from '../../api/errors.js';
import { ReachTaskCreatedEvent } from '../../events.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import { entryDurationMs } from '../../reach/entry.js';
import { getEntry, listCaptionAssets, listFlavorAssets } from '../../reach/entries.js';
import {
  EntryStatus,
  MediaType,
  VendorCatalogItemStatus,
  VendorServiceFeature,
  VendorServiceType,
} from '../../reach/enums.js';
import { blockingTask, entryRefusal, tasksCancelledByOrder } from '../../reach/order-rules.js';
import {
  activeProfiles,
  creditState,
  creditVerdict,
  estimatePrice,
  isActiveProfile,
  type CreditState,
  type CreditVerdict,
  type PriceEstimate,
} from '../../reach/pricing.js';
import type { CaptionAsset, EntryVendorTask, MediaEntry, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { mayEditEntry, type SessionDetails } from '../../reach/session-info.js';
import {
  defaultOrderInput,
  inputProblems,
  inputRefusal,
  profileDictionary,
  takesCaptionSource,
  takesNotes,
  taskJobData,
  type OrderInput,
} from '../../reach/task-data.js';
import type { NewTask } from '../../reach/tasks.js';
import { listTasks } from '../../reach/tasks.js';
import { catalogOf, profilesOf } from '../../state/lookups.js';
import { placeOrders, reconcileOrder, type OrderAttempt, type OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import type { TaskChange } from '../../state/task-store.js';
import { ReachElement } from '../reach-element.js';
import { formatClock, formatCount, formatCredit, formatDate, formatDuration, formatRelative } from '../shared/format.js';
import { plural } from '../../i18n/plural.js';
import { featureLabel, fidelityLabel, statusLabel, turnaroundLabel } from '../shared/labels.js';
import {
  blockingTaskText,
  cancelsOrderText,
  catalogLanguage,
  entryKindLabel,
  entryRefusalText,
  entryStatusLabel,
  inputRefusalText,
  isolate,
  orderErrorText,
  priceText,
  unitPriceText,
  unitsRequiredText,
} from '../shared/order-text.js';
import { baseStyles } from '../shared/styles.js';
import { TaskStoreController } from '../shared/task-store-controller.js';
import { orderPanelStyles } from './reach-order-panel.styles.js';
import { applySummary, captionOptionLabel, renderServiceInputs, spokenLanguageLabel, takesOutputLanguage } from './service-inputs.js';

interface PanelData {
  entry: MediaEntry;
  details: SessionDetails;
  /** As loaded; after an order the credit left is read again into the panel's `profiles`. */
  profiles: ReachProfile[];
  catalog: VendorCatalogItem[];
  captionAssets: CaptionAsset[];
  /** Version of the entry's source flavor (duplicate rule, spec §4.5). */
  sourceVersion: number | undefined;
  /** FEATURE_FORBIDDEN: the account has no REACH. */
  reachForbidden: boolean;
}

type ItemResult =
  | { kind: 'ordering' }
  | { kind: 'created'; task: EntryVendorTask; reconciled: boolean; joined: boolean }
  | { kind: 'failed'; error: KalturaApiError; reconciled: boolean }
  | {
      kind: 'unknown';
      error: KalturaApiError;
      request: NewTask;
      attempt: OrderAttempt;
      checking: boolean;
      /** Several new tasks of this user could be this order (another tab ordered too): which one is not known. */
      candidates?: readonly EntryVendorTask[] | undefined;
    };

interface Filters {
  feature: string;
  fidelity: string;
  source: string;
  target: string;
  turnaround: string;
}
const NO_FILTERS: Filters = { feature: '', fidelity: '', source: '', target: '', turnaround: '' };

interface ItemView {
  item: VendorCatalogItem;
  estimate: PriceEstimate;
  /** Why it can never be ordered for this entry. */
  unavailable?: string;
  /** The open (or delivered) order that stops it from being ordered again. */
  blocking?: EntryVendorTask;
  /** Pending orders on an earlier version of the media that ordering it cancels, without refund (spec §4.4, §4.5). */
  cancels?: EntryVendorTask[];
  latest?: EntryVendorTask;
  result?: ItemResult;
}

type Phase = 'choose' | 'confirm' | 'ordering';

const ORDERABLE_STATUSES: ReadonlySet<number> = new Set([VendorCatalogItemStatus.ACTIVE, VendorCatalogItemStatus.DEPRECATED]);

/**
 * @tagname reach-order-panel
 * @summary Orders REACH services (captions, translation, clips, …) for one entry.
 *
 * Orders REACH services for one entry: the entry and why it may not be ordered for, the profile and its
 * credit, the catalog filtered by feature / fidelity / language / turnaround, each service's price and
 * existing orders, service-specific inputs, and one confirmation for several services at once.
 *
 * @fires reach-task-created {ReachTaskCreatedEvent} - one per task this panel placed ({task}); not fired for an
 *   order it joined (the same order already in flight from another element of the page)
 * @csspart entry - the entry summary
 * @csspart profile - the profile and credit section
 * @csspart filters - the catalog filters
 * @csspart item - one service of the catalog
 * @csspart summary - the selection, total price and order button
 * @csspart confirm - the confirmation step
 * @csspart results - the outcome of the last order
 */
@localized()
export class ReachOrderPanel extends ReachElement {
  static override styles = [baseStyles, orderPanelStyles];

  /** The entry to order services for. */
  @property({ attribute: 'entry-id' }) entryId?: string;

  @state() private tasks: EntryVendorTask[] = [];
  @state() private profileId: number | undefined;
  @state() private filters: Filters = NO_FILTERS;
  @state() private selected: ReadonlySet<number> = new Set();
  @state() private inputs: ReadonlyMap<number, OrderInput> = new Map();
  /** Items whose input problems are shown (after a first attempt to order them). */
  @state() private validated: ReadonlySet<number> = new Set();
  @state() private results: ReadonlyMap<number, ItemResult> = new Map();
  @state() private lastOrder: readonly number[] = [];
  @state() private phase: Phase = 'choose';
  /** The profiles with their credit as last read (after an order, read again without reloading the panel). */
  @state() private profiles: readonly ReachProfile[] = [];

  /** The entry the selection and inputs belong to. */
  #choicesFor: string | undefined;
  /** Set synchronously, so a second click in the same tick cannot send anything. */
  #ordering = false;

  readonly #load = this.sessionTask(([entryId], session, signal) => this.#loadPanel(session, entryId, signal), () => [this.entryId?.trim()] as const);

  constructor() {
    super();
    this.addController(new TaskStoreController(() => this.session, (changes, session) => this.#tasksChanged(changes, session)));
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
    if (moved.length > 0) this.announce(moved.map((change) => msg(str`${isolate(this.#taskName(change.task))}: ${statusLabel(change.task.status)}.`)).join(' '));
  }

  /** Everything the panel needs, asked in one tick: one HTTP request. */
  async #loadPanel(session: ReachSession, entryId: string | undefined, signal: AbortSignal): Promise<PanelData | typeof initialState> {
    if (!entryId) return initialState;
    const options = { signal };
    this.tasks = session.tasks.forEntry(entryId);
    this.phase = 'choose';
    if (this.#choicesFor !== entryId) {
      // Another entry: start afresh. (A reload of the same entry — retry, a new session — keeps what was chosen and typed.)
      this.#choicesFor = entryId;
      this.selected = new Set();
      this.inputs = new Map();
      this.validated = new Set();
      this.results = new Map();
      this.lastOrder = [];
    }
    // Profiles and catalog are the session's shared look-ups (asked once, in this same tick).
    const [details, profiles, catalog, entry, tasks, captions, flavors] = await Promise.allSettled([
      session.details(),
      profilesOf(session),
      catalogOf(session),
      session.call(getEntry(entryId), options),
      session.call(listTasks({ entryIdEqual: entryId }, { pageSize: MAX_PAGE_SIZE }), options),
      session.call(listCaptionAssets(entryId), options),
      session.call(listFlavorAssets(entryId), options),
    ]);
    signal.throwIfAborted();
    const failures = [entry, details, profiles, catalog, tasks, captions, flavors]
      .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
      .map((result) => toApiError(result.reason));
    const forbidden = failures.find((error) => error.code === 'FEATURE_FORBIDDEN');
    // Without REACH the entry can still be shown with that refusal; without the entry there is nothing to show.
    const fatal = forbidden && (entry.status === 'rejected' || details.status === 'rejected') ? forbidden : forbidden ? undefined : failures[0];
    if (fatal) {
      this.reportError(fatal);
      throw fatal;
    }
    const value = <T>(result: PromiseSettledResult<T>, fallback: T): T => (result.status === 'fulfilled' ? result.value : fallback);
    if (tasks.status === 'fulfilled') session.tasks.upsert(tasks.value.objects);
    this.tasks = session.tasks.forEntry(entryId);
    const data: PanelData = {
      entry: value(entry, undefined)!,
      details: value(details, undefined)!,
      profiles: value(profiles, []),
      catalog: [...value(catalog, new Map<number, VendorCatalogItem>()).values()].filter((item) => ORDERABLE_STATUSES.has(item.status)),
      captionAssets: value(captions, { objects: [], totalCount: 0 }).objects,
      sourceVersion: value(flavors, { objects: [], totalCount: 0 }).objects.find((flavor) => flavor.isOriginal)?.version,
      reachForbidden: forbidden !== undefined,
    };
    // A reload (retry, new session, another entry) keeps the profile the user chose while it is still active.
    const kept = data.profiles.some((profile) => profile.id === this.profileId && isActiveProfile(profile));
    if (!kept) this.profileId = defaultProfileId(data);
    this.profiles = data.profiles;
    return data;
  }

  // ---------------------------------------------------------------------------------------------
  // Derived state

  get #data(): PanelData | undefined {
    return this.#load.value;
  }

  #profile(): ReachProfile | undefined {
    return activeProfiles(this.profiles).find((profile) => profile.id === this.profileId);
  }

  /** A reason nothing at all can be ordered here, or undefined. */
  #panelRefusal(data: PanelData): string | undefined {
    if (data.reachForbidden) return msg('REACH is not enabled for this account. Ask your Kaltura administrator to enable it.');
    if (!mayEditEntry(data.details, data.entry)) {
      return msg('Your session may not order services for this entry. Only its owner, its editors or an administrator can.');
    }
    const [first] = data.catalog;
    const refusal = first ? entryRefusal(data.entry, first) : undefined;
    if (first && (refusal === 'entry-not-ready' || refusal === 'entry-type-not-supported')) return entryRefusalText(refusal, data.entry, first);
    if (activeProfiles(this.profiles).length === 0) return msg('There is no active REACH profile on this account, so nothing can be ordered.');
    if (data.catalog.length === 0) return msg('No REACH services are enabled for this account.');
    return undefined;
  }

  #views(data: PanelData): ItemView[] {
    return data.catalog.map((item) => {
      const entryReason = entryRefusal(data.entry, item);
      const inputReason = inputRefusal(item, data.captionAssets);
      const ofItem = this.tasks.filter((task) => task.catalogItemId === item.id).sort((a, b) => b.createdAt - a.createdAt);
      const view: ItemView = { item, estimate: estimatePrice(item, entryDurationMs(data.entry)) };
      if (entryReason) view.unavailable = entryRefusalText(entryReason, data.entry, item);
      else if (view.estimate.kind === 'units-required') view.unavailable = unitsRequiredText();
      else if (inputReason) view.unavailable = inputRefusalText(inputReason, item);
      const blocking = blockingTask(item, this.tasks, data.sourceVersion);
      if (blocking) view.blocking = blocking;
      const cancels = tasksCancelledByOrder(item, this.tasks, data.sourceVersion);
      if (cancels.length > 0) view.cancels = cancels;
      if (ofItem[0]) view.latest = ofItem[0];
      const result = this.results.get(item.id);
      if (result) view.result = result;
      return view;
    });
  }

  #selectable(view: ItemView): boolean {
    const busy = view.result?.kind === 'ordering' || view.result?.kind === 'unknown';
    return !view.unavailable && !view.blocking && !busy;
  }

  #matches(item: VendorCatalogItem): boolean {
    const { feature, fidelity, source, target, turnaround } = this.filters;
    return (
      (!feature || String(item.serviceFeature) === feature) &&
      (!fidelity || String(item.serviceType) === fidelity) &&
      (!source || item.sourceLanguage === source) &&
      (!target || item.targetLanguage === target) &&
      (!turnaround || String(item.turnAroundTime) === turnaround)
    );
  }

  /** The selected views that can still be ordered, in catalog order. */
  #selectedViews(views: readonly ItemView[]): ItemView[] {
    return views.filter((view) => this.selected.has(view.item.id) && this.#selectable(view)).sort(byCatalogOrder);
  }

  #input(view: ItemView, data: PanelData): OrderInput {
    return this.inputs.get(view.item.id) ?? defaultOrderInput(view.item, data.captionAssets);
  }

  /** Credit check across everything selected together, as the server will apply it one order after the other. */
  #creditCheck(credit: CreditState | undefined, views: readonly ItemView[]): { verdict: CreditVerdict; total: number } {
    let total = 0;
    let verdict: CreditVerdict = 'ok';
    for (const view of views) {
      const itemVerdict = credit ? creditVerdict(credit, view.estimate, total) : 'ok';
      if (verdict === 'ok') verdict = itemVerdict;
      if (view.estimate.kind === 'fixed') total += view.estimate.amount;
    }
    return { verdict, total };
  }

  // ---------------------------------------------------------------------------------------------
  // Actions

  #setFilter(name: keyof Filters, value: string): void {
    this.filters = { ...this.filters, [name]: value };
  }

  #toggle(view: ItemView, data: PanelData, checked: boolean): void {
    const selected = new Set(this.selected);
    if (checked) {
      selected.add(view.item.id);
      if (!this.inputs.has(view.item.id)) this.inputs = new Map(this.inputs).set(view.item.id, defaultOrderInput(view.item, data.captionAssets));
    } else {
      selected.delete(view.item.id);
    }
    this.selected = selected;
    if (this.results.get(view.item.id)?.kind === 'failed') {
      const results = new Map(this.results);
      results.delete(view.item.id);
      this.results = results;
    }
  }

  #setInput<Key extends keyof OrderInput>(view: ItemView, data: PanelData, key: Key, value: OrderInput[Key]): void {
    this.inputs = new Map(this.inputs).set(view.item.id, { ...this.#input(view, data), [key]: value });
  }

  #review(data: PanelData): void {
    const views = this.#selectedViews(this.#views(data));
    const invalid = views.filter((view) => Object.keys(inputProblems(view.item, this.#input(view, data), data.entry)).length > 0);
    this.validated = new Set([...this.validated, ...views.map((view) => view.item.id)]);
    if (invalid.length > 0) {
      const [first] = invalid;
      const field = Object.keys(inputProblems(first!.item, this.#input(first!, data), data.entry))[0];
      this.focusAfterUpdate(`in-${first!.item.id}-${field}`);
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

  async #placeOrder(data: PanelData): Promise<void> {
    const session = this.session;
    if (this.#ordering || !session) return;
    const views = this.#selectedViews(this.#views(data));
    const profile = this.#profile();
    if (views.length === 0 || !profile) return;
    this.#ordering = true;
    this.phase = 'ordering';
    const requests = views.map((view): NewTask => {
      const input = this.#input(view, data);
      const request: NewTask = { entryId: data.entry.id, catalogItemId: view.item.id, reachProfileId: profile.id };
      const notes = takesNotes(view.item) ? input.notes.trim() : '';
      if (notes) request.notes = notes;
      const jobData = taskJobData(view.item, input);
      if (jobData) request.taskJobData = jobData;
      return request;
    });
    this.results = new Map([...this.results, ...views.map((view) => [view.item.id, { kind: 'ordering' } as const] as const)]);
    const outcomes = await placeOrders(session, requests);
    this.#ordering = false;
    if (this.#choicesFor !== data.entry.id) return; // The panel moved to another entry meanwhile.
    this.#applyOutcomes(outcomes);
    this.phase = 'choose';
    this.focusAfterUpdate('results-title');
    if (outcomes.some((outcome) => outcome.kind === 'created')) void this.#refreshCredit(session, data.entry.id);
  }

  #applyOutcomes(outcomes: readonly OrderOutcome[]): void {
    const results = new Map(this.results);
    const selected = new Set(this.selected);
    const inputs = new Map(this.inputs);
    const validated = new Set(this.validated);
    for (const outcome of outcomes) {
      const id = outcome.request.catalogItemId;
      const joined = outcome.joined === true;
      if (outcome.kind === 'created') {
        results.set(id, { kind: 'created', task: outcome.task, reconciled: outcome.reconciled, joined });
        // What was ordered is done with: its choices reset; everything else stays as typed.
        selected.delete(id);
        inputs.delete(id);
        validated.delete(id);
        // A joined order was placed by another element of the page: it fires the event, not this panel.
        if (!joined) this.dispatchEvent(new ReachTaskCreatedEvent(outcome.task));
      } else if (outcome.kind === 'failed') {
        results.set(id, { kind: 'failed', error: outcome.error, reconciled: outcome.reconciled });
        this.reportError(outcome.error);
      } else if (outcome.kind === 'unknown') {
        results.set(id, {
          kind: 'unknown',
          error: outcome.error,
          request: outcome.request,
          attempt: outcome.attempt,
          checking: false,
          candidates: outcome.candidates,
        });
      }
    }
    this.results = results;
    this.selected = selected;
    this.inputs = inputs;
    this.validated = validated;
    this.lastOrder = outcomes.map((outcome) => outcome.request.catalogItemId);
    const created = outcomes.filter((outcome) => outcome.kind === 'created').length;
    const notCreated = outcomes.length - created;
    const [shownCreated, shownTotal, shownNotCreated] = [created, outcomes.length, notCreated].map(formatCount);
    const ordered = plural(outcomes.length, {
      one: msg(str`${shownCreated} of 1 service ordered.`, { id: 'order.announce-ordered.one', desc: 'Announced after an order: how many of the services were ordered; the form follows the total.' }),
      other: msg(str`${shownCreated} of ${shownTotal} services ordered.`, { id: 'order.announce-ordered.other', desc: 'Announced after an order: how many of the services were ordered; the form follows the total.' }),
    });
    const notOrdered =
      notCreated === 0
        ? ''
        : plural(notCreated, {
            one: msg('1 was not ordered: see the order results.', { id: 'order.announce-not-ordered.one', desc: 'Announced after an order, after how many services were ordered: how many were not.' }),
            other: msg(str`${shownNotCreated} were not ordered: see the order results.`, { id: 'order.announce-not-ordered.other', desc: 'Announced after an order, after how many services were ordered: how many were not.' }),
          });
    this.announce(notOrdered ? `${ordered} ${notOrdered}` : ordered);
  }

  /** An order whose answer was lost and could not be checked: look again (never re-send it). */
  async #checkAgain(id: number, result: Extract<ItemResult, { kind: 'unknown' }>): Promise<void> {
    const session = this.session;
    if (!session || result.checking) return;
    this.results = new Map(this.results).set(id, { ...result, checking: true });
    const outcome = await reconcileOrder(session, result.request, result.attempt, result.error);
    // The panel moved to another entry meanwhile: this outcome is not about what it shows.
    if (this.#choicesFor !== result.request.entryId) return;
    this.#applyOutcomes([outcome]);
  }

  /** After an order: `placeOrders` forgot the session's profiles, so this reads the credit left. */
  async #refreshCredit(session: ReachSession, entryId: string): Promise<void> {
    try {
      const profiles = await profilesOf(session);
      if (this.#data?.entry.id === entryId) this.profiles = profiles;
    } catch {
      // The credit shown stays as it was; the next load corrects it.
    }
  }

  #retry(): void {
    void this.#load.run();
  }

  #taskName(task: EntryVendorTask): string {
    const item = this.#data?.catalog.find((candidate) => candidate.id === task.catalogItemId);
    return item?.name || featureLabel(task.serviceFeature ?? 0);
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
    if (!this.entryId?.trim()) return html`<p class="notice" part="notice">${msg('Set the entry-id attribute to the entry to order services for.')}</p>`;
    const loading = () => html`<p class="loading">${msg('Loading the entry and the services you can order…')}</p>`;
    return this.#load.render({
      initial: loading,
      pending: loading,
      error: (error) => this.#renderLoadError(toApiError(error)),
      complete: (data) => this.#renderReady(data),
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

  #renderReady(data: PanelData) {
    const refusal = this.#panelRefusal(data);
    return html`
      ${this.#renderEntry(data)}
      ${refusal
        ? html`<div class="notice refusal" part="notice" id="refusal">
            <p>${refusal}</p>
            ${data.entry.status !== EntryStatus.READY
              ? html`<button type="button" @click=${this.#retry}>${msg('Check again')}</button>`
              : nothing}
          </div>`
        : this.phase === 'choose'
          ? this.#renderChoose(data)
          : this.#renderConfirm(data)}
    `;
  }

  #renderEntry(data: PanelData) {
    const { entry } = data;
    const seconds = entryDurationMs(entry) / 1000;
    return html`<section class="entry" part="entry" aria-labelledby="entry-name">
      <h3 id="entry-name" class="entry-name" dir="auto">${entry.name || entry.id}</h3>
      <dl class="facts">
        ${entry.mediaType === MediaType.IMAGE
          ? nothing
          : html`<div>
              <dt>${msg('Duration')}</dt>
              <dd><span aria-hidden="true">${formatClock(seconds)}</span><span class="visually-hidden">${formatDuration(seconds)}</span></dd>
            </div>`}
        <div><dt>${msg('Type')}</dt><dd>${entryKindLabel(entry)}</dd></div>
        <div><dt>${msg('Status')}</dt><dd>${entryStatusLabel(entry.status)}</dd></div>
      </dl>
    </section>`;
  }

  #renderChoose(data: PanelData) {
    const views = this.#views(data);
    return html`
      ${this.#renderResults(views)} ${this.#renderProfile(data)}
      <div class="layout">
        <div class="catalog">${this.#renderFilters(data)} ${this.#renderCatalog(data, views)}</div>
        ${this.#renderSummary(data, views)}
      </div>
    `;
  }

  #renderProfile(data: PanelData) {
    const profiles = activeProfiles(this.profiles);
    const profile = this.#profile();
    const credit = profile ? creditState(profile, this.serverNow()) : undefined;
    const moderated = profile && !data.details.isAdmin && (profile.enableHumanModeration || profile.enableMachineModeration);
    return html`<section class="profile" part="profile" aria-labelledby="profile-title">
      <h3 id="profile-title">${msg('Profile and credit')}</h3>
      <div class="field">
        <label for="profile">${msg('REACH profile')}</label>
        <select id="profile" @change=${(event: Event) => (this.profileId = Number((event.target as HTMLSelectElement).value))}>
          ${profiles.map((option) => html`<option value=${option.id} ?selected=${option.id === this.profileId}>${option.name || String(option.id)}</option>`)}
        </select>
      </div>
      ${credit ? this.#renderCredit(credit) : nothing}
      ${moderated ? html`<p class="hint">${msg('Orders on this profile wait for an administrator to approve them.')}</p>` : nothing}
    </section>`;
  }

  #renderCredit(credit: CreditState) {
    const period =
      credit.fromDate !== undefined && credit.toDate !== undefined
        ? msg(str`${formatDate(credit.fromDate)} – ${formatDate(credit.toDate)}`)
        : credit.fromDate !== undefined
          ? msg(str`From ${formatDate(credit.fromDate)}`)
          : msg('No end date');
    return html`
      <dl class="credit">
        ${credit.unlimited
          ? html`<div><dt>${msg('Credit')}</dt><dd>${msg('Unlimited')}</dd></div><div><dt>${msg('Used')}</dt><dd>${formatCredit(credit.used)}</dd></div>`
          : html`<div><dt>${msg('Credit')}</dt><dd>${formatCredit(credit.allowed)}</dd></div>
              <div><dt>${msg('Used')}</dt><dd>${formatCredit(credit.used)}</dd></div>
              <div><dt>${msg('Remaining')}</dt><dd class="remaining">${formatCredit(credit.remaining)}</dd></div>`}
        <div><dt>${msg('Credit period')}</dt><dd>${period}</dd></div>
      </dl>
      ${credit.expired && credit.toDate !== undefined
        ? html`<p class="notice warning" part="notice" id="credit-warning">
            ${msg(str`This profile's credit period ended on ${formatDate(credit.toDate)}. Paid services cannot be ordered with it; choose another profile.`)}
          </p>`
        : !credit.active && credit.fromDate !== undefined
          ? html`<p class="notice warning" part="notice" id="credit-warning">
              ${msg(str`This profile's credit period starts on ${formatDate(credit.fromDate)}. Paid services cannot be ordered with it yet.`)}
            </p>`
          : nothing}
    `;
  }

  #renderFilters(data: PanelData) {
    const unique = <T,>(values: (T | undefined)[]) => [...new Set(values.filter((value): value is T => value !== undefined))];
    const features = unique(data.catalog.map((item) => item.serviceFeature)).sort((a, b) => featureLabel(a).localeCompare(featureLabel(b)));
    const fidelities = unique(data.catalog.map((item) => item.serviceType)).sort();
    const sources = unique(data.catalog.map((item) => item.sourceLanguage)).sort((a, b) => catalogLanguage(a).localeCompare(catalogLanguage(b)));
    const targets = unique(data.catalog.map((item) => item.targetLanguage)).sort((a, b) => catalogLanguage(a).localeCompare(catalogLanguage(b)));
    const turnarounds = unique(data.catalog.map((item) => item.turnAroundTime)).sort((a, b) => turnaroundOrder(a) - turnaroundOrder(b));
    const select = (name: keyof Filters, label: string, options: { value: string; label: string }[]) => html`
      <div class="field">
        <label for="filter-${name}">${label}</label>
        <select id="filter-${name}" @change=${(event: Event) => this.#setFilter(name, (event.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${this.filters[name] === ''}>${msg('All')}</option>
          ${options.map((option) => html`<option value=${option.value} ?selected=${this.filters[name] === option.value}>${option.label}</option>`)}
        </select>
      </div>
    `;
    const filtered = Object.values(this.filters).some(Boolean);
    return html`<fieldset class="filters" part="filters">
      <legend>${msg('Filter services')}</legend>
      <div class="filter-grid">
        ${select('feature', msg('Service'), features.map((value) => ({ value: String(value), label: featureLabel(value) })))}
        ${select('fidelity', msg('Fidelity'), fidelities.map((value) => ({ value: String(value), label: fidelityLabel(value) })))}
        ${select('source', msg('Source language'), sources.map((value) => ({ value, label: catalogLanguage(value) })))}
        ${select('target', msg('Target language'), targets.map((value) => ({ value, label: catalogLanguage(value) })))}
        ${select('turnaround', msg('Turnaround'), turnarounds.map((value) => ({ value: String(value), label: turnaroundLabel(value) })))}
      </div>
      ${filtered ? html`<button type="button" class="link" @click=${() => (this.filters = NO_FILTERS)}>${msg('Clear filters')}</button>` : nothing}
    </fieldset>`;
  }

  #renderCatalog(data: PanelData, views: readonly ItemView[]) {
    const shown = views.filter((view) => this.#matches(view.item));
    const available = shown.filter((view) => !view.unavailable);
    const unavailable = shown.filter((view) => view.unavailable);
    const groups = new Map<number, ItemView[]>();
    for (const view of [...available].sort(byCatalogOrder)) {
      groups.set(view.item.serviceFeature, [...(groups.get(view.item.serviceFeature) ?? []), view]);
    }
    return html`<section class="services" aria-labelledby="services-title">
      <h3 id="services-title">${msg('Services')}</h3>
      <p class="hint">${servicesShownText(available.length, views.filter((view) => !view.unavailable).length)}</p>
      ${groups.size === 0 ? html`<p class="notice" part="notice">${msg('No service matches these filters.')}</p>` : nothing}
      ${[...groups].map(
        ([feature, group]) => html`<section class="group" aria-labelledby="group-${feature}">
          <h4 id="group-${feature}">${featureLabel(feature)}</h4>
          <ul class="items">${group.map((view) => this.#renderItem(data, view))}</ul>
        </section>`,
      )}
      ${unavailable.length > 0
        ? html`<details class="unavailable">
            <summary>${msg(str`Not available for this entry (${unavailable.length})`)}</summary>
            <ul class="items">
              ${unavailable.sort(byCatalogOrder).map(
                (view) => html`<li class="item" part="item" data-item=${view.item.id}>
                  <span class="item-name" dir="auto">${view.item.name}</span>
                  <span class="meta">${this.#itemMeta(view.item)}</span>
                  <span class="why">${view.unavailable}</span>
                </li>`,
              )}
            </ul>
          </details>`
        : nothing}
    </section>`;
  }

  #itemMeta(item: VendorCatalogItem): string {
    const languages = item.targetLanguage
      ? msg(str`${catalogLanguage(item.sourceLanguage ?? '')} to ${catalogLanguage(item.targetLanguage)}`)
      : item.sourceLanguage
        ? catalogLanguage(item.sourceLanguage)
        : '';
    return [fidelityLabel(item.serviceType), languages, turnaroundLabel(item.turnAroundTime)].filter(Boolean).join(' · ');
  }

  #renderItem(data: PanelData, view: ItemView) {
    const { item } = view;
    const id = item.id;
    const selectable = this.#selectable(view);
    const checked = selectable && this.selected.has(id);
    // Only ids rendered below: the reason it is blocked is hidden once this panel's own order shows instead.
    const showBlocking = view.blocking !== undefined && view.result?.kind !== 'created';
    const showCancels = view.cancels !== undefined && !view.blocking;
    const described = [`meta-${id}`, showBlocking ? `why-${id}` : '', showCancels ? `cancels-${id}` : '', view.result ? `result-${id}` : '']
      .filter(Boolean)
      .join(' ');
    return html`<li class="item ${checked ? 'selected' : ''} ${selectable ? '' : 'blocked'}" part="item" data-item=${id}>
      <div class="item-head">
        <input
          type="checkbox"
          id="pick-${id}"
          .checked=${checked}
          ?disabled=${!selectable}
          aria-describedby=${described}
          @change=${(event: Event) => this.#toggle(view, data, (event.target as HTMLInputElement).checked)}
        />
        <label for="pick-${id}" class="item-name" dir="auto">${item.name}</label>
        <span class="price"><span class="visually-hidden">${msg('Price:')} </span><span class="amount">${priceText(view.estimate)}</span></span>
      </div>
      <p class="meta" id="meta-${id}">
        ${this.#itemMeta(item)}${view.estimate.kind === 'on-completion' ? html`<br />${unitPriceText(view.estimate.pricePerUnit)}` : nothing}
      </p>
      ${view.latest && !view.blocking && view.result?.kind !== 'created' ? this.#renderLatest(view.latest) : nothing}
      ${showBlocking && view.blocking ? html`<p class="why" id="why-${id}">${blockingTaskText(view.blocking)}</p>` : nothing}
      ${showCancels && view.cancels ? html`<p class="why warning" id="cancels-${id}">${cancelsOrderText(view.cancels)}</p>` : nothing}
      ${view.result ? this.#renderItemResult(id, view.result) : nothing}
      ${checked ? this.#renderInputs(data, view) : nothing}
    </li>`;
  }

  #renderLatest(task: EntryVendorTask) {
    return html`<p class="existing">
      ${msg(str`Last ordered ${formatRelative(task.createdAt, this.serverNow())}: ${statusLabel(task.status)}`)}
      ${task.errDescription ? html`<span class="server-text" dir="auto">${task.errDescription}</span>` : nothing}
    </p>`;
  }

  #renderItemResult(id: number, result: ItemResult) {
    switch (result.kind) {
      case 'ordering':
        return html`<p class="result" id="result-${id}">${msg('Ordering…')}</p>`;
      case 'created':
        return html`<p class="result success" id="result-${id}">${this.#createdText(result)}</p>`;
      case 'failed':
        return html`<p class="result error" id="result-${id}">${this.#failedText(result)} <span class="server-text" dir="auto">${result.error.message}</span></p>`;
      case 'unknown':
        return html`<div class="result error" id="result-${id}">
          <p>
            ${result.candidates && result.candidates.length > 1
              ? candidatesText(result.candidates.length)
              : msg('The answer to this order was lost and it could not be checked. It may or may not have been placed; it will not be sent again blindly.')}
          </p>
          <button type="button" ?disabled=${result.checking} @click=${() => this.#checkAgain(id, result)}>
            ${result.checking ? msg('Checking…') : msg('Check again')}
          </button>
        </div>`;
    }
  }

  #createdText(result: Extract<ItemResult, { kind: 'created' }>): string {
    // The task as it is now: the poller keeps the store current.
    const status = statusLabel((this.tasks.find((task) => task.id === result.task.id) ?? result.task).status);
    if (result.joined) return msg(str`Ordered from another place on this page at the same time (${status}).`);
    if (result.reconciled) return msg(str`Ordered (${status}). The answer was lost, but the order is on the server.`);
    return msg(str`Ordered (${status}).`);
  }

  #failedText(result: Extract<ItemResult, { kind: 'failed' }>): string {
    if (result.reconciled) return msg('Not ordered: the answer was lost and the server has no such order. You can order it again.');
    return msg(str`Not ordered: ${orderErrorText(result.error)}`);
  }

  #renderInputs(data: PanelData, view: ItemView) {
    const { item } = view;
    const input = this.#input(view, data);
    return renderServiceInputs({
      item,
      input,
      problems: this.validated.has(item.id) ? inputProblems(item, input, data.entry) : {},
      captionAssets: data.captionAssets,
      dictionary: profileDictionary(this.#profile(), item),
      change: (key, value) => this.#setInput(view, data, key, value),
    });
  }

  #renderSummary(data: PanelData, views: readonly ItemView[]) {
    const chosen = this.#selectedViews(views);
    const profile = this.#profile();
    const credit = profile ? creditState(profile, this.serverNow()) : undefined;
    const { verdict, total } = this.#creditCheck(credit, chosen);
    const block = chosen.length > 0 ? this.#creditBlockText(verdict, total, credit) : undefined;
    return html`<aside class="summary ${chosen.length > 0 ? 'active' : ''}" part="summary" aria-labelledby="summary-title">
      <h3 id="summary-title">${msg('Your order')}</h3>
      ${chosen.length === 0
        ? html`<p class="hint">${msg('Choose one or more services above.')}</p>`
        : html`<ul class="chosen">
              ${chosen.map((view) => html`<li><span dir="auto">${view.item.name}</span><span class="price">${priceText(view.estimate)}</span></li>`)}
            </ul>
            ${this.#renderTotals(total, credit)}`}
      ${block ? html`<p class="notice error" part="notice" id="credit-block">${block}</p>` : nothing}
      <button type="button" id="review" class="primary" ?disabled=${chosen.length === 0 || Boolean(block)} aria-describedby=${block ? 'credit-block' : nothing}
        @click=${() => this.#review(data)}>
        ${chosen.length === 0 ? msg('Review order') : msg(str`Review order (${chosen.length})`)}
      </button>
    </aside>`;
  }

  #renderTotals(total: number, credit: CreditState | undefined) {
    return html`<dl class="totals">
      <div><dt>${msg('Total')}</dt><dd class="total">${formatCredit(total)}</dd></div>
      ${credit && !credit.unlimited
        ? html`<div><dt>${msg('Remaining after this order')}</dt><dd class="after">${formatCredit(credit.remaining - total)}</dd></div>`
        : nothing}
    </dl>`;
  }

  #creditBlockText(verdict: CreditVerdict, total: number, credit: CreditState | undefined): string | undefined {
    switch (verdict) {
      case 'ok':
        return undefined;
      case 'expired':
        return msg("The profile's credit period has ended, so paid services cannot be ordered with it. Choose another profile.");
      case 'not-started':
        return msg("The profile's credit period has not started yet. Choose another profile.");
      case 'exceeded':
        return msg(
          str`Not enough credit: these services cost ${formatCredit(total)} and the profile has ${formatCredit(credit?.remaining ?? 0)} left. Remove a service or choose another profile.`,
        );
      case 'units-required':
        return unitsRequiredText();
    }
  }

  #renderConfirm(data: PanelData) {
    const busy = this.phase === 'ordering';
    const views = this.#views(data);
    // While ordering, the orders in flight are what is shown (they are no longer selectable).
    const chosen = busy ? views.filter((view) => view.result?.kind === 'ordering') : this.#selectedViews(views);
    const profile = this.#profile();
    const credit = profile ? creditState(profile, this.serverNow()) : undefined;
    const { total } = this.#creditCheck(credit, chosen);
    const cancelling = chosen.filter((view) => view.cancels);
    return html`<section class="confirm" part="confirm" aria-labelledby="confirm-title" aria-busy=${busy ? 'true' : 'false'}>
      <h3 id="confirm-title" tabindex="-1">${msg('Confirm your order')}</h3>
      <p>${msg(html`For “<bdi>${data.entry.name ?? data.entry.id}</bdi>”, charged to the profile “<bdi>${profile?.name ?? ''}</bdi>”.`)}</p>
      <ul class="chosen">
        ${chosen.map(
          (view) => html`<li>
            <span dir="auto">${view.item.name}</span><span class="price">${priceText(view.estimate)}</span>
            ${this.#confirmDetail(data, view)}
          </li>`,
        )}
      </ul>
      ${this.#renderTotals(total, credit)}
      ${cancelling.length > 0
        ? html`<div class="notice warning" part="notice" id="cancels-warning">
            <p>${msg('Placing this order cancels earlier orders that are still pending. Cancelled orders are not refunded.')}</p>
            <ul>
              ${cancelling.map((view) => html`<li><span dir="auto">${view.item.name}</span>: ${cancelsOrderText(view.cancels ?? [])}</li>`)}
            </ul>
          </div>`
        : nothing}
      <div class="actions">
        <!-- aria-disabled, not disabled: the button keeps the focus while ordering; #placeOrder ignores clicks meanwhile. -->
        <button
          type="button"
          class="primary"
          id="place"
          aria-disabled=${busy ? 'true' : 'false'}
          aria-describedby=${cancelling.length > 0 ? 'cancels-warning' : nothing}
          @click=${() => this.#placeOrder(data)}
        >
          ${busy ? msg('Ordering…') : placeOrdersLabel(chosen.length)}
        </button>
        <button type="button" ?disabled=${busy} @click=${this.#back}>${msg('Back')}</button>
      </div>
    </section>`;
  }

  #confirmDetail(data: PanelData, view: ItemView) {
    const input = this.#input(view, data);
    const lines: string[] = [];
    if (takesCaptionSource(view.item)) {
      const asset = data.captionAssets.find((candidate) => candidate.id === input.captionAssetId);
      lines.push(asset ? msg(str`From: ${captionOptionLabel(asset)}`) : msg('From: the audio'));
    }
    if (view.item.serviceFeature === VendorServiceFeature.CLIPS) lines.push(msg(str`Clips up to ${formatDuration(Number(input.clipsDuration))}`));
    if (view.item.serviceFeature === VendorServiceFeature.QUIZ) lines.push(questionsText(Number(input.numberOfQuestions)));
    if (view.item.serviceFeature === VendorServiceFeature.METADATA_ENRICHMENT) lines.push(applySummary(input));
    if (view.item.serviceFeature === VendorServiceFeature.SENTIMENT_ANALYSIS) lines.push(msg(str`Spoken language: ${spokenLanguageLabel(input.language)}`));
    if (takesOutputLanguage(view.item)) lines.push(msg(str`Output language: ${catalogLanguage(input.outputLanguage)}`));
    if (takesNotes(view.item) && input.notes.trim()) lines.push(msg(str`Notes: ${isolate(input.notes.trim())}`));
    return lines.length > 0 ? html`<span class="detail">${lines.join(' · ')}</span>` : nothing;
  }

  #renderResults(views: readonly ItemView[]) {
    if (this.lastOrder.length === 0) return nothing;
    const byId = new Map(views.map((view) => [view.item.id, view]));
    return html`<section class="results" part="results" aria-labelledby="results-title">
      <h3 id="results-title" tabindex="-1">${msg('Order results')}</h3>
      <ul>
        ${this.lastOrder.map((id) => {
          const view = byId.get(id);
          const result = this.results.get(id);
          if (!view || !result) return nothing;
          const tone = result.kind === 'created' ? 'success' : result.kind === 'ordering' ? '' : 'error';
          const text =
            result.kind === 'created'
              ? this.#createdText(result)
              : result.kind === 'failed'
                ? this.#failedText(result)
                : result.kind === 'unknown'
                  ? msg('Could not be confirmed; see the service below.')
                  : msg('Ordering…');
          return html`<li class=${tone}><strong dir="auto">${view.item.name}</strong>: ${text}</li>`;
        })}
      </ul>
      <button type="button" class="link" @click=${() => (this.lastOrder = [])}>${msg('Dismiss')}</button>
    </section>`;
  }
}

// -----------------------------------------------------------------------------------------------

function placeOrdersLabel(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('Place order', { id: 'order.place.one', desc: 'Button of the confirmation step that sends the order (one service).' }),
    other: msg(str`Place ${shown} orders`, { id: 'order.place.other', desc: 'Button of the confirmation step that sends the orders.' }),
  });
}

/** "4 of 12 services shown.": the noun agrees with the total. */
function servicesShownText(shown: number, total: number): string {
  const [shownCount, totalCount] = [formatCount(shown), formatCount(total)];
  return plural(total, {
    one: msg(str`${shownCount} of 1 service shown.`, { id: 'order.services-shown.one', desc: 'Above the catalog: how many of the services that can be ordered the filters show; the form follows the total.' }),
    other: msg(str`${shownCount} of ${totalCount} services shown.`, { id: 'order.services-shown.other', desc: 'Above the catalog: how many of the services that can be ordered the filters show; the form follows the total.' }),
  });
}

function questionsText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('1 question', { id: 'order.quiz-questions.one', desc: 'In the confirmation, for a quiz: how many questions were asked for.' }),
    other: msg(str`${shown} questions`, { id: 'order.quiz-questions.other', desc: 'In the confirmation, for a quiz: how many questions were asked for.' }),
  });
}

/** After a lost answer, when several (2 or more) new orders on the server could be this one. */
function candidatesText(count: number): string {
  // Said only for two or more orders.
  return msg(
    str`The answer to this order was lost. The server has ${formatCount(count)} new orders of this service by you (another tab or window may have ordered it too), so which one is this order is not known. It will not be sent again; see the existing orders.`,
    { id: 'order.lost-answer-candidates.other', desc: 'An order whose answer was lost, when the server holds several new orders of the same service by the same user.' },
  );
}

/** The profile most catalog items default to, if active; else the first active one. */
function defaultProfileId(data: PanelData): number | undefined {
  const active = activeProfiles(data.profiles);
  const counts = new Map<number, number>();
  for (const item of data.catalog) if (item.defaultReachProfileId) counts.set(item.defaultReachProfileId, (counts.get(item.defaultReachProfileId) ?? 0) + 1);
  const preferred = [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id).find((id) => active.some((profile) => profile.id === id));
  return preferred ?? active[0]?.id;
}

/** Business days before fixed durations, best effort last. */
function turnaroundOrder(turnAroundTime: number): number {
  if (turnAroundTime < 0) return Number.MAX_SAFE_INTEGER;
  if (turnAroundTime >= 1 && turnAroundTime <= 7) return turnAroundTime * 86_400;
  return turnAroundTime;
}

function byCatalogOrder(a: ItemView, b: ItemView): number {
  return (
    a.item.serviceFeature - b.item.serviceFeature ||
    (a.item.serviceType === VendorServiceType.MACHINE ? 0 : 1) - (b.item.serviceType === VendorServiceType.MACHINE ? 0 : 1) ||
    turnaroundOrder(a.item.turnAroundTime) - turnaroundOrder(b.item.turnAroundTime) ||
    (a.item.name ?? '').localeCompare(b.item.name ?? '')
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-order-panel': ReachOrderPanel;
  }
}
