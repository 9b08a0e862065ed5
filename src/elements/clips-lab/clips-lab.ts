import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ref } from 'lit/directives/ref.js';
import { localized, msg, str } from '@lit/localize';
import { isAborted, toApiError, type KalturaApiError } from '../../api/errors.js';
import { ReachClipSavedEvent, ReachErrorEvent, ReachTaskChangedEvent, ReachTaskCreatedEvent } from '../../events.js';
import { languageTag, outputLanguageOptions } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import { CLIP_ENTRY_STATUSES, clipChildren, isClipsTask, savedClipRange, splitTags, type ClipChildren, type ClipSuggestion } from '../../reach/clip-suggestions.js';
import { getCaptionUrl, getEntry, getFlavorUrl, listCaptionAssets, listEntries, listFlavorAssets } from '../../reach/entries.js';
import {
  CaptionAssetStatus,
  EntryStatus,
  EntryVendorTaskStatus,
  FlavorAssetStatus,
  VendorCatalogItemStatus,
  VendorServiceFeature,
  VendorServiceTurnAroundTime,
  isFinalTaskStatus,
} from '../../reach/enums.js';
import { entryDurationMs } from '../../reach/entry.js';
import { blockingTask, entryRefusal, tasksCancelledByOrder } from '../../reach/order-rules.js';
import { DEFAULT_CLIP_SECONDS, defaultOrderInput, inputProblems, taskJobData, type OrderInput } from '../../reach/task-data.js';
import { activeProfiles, creditState, creditVerdict, estimatePrice, type CreditVerdict } from '../../reach/pricing.js';
import type { CaptionAsset, EntryVendorTask, FlavorAsset, MediaEntry, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { mayEditEntry, type SessionDetails } from '../../reach/session-info.js';
import { listTasks, type NewTask } from '../../reach/tasks.js';
import { ClipSaveErrorCode, clipSaverOf, type ClipDraft, type ClipSaveJob, type ClipSaver, type ClipSaveStep } from '../../state/clip-save.js';
import { catalogOf, forgetProfiles, profilesOf } from '../../state/lookups.js';
import { placeOrders, reconcileOrder, type OrderAttempt, type OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import type { TaskChange } from '../../state/task-store.js';
import { ReachElement } from '../reach-element.js';
import { formatClock, formatCount, formatCredit, formatDate, formatDuration, formatRelative } from '../shared/format.js';
import { plural } from '../../i18n/plural.js';
import { statusLabel, turnaroundLabel } from '../shared/labels.js';
import { blockingTaskText, cancelsOrderText, creditVerdictText, entryRefusalText, isolate, orderErrorText, priceText, unitPriceText } from '../shared/order-text.js';
import { baseStyles } from '../shared/styles.js';
import { captionTrackUrl } from './caption-track.js';
import { checkClipEdit, editFromClip, formatTimecode, type ClipEdit, type ClipEditErrors } from './clip-edit.js';
import { styles } from './clips-lab.styles.js';
import { KalturaPlayerPreview, hasKalturaPlayer } from './kaltura-player.js';
import { RangeGuard, type RangePlayer } from './range-playback.js';

type LoadState = 'loading' | 'ready' | 'error';

/** Order form fields as typed. */
interface OrderForm {
  itemId: number | undefined;
  profileId: number | undefined;
  language: string;
  maxSeconds: string;
  instruction: string;
}

/** The clips one task made, or the source's clips no loaded task describes (`task` undefined). */
interface ClipSet {
  key: string;
  task: EntryVendorTask | undefined;
  clips: ClipSuggestion[];
}

const INSTRUCTION_MAX_LENGTH = 1000;
/** The key of the set of clips no loaded task describes. */
const OTHER_SET = 'other';
const PLAYER_SLOT = 'player';
/** From this inline size the preview sits beside the list. */
const WIDE_LAYOUT_PX = 880;
/** Entry statuses on the way to READY. */
const IN_PROGRESS_ENTRY: ReadonlySet<string> = new Set([EntryStatus.IMPORT, EntryStatus.PRECONVERT, EntryStatus.PENDING]);

/**
 * @tagname clips-lab
 * @summary Orders AI clips for an entry, previews and edits them, and saves them as entries.
 *
 * Order AI clips for an entry, follow the task, review the clips it generated (each on a timeline of the
 * source, previewed exactly within its range), edit title, description, tags and range, and save clips as
 * standalone entries (clone → updateContent with clip attributes → update). A save that stops halfway can
 * be resumed with the same copy or its copy removed. Once clips exist a new set can be ordered where REACH
 * allows a second order; the newest set is listed, earlier ones stay a choice away. A failed or rejected
 * order is explained, with the server's reason, and can be placed again.
 *
 * @fires reach-task-created {ReachTaskCreatedEvent} - this lab placed the clips order ({task}); not fired for an
 *   order it joined (the same order already in flight from another element of the page)
 * @fires reach-task-changed {ReachTaskChangedEvent} - the clips task changed status ({task, previousStatus})
 * @fires reach-clip-saved {ReachClipSavedEvent} - a clip was saved as an entry and is READY ({entry, sourceEntryId})
 *
 * @slot player - filled by the element itself with the host page's Kaltura Player target when `player-uiconf-id` is set
 *
 * @csspart base - the element's frame
 * @csspart order - the order form
 * @csspart price - price and credit of the order
 * @csspart task-status - the clips task's status line
 * @csspart timeline - the source's timeline with a marker per clip
 * @csspart marker - one clip's marker on the timeline
 * @csspart clip - one clip card
 * @csspart thumbnail - a clip card's thumbnail
 * @csspart detail - the preview and edit panel
 * @csspart video - the native preview player
 * @csspart saves - clips being saved, saved clips and unfinished saves
 *
 * @cssproperty --reach-clips-thumbnail-size - inline size of the card thumbnails (default 96px)
 */
@localized()
export class ClipsLab extends ReachElement {
  static override styles = [baseStyles, styles];

  /** The source entry. */
  @property({ attribute: 'entry-id' }) entryId?: string;

  /** With `window.KalturaPlayer` on the page, preview in the Kaltura Player of this uiConf instead of a native video. */
  @property({ attribute: 'player-uiconf-id', type: Number }) playerUiconfId?: number;

  @state() private loadState: LoadState = 'loading';
  @state() private loadError: KalturaApiError | undefined;
  @state() private source: MediaEntry | undefined;
  @state() private clipEntries: MediaEntry[] = [];
  @state() private catalog: VendorCatalogItem[] = [];
  @state() private profiles: ReachProfile[] = [];
  @state() private flavors: FlavorAsset[] = [];
  @state() private captions: CaptionAsset[] = [];
  @state() private details: SessionDetails | undefined;
  /** Bumped when the store changes one of this entry's clips tasks. */
  @state() private tasksSeen = 0;

  @state() private order: OrderForm = { itemId: undefined, profileId: undefined, language: '', maxSeconds: String(DEFAULT_CLIP_SECONDS), instruction: '' };
  @state() private orderError: string | undefined;
  @state() private ordering = false;
  @state() private orderProblem: { message: string; retry?: { request: NewTask; attempt: OrderAttempt; error: KalturaApiError } } | undefined;
  /** Clips exist and the order form is open for a new set ("Generate again"). */
  @state() private orderingAgain = false;
  /** The clip set the user chose; undefined shows the newest. */
  @state() private chosenSet: string | undefined;

  @state() private edits = new Map<string, ClipEdit>();
  @state() private editErrors = new Map<string, ClipEditErrors>();
  @state() private selected = new Set<string>();
  @state() private activeKey: string | undefined;
  @state() private bulkProblem: string | undefined;

  @state() private mediaUrl: string | undefined;
  @state() private trackUrl: string | undefined;
  @state() private previewProblem: string | undefined;

  @state() private jobsSeen = 0;
  @state() private leftoverErrors = new Map<string, string>();
  @state() private leftoversBusy = new Set<string>();
  /** Wide enough for the preview beside the list; narrower, it opens under its clip. */
  @state() private wide = false;

  #loadedFor: string | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The session's saver: shared, so saves go on (and stay shown) when the lab is moved in the page. */
  #saver: ClipSaver | undefined;
  readonly #onSaverChange = () => this.#onJobsChanged();
  /** Phases last reported of the saves this lab started (it announces those, and fires their events). */
  readonly #jobPhases = new Map<string, string>();
  #player: RangePlayer | undefined;
  #playerFor: EventTarget | undefined;
  /** The media request of the current preview; `#resetPreview` drops it, so late answers are ignored. */
  #mediaRequest: object | undefined;
  #childrenTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The order was sent from the form (asked when sending: the form may give way to the task's status line
   * before the answer is handled); the status line then takes the focus.
   */
  #focusStatusOnOrder = false;
  /** The clip set last rendered: the store already holds a new task's clips when its change arrives. */
  #setOnScreen: string | undefined;

  readonly #resize = new ResizeObserver(([entry]) => {
    const wide = (entry?.contentRect.width ?? 0) >= WIDE_LAYOUT_PX;
    // Next frame: the new layout changes the element's size, which must not land in this observation.
    if (wide !== this.wide) requestAnimationFrame(() => (this.wide = wide));
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    clearTimeout(this.#childrenTimer);
    this.#unfollow();
    this.#resetPreview();
    this.#loadedFor = undefined;
  }

  /**
   * Also runs when the lab is moved in the page (the base's `sessionReconnected`): follows the session's task
   * store and clip saves again, catches up on saves that changed meanwhile, and loads again.
   */
  protected override sessionChanged(session: ReachSession): void {
    this.#unfollow();
    this.#unsubscribe = session.tasks.subscribe((changes) => this.#onTaskChanges(changes));
    this.#saver = clipSaverOf(session);
    this.#saver.addEventListener('change', this.#onSaverChange);
    this.#onJobsChanged();
    this.#loadedFor = undefined;
  }

  #unfollow(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    // The saves themselves go on: their calls may already have reached the server.
    this.#saver?.removeEventListener('change', this.#onSaverChange);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.session && this.entryId && this.#loadedFor !== this.entryId) {
      if (this.#loadedFor !== undefined) this.#resetForNewEntry();
      void this.#load();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#attachPlayer();
  }

  // ---------------------------------------------------------------------------------------------
  // Data

  async #load(): Promise<void> {
    const session = this.session;
    const entryId = this.entryId;
    if (!session || !entryId) return;
    this.#loadedFor = entryId;
    this.loadState = 'loading';
    this.loadError = undefined;
    const signal = this.abortSignal;
    try {
      // One tick: every call rides in one multirequest.
      const [source, children, tasks, catalog, profiles, flavors, captions, details] = await Promise.all([
        session.call(getEntry(entryId), { signal }),
        session.call(this.#listChildren(entryId), { signal }),
        session.call(listTasks({ entryIdEqual: entryId, orderBy: '-createdAt' }, { pageSize: MAX_PAGE_SIZE }), { signal }),
        catalogOf(session),
        profilesOf(session),
        session.call(listFlavorAssets(entryId), { signal }),
        session.call(listCaptionAssets(entryId), { signal }),
        session.details(),
      ]);
      if (signal.aborted || entryId !== this.entryId) return;
      this.source = source;
      this.#setClipEntries(children.objects);
      this.catalog = [...catalog.values()].filter(
        (item) => item.serviceFeature === VendorServiceFeature.CLIPS && item.status !== VendorCatalogItemStatus.DELETED,
      );
      this.profiles = activeProfiles(profiles);
      this.flavors = flavors.objects;
      this.captions = captions.objects.filter((caption) => caption.status === undefined || caption.status === CaptionAssetStatus.READY);
      this.details = details;
      this.#defaultOrderChoices();
      session.tasks.upsert(tasks.objects);
      this.tasksSeen += 1;
      this.loadState = 'ready';
    } catch (error) {
      if (signal.aborted || entryId !== this.entryId || isAborted(error)) return;
      const apiError = toApiError(error);
      this.loadError = apiError;
      this.loadState = 'error';
      this.#reportError(apiError);
    }
  }

  /** Keeps the clips and, while some are still being made, looks at them again on the session's poll timing. */
  #setClipEntries(entries: MediaEntry[]): void {
    this.clipEntries = entries;
    clearTimeout(this.#childrenTimer);
    const session = this.session;
    if (!session || !entries.some((entry) => entry.status !== undefined && IN_PROGRESS_ENTRY.has(entry.status))) return;
    this.#childrenTimer = setTimeout(() => void this.#refreshChildren(), session.poller.timing.machineMaxMs);
  }

  #listChildren(entryId: string) {
    return listEntries({ rootEntryIdIn: [entryId], statusIn: CLIP_ENTRY_STATUSES, orderBy: '+createdAt' }, { pageSize: MAX_PAGE_SIZE });
  }

  async #refreshChildren(): Promise<void> {
    const session = this.session;
    const entryId = this.entryId;
    if (!session || !entryId) return;
    try {
      const children = await session.call(this.#listChildren(entryId), { signal: this.abortSignal });
      if (entryId === this.entryId) this.#setClipEntries(children.objects);
    } catch (error) {
      if (!isAborted(error)) this.#reportError(toApiError(error));
    }
  }

  async #refreshTasks(): Promise<void> {
    const session = this.session;
    const entryId = this.entryId;
    if (!session || !entryId) return;
    try {
      const tasks = await session.call(listTasks({ entryIdEqual: entryId, orderBy: '-createdAt' }, { pageSize: MAX_PAGE_SIZE }), { signal: this.abortSignal });
      session.tasks.upsert(tasks.objects);
      this.tasksSeen += 1;
    } catch (error) {
      if (!isAborted(error)) this.#reportError(toApiError(error));
    }
  }

  #resetForNewEntry(): void {
    this.source = undefined;
    this.clipEntries = [];
    this.edits = new Map();
    this.editErrors = new Map();
    this.selected = new Set();
    this.activeKey = undefined;
    this.orderError = undefined;
    this.orderProblem = undefined;
    this.orderingAgain = false;
    this.chosenSet = undefined;
    this.bulkProblem = undefined;
    this.#resetPreview();
  }

  /** Drops the player and the media and caption URLs, so the next preview asks for them again. */
  #resetPreview(): void {
    this.previewProblem = undefined;
    this.#disposePlayer();
    if (this.trackUrl) URL.revokeObjectURL(this.trackUrl);
    this.trackUrl = undefined;
    this.mediaUrl = undefined;
    this.#mediaRequest = undefined;
  }

  async #reloadProfiles(): Promise<void> {
    const session = this.session;
    if (!session) return;
    try {
      const profiles = await profilesOf(session);
      if (session === this.session) this.profiles = activeProfiles(profiles);
    } catch {
      // The credit shown stays as it was; the next load asks again.
    }
  }

  #defaultOrderChoices(): void {
    const item = this.catalog.find((candidate) => candidate.id === this.order.itemId) ?? this.catalog[0];
    const profileIds = this.profiles.map((profile) => profile.id);
    const profileId = profileIds.includes(this.order.profileId ?? NaN)
      ? this.order.profileId
      : profileIds.includes(item?.defaultReachProfileId ?? NaN)
        ? item?.defaultReachProfileId
        : profileIds[0];
    const language = this.order.language || (item ? defaultOrderInput(item, this.captions).outputLanguage : '');
    this.order = { ...this.order, itemId: item?.id, profileId, language };
  }

  #clipsTasks(): EntryVendorTask[] {
    if (!this.session || !this.entryId) return [];
    return this.session.tasks
      .forEntry(this.entryId)
      .filter(isClipsTask)
      .sort((a, b) => b.createdAt - a.createdAt || Number(BigInt(b.id) - BigInt(a.id)));
  }

  #view(): ClipChildren {
    return clipChildren(this.entryId ?? '', this.#clipsTasks(), this.clipEntries);
  }

  /** The clips by the task that made them, newest task first (the order of the view); clips of no loaded task last. */
  #clipSets(view: ClipChildren): ClipSet[] {
    const tasks = new Map(this.#clipsTasks().map((task) => [task.id, task]));
    const sets = new Map<string, ClipSet>();
    for (const clip of view.suggestions) {
      const key = clip.taskId ?? OTHER_SET;
      const set = sets.get(key) ?? { key, task: clip.taskId ? tasks.get(clip.taskId) : undefined, clips: [] };
      set.clips.push(clip);
      sets.set(key, set);
    }
    return [...sets.values()];
  }

  /** The set the list shows: the one the user chose, else the newest. */
  #shownSet(sets = this.#clipSets(this.#view())): ClipSet | undefined {
    return sets.find((set) => set.key === this.chosenSet) ?? sets[0];
  }

  #chooseSet(key: string): void {
    this.chosenSet = key;
    // Ticks and the open preview belong to the set they were made in.
    this.selected = new Set();
    this.activeKey = undefined;
    this.bulkProblem = undefined;
  }

  #onTaskChanges(changes: readonly TaskChange[]): void {
    const mine = changes.filter(({ task }) => task.entryId === this.entryId && isClipsTask(task));
    if (mine.length === 0) return;
    this.tasksSeen += 1;
    for (const { task, previousStatus } of mine) {
      if (previousStatus === undefined || previousStatus === task.status) continue;
      this.dispatchEvent(new ReachTaskChangedEvent(task, previousStatus));
      // Said once per session: a task monitor on the same page may have said it already.
      const key = `${task.id}:${task.status}`;
      if (task.status === EntryVendorTaskStatus.READY) {
        // The new set is shown first, unless the user is working in the list (a clip open for preview, clips
        // ticked, focus in it): that set stays, and the new one is in the set list.
        const working = this.activeKey !== undefined || this.selected.size > 0 || Boolean(this.renderRoot.querySelector('.review:focus-within'));
        this.chosenSet = working ? this.#setOnScreen : undefined;
        // The status line goes away once the clips are ready: focus on it moves to the clips.
        const statusFocused = this.renderRoot.querySelector('#task-status:focus') !== null;
        void this.#refreshChildren().then(async () => {
          const count = this.#view().suggestions.filter((clip) => clip.taskId === task.id).length;
          this.announceTaskChange(key, clipsReadyText(count));
          if (!statusFocused) return;
          await this.updateComplete;
          this.renderRoot.querySelector<HTMLElement>('#clips-heading')?.focus();
        });
      } else {
        // An order that failed was refunded: show the credit as the server now has it.
        if (task.status === EntryVendorTaskStatus.ERROR && this.session) {
          forgetProfiles(this.session);
          void this.#reloadProfiles();
        }
        const status = msg(str`AI clips: ${statusLabel(task.status)}.`);
        const reason = endedReason(task);
        this.announceTaskChange(key, reason ? `${status} ${reason}` : status);
      }
    }
  }

  #reportError(error: KalturaApiError): void {
    this.dispatchEvent(new ReachErrorEvent({ code: error.code, message: error.message, service: error.service, action: error.action }));
  }

  get #mayEdit(): boolean {
    return Boolean(this.details && this.source && mayEditEntry(this.details, this.source));
  }

  get #sourceSeconds(): number {
    return entryDurationMs(this.source) / 1000;
  }

  // ---------------------------------------------------------------------------------------------
  // Ordering

  #selectedItem(): VendorCatalogItem | undefined {
    return this.catalog.find((item) => item.id === this.order.itemId);
  }

  #selectedProfile(): ReachProfile | undefined {
    return this.profiles.find((profile) => profile.id === this.order.profileId);
  }

  /** The version of the entry's source flavor, which the server's duplicate rule compares (spec §4.5). */
  get #sourceVersion(): number | undefined {
    return this.flavors.find((flavor) => flavor.isOriginal)?.version;
  }

  /** The existing order that stops `item` from being ordered for this entry again: the server would refuse it. */
  #blockingTask(item: VendorCatalogItem): EntryVendorTask | undefined {
    return blockingTask(item, this.#clipsTasks(), this.#sourceVersion);
  }

  get #focusInOrderForm(): boolean {
    const root = this.renderRoot as ShadowRoot;
    return root.querySelector('form.order')?.contains(root.activeElement) ?? false;
  }

  /** Opens the order form for a new set of clips, on a service that can still be ordered. */
  async #orderAgain(): Promise<void> {
    const item = this.#selectedItem();
    const orderable = this.catalog.find((candidate) => !this.#blockingTask(candidate));
    if (item && orderable && this.#blockingTask(item)) this.#onOrderChange({ itemId: orderable.id });
    if (!this.orderProblem?.retry) this.orderProblem = undefined;
    this.orderingAgain = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#order-heading')?.focus();
  }

  async #closeOrderAgain(): Promise<void> {
    this.orderingAgain = false;
    this.orderError = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#order-again')?.focus();
  }

  #orderVerdict(item: VendorCatalogItem, profile: ReachProfile): CreditVerdict {
    return creditVerdict(creditState(profile, this.serverNow()), estimatePrice(item, this.#sourceSeconds * 1000));
  }

  /** The form as the order panel's input for the item: one set of rules and one wire shape for both elements. */
  #orderInput(item: VendorCatalogItem): OrderInput {
    const { language, maxSeconds, instruction } = this.order;
    return { ...defaultOrderInput(item, this.captions), outputLanguage: language, clipsDuration: maxSeconds, instruction };
  }

  #checkMaxSeconds(): string | undefined {
    const item = this.#selectedItem();
    if (!item || !this.source) return undefined;
    const found = inputProblems(item, this.#orderInput(item), this.source).clipsDuration;
    switch (found?.problem) {
      case undefined:
        return undefined;
      case 'required':
        return msg('Enter the longest a clip may be, in seconds.');
      case 'whole-number':
        return msg('Enter a whole number of seconds, such as 30.');
      case 'too-small': {
        const seconds = found.min ?? 1;
        return plural(seconds, {
          one: msg('Enter 1 or more seconds.', { id: 'clips.length-too-small.one', desc: 'Error under "Longest clip (seconds)": the least it may be.' }),
          other: msg(str`Enter ${seconds} or more seconds.`, { id: 'clips.length-too-small.other', desc: 'Error under "Longest clip (seconds)": the least it may be.' }),
        });
      }
      case 'too-large': {
        const seconds = found.max ?? 0;
        return plural(seconds, {
          one: msg('Enter 1 or fewer seconds: a clip cannot be longer than the entry.', {
            id: 'clips.length-too-large.one',
            desc: 'Error under "Longest clip (seconds)": the most it may be, the length of the entry.',
          }),
          other: msg(str`Enter ${seconds} or fewer seconds: a clip cannot be longer than the entry.`, {
            id: 'clips.length-too-large.other',
            desc: 'Error under "Longest clip (seconds)": the most it may be, the length of the entry.',
          }),
        });
      }
    }
  }

  async #submitOrder(event: Event): Promise<void> {
    event.preventDefault();
    // A double click or a held Enter key sends one order; an order of unknown outcome is checked first.
    if (this.ordering || this.orderProblem?.retry || !this.session || !this.entryId) return;
    const item = this.#selectedItem();
    const profile = this.#selectedProfile();
    if (!item || !profile || this.#blockingTask(item)) return;
    this.orderError = this.#checkMaxSeconds();
    if (this.orderError) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#clip-length')?.focus();
      return;
    }
    if (this.#orderVerdict(item, profile) !== 'ok') return;
    const request: NewTask = {
      entryId: this.entryId,
      catalogItemId: item.id,
      reachProfileId: profile.id,
      taskJobData: taskJobData(item, this.#orderInput(item)),
    };
    const known = new Set(this.#clipsTasks().map((task) => task.id));
    this.#focusStatusOnOrder = this.#focusInOrderForm;
    this.ordering = true;
    this.orderProblem = undefined;
    this.announce(msg('Ordering AI clips…'));
    try {
      const [outcome] = await placeOrders(this.session, [request]);
      await this.#handleOrderOutcome(outcome!, known);
    } finally {
      this.ordering = false;
    }
  }

  /** `known`: the clips tasks of the entry the lab knew when the order was sent. */
  async #handleOrderOutcome(outcome: OrderOutcome, known: ReadonlySet<string>): Promise<void> {
    switch (outcome.kind) {
      case 'created':
        this.orderingAgain = false;
        // The form gave way to the task's status line: focus follows, rather than drop to the page.
        if (this.#focusStatusOnOrder) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#task-status')?.focus());
        this.#focusStatusOnOrder = false;
        // A joined order was placed by another element of the page: it fires the event, not this one.
        if (!outcome.joined) this.dispatchEvent(new ReachTaskCreatedEvent(outcome.task));
        // The order spent credit: show the profile as the server now has it.
        void this.#reloadProfiles();
        this.announce(msg('AI clips ordered. The clips appear here when they are ready.'));
        return;
      case 'failed':
        if (outcome.error.code === 'ENTRY_VENDOR_TASK_DUPLICATION') {
          // Ordered meanwhile (in another tab, say): show that order. Refused because of an order the lab knew of
          // (the item takes no second order): a refusal like any other.
          await this.#refreshTasks();
          const ordered = (task: EntryVendorTask) =>
            task.catalogItemId === outcome.request.catalogItemId && !known.has(task.id) && (!isFinalTaskStatus(task.status) || task.status === EntryVendorTaskStatus.READY);
          if (this.#clipsTasks().some(ordered)) {
            this.orderingAgain = false;
            this.announce(msg('AI clips were already ordered for this entry.'));
            return;
          }
        }
        this.orderProblem = {
          message: outcome.reconciled
            ? msg('The order did not reach the server, and nothing was ordered or charged. You can order again.')
            : `${orderErrorText(outcome.error)} ${isolate(outcome.error.message)}`,
        };
        this.#reportError(outcome.error);
        this.announce(this.orderProblem.message);
        return;
      case 'unknown':
        this.orderProblem = {
          message: msg('The server did not answer, and it is not known yet whether the clips were ordered. Check again before ordering anything.'),
          retry: { request: outcome.request, attempt: outcome.attempt, error: outcome.error },
        };
        this.#reportError(outcome.error);
        this.announce(this.orderProblem.message);
        return;
    }
  }

  async #checkOrderAgain(): Promise<void> {
    const retry = this.orderProblem?.retry;
    if (!retry || !this.session || this.ordering) return;
    this.#focusStatusOnOrder = this.#focusInOrderForm;
    this.ordering = true;
    try {
      await this.#handleOrderOutcome(await reconcileOrder(this.session, retry.request, retry.attempt, retry.error), new Set(retry.attempt.knownTaskIds));
      if (this.orderProblem?.retry === retry) this.orderProblem = undefined;
    } finally {
      this.ordering = false;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Review and edit

  #editFor(clip: ClipSuggestion): ClipEdit {
    return this.edits.get(clip.key) ?? editFromClip({ ...clip, startSeconds: clip.startSeconds ?? 0 });
  }

  /** Applies a change to a clip's edit as it is now (several fields may change before the next render). */
  #patchEdit(clip: ClipSuggestion, patch: Partial<ClipEdit>): void {
    const key = clip.key;
    const edit = { ...this.#editFor(clip), ...patch };
    this.edits = new Map(this.edits).set(key, edit);
    if (this.editErrors.has(key)) {
      // Errors are re-checked as the user fixes them, never added while typing.
      const { errors } = checkClipEdit(edit, this.#sourceSeconds);
      const previous = this.editErrors.get(key)!;
      const kept: ClipEditErrors = {};
      for (const field of ['name', 'start', 'end'] as const) if (previous[field] && errors[field]) kept[field] = errors[field];
      this.editErrors = new Map(this.editErrors).set(key, kept);
    }
  }

  /** The range to play for a clip: the edited one when it is valid, else the AI's. */
  #rangeOf(clip: ClipSuggestion): { start: number; end: number } | undefined {
    const edited = this.edits.get(clip.key);
    if (edited) {
      const { range } = checkClipEdit(edited, this.#sourceSeconds);
      if (range) return range;
    }
    if (clip.startSeconds === undefined) return undefined;
    return { start: clip.startSeconds, end: clip.startSeconds + clip.durationSeconds };
  }

  async #open(clip: ClipSuggestion, toggle = false): Promise<void> {
    if (toggle && this.activeKey === clip.key && !this.wide) {
      // The card's button closes the preview it opened (narrow layout).
      this.activeKey = undefined;
      return;
    }
    this.activeKey = clip.key;
    this.#ensureMedia();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-heading')?.focus();
  }

  #toggleSelected(key: string, on: boolean): void {
    const selected = new Set(this.selected);
    if (on) selected.add(key);
    else selected.delete(key);
    this.selected = selected;
    this.bulkProblem = undefined;
  }

  /** The draft to save for a clip, or undefined with its errors shown. */
  #draftOf(clip: ClipSuggestion): ClipDraft | undefined {
    const edit = this.#editFor(clip);
    const { errors, range } = checkClipEdit(edit, this.#sourceSeconds);
    this.editErrors = new Map(this.editErrors).set(clip.key, errors);
    if (!range || !this.entryId) return undefined;
    const caption = edit.burnCaptions ? this.#captionForTrack() : undefined;
    return {
      sourceEntryId: this.entryId,
      offsetMs: Math.round(range.start * 1000),
      durationMs: Math.round((range.end - range.start) * 1000),
      captionAssetId: caption?.id,
      name: edit.name.trim(),
      description: edit.description.trim(),
      tags: splitTags(edit.tags).join(', '),
      key: clip.key,
    };
  }

  #isSaving(key: string): boolean {
    return this.#jobs().some((job) => job.busy && job.draft.key === key);
  }

  /** `bulk`: from "Save selected", where a clip that needs fixing is named in a message above the list. */
  async #save(clips: readonly ClipSuggestion[], bulk = false): Promise<void> {
    const saver = this.#saver;
    if (!saver || !this.#mayEdit) return;
    const toSave = clips.filter((clip) => !this.#isSaving(clip.key));
    const drafts: { clip: ClipSuggestion; draft: ClipDraft }[] = [];
    const invalid: ClipSuggestion[] = [];
    for (const clip of toSave) {
      const draft = this.#draftOf(clip);
      if (draft) drafts.push({ clip, draft });
      else invalid.push(clip);
    }
    if (invalid.length > 0) {
      const first = invalid[0]!;
      if (bulk) {
        // One clip is named, several are counted; the first is opened.
        this.bulkProblem = plural(invalid.length, {
          one: msg(str`“${isolate(this.#editFor(first).name || first.title)}” needs fixing before it can be saved.`, {
            id: 'clips.need-fixing.one',
            desc: 'Alert after "Save selected" when one ticked clip has errors; the placeholder is its title.',
          }),
          other: msg(str`${formatCount(invalid.length)} clips need fixing before they can be saved. The first one is open.`, {
            id: 'clips.need-fixing.other',
            desc: 'Alert after "Save selected" when several ticked clips have errors; the first of them is opened.',
          }),
        });
        this.announce(this.bulkProblem);
      }
      this.activeKey = first.key;
      this.#ensureMedia();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.bulkProblem = undefined;
    if (drafts.length === 0) return;
    // Started together: each step of every clip rides in one multirequest.
    const jobs = saver.save(drafts.map(({ draft }) => draft));
    for (const job of jobs) this.#jobPhases.set(job.id, phaseKey(job));
    if (bulk) this.selected = new Set();
    // One clip is named, several are counted.
    this.announce(
      plural(drafts.length, {
        one: msg(str`Saving “${isolate(drafts[0]!.draft.name)}”…`, { id: 'clips.saving-clips.one', desc: 'Announced when a clip starts being saved; the placeholder is its title.' }),
        other: msg(str`Saving ${formatCount(drafts.length)} clips…`, { id: 'clips.saving-clips.other', desc: 'Announced when several clips start being saved at once.' }),
      }),
    );
  }

  #onJobsChanged(): void {
    this.jobsSeen += 1;
    for (const job of this.#saver?.jobs ?? []) {
      // Saves started by another lab of the session are shown here, and reported there.
      if (!this.#jobPhases.has(job.id)) continue;
      const phase = phaseKey(job);
      if (this.#jobPhases.get(job.id) === phase) continue;
      this.#jobPhases.set(job.id, phase);
      const name = isolate(job.draft.name);
      if (job.phase.kind === 'done') {
        this.dispatchEvent(new ReachClipSavedEvent(job.phase.entry, job.draft.sourceEntryId));
        this.announce(msg(str`Saved “${name}” as a new entry.`));
      } else if (job.phase.kind === 'failed') {
        if (job.phase.error.code !== ClipSaveErrorCode.CONVERSION_FAILED) this.#reportError(job.phase.error);
        this.announce(this.#stepFailure(job, name));
      } else if (job.phase.kind === 'discarded') {
        this.announce(msg(str`Removed the unfinished copy for “${name}”.`));
      }
    }
  }

  /** A save acted on here (perhaps started by another lab of the session) is reported from here from now on. */
  #adopt(job: ClipSaveJob): ClipSaver | undefined {
    if (!this.#jobPhases.has(job.id)) this.#jobPhases.set(job.id, phaseKey(job));
    return this.#saver;
  }

  async #removeLeftover(entry: MediaEntry): Promise<void> {
    if (!this.#saver || this.leftoversBusy.has(entry.id)) return;
    this.leftoversBusy = new Set(this.leftoversBusy).add(entry.id);
    const errors = new Map(this.leftoverErrors);
    errors.delete(entry.id);
    this.leftoverErrors = errors;
    try {
      await this.#saver.deleteCopy(entry.id);
      this.clipEntries = this.clipEntries.filter((child) => child.id !== entry.id);
      this.announce(msg('Removed the unfinished copy.'));
    } catch (error) {
      const apiError = toApiError(error);
      this.leftoverErrors = new Map(this.leftoverErrors).set(entry.id, apiError.message);
      this.#reportError(apiError);
    } finally {
      const busy = new Set(this.leftoversBusy);
      busy.delete(entry.id);
      this.leftoversBusy = busy;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Preview

  get #useKalturaPlayer(): boolean {
    return Boolean(this.playerUiconfId) && hasKalturaPlayer();
  }

  /** The playable flavor: a READY web flavor, else the READY original. */
  #playableFlavor(): FlavorAsset | undefined {
    const ready = this.flavors.filter((flavor) => flavor.status === undefined || flavor.status === FlavorAssetStatus.READY);
    return ready.find((flavor) => flavor.isWeb) ?? ready.find((flavor) => flavor.isOriginal) ?? ready[0];
  }

  /** The captions to show (and to burn in): the default asset, else one in the page's language, else the first. */
  #captionForTrack(): CaptionAsset | undefined {
    const language = displayLocale().split('-')[0];
    return (
      this.captions.find((caption) => caption.isDefault) ??
      this.captions.find((caption) => caption.languageCode === language) ??
      this.captions[0]
    );
  }

  /** Asks once for the media and caption URLs (one request), when the first preview opens. */
  #ensureMedia(): void {
    if (this.#mediaRequest || this.#useKalturaPlayer || !this.session) return;
    const request = (this.#mediaRequest = {});
    const current = () => this.#mediaRequest === request;
    const flavor = this.#playableFlavor();
    if (!flavor) {
      this.previewProblem = msg('This entry has no playable video yet.');
      return;
    }
    const session = this.session;
    const signal = this.abortSignal;
    const caption = this.#captionForTrack();
    const media = session.call(getFlavorUrl(flavor.id), { signal });
    const captionUrl = caption ? session.call(getCaptionUrl(caption.id), { signal }) : undefined;
    media.then(
      (url) => {
        if (current()) this.mediaUrl = url;
      },
      (error: unknown) => {
        if (isAborted(error) || !current()) return;
        this.#mediaRequest = undefined;
        this.previewProblem = msg(str`The video cannot be played here: ${isolate(toApiError(error).message)}`);
      },
    );
    captionUrl
      ?.then((url) => captionTrackUrl(url, signal))
      .then(
        (trackUrl) => {
          // The preview was reset (another entry, or the lab left the page) while the captions loaded.
          if (current()) this.trackUrl = trackUrl;
          else URL.revokeObjectURL(trackUrl);
        },
        () => {
          // Captions are a bonus to the preview: the clip still plays without them.
          if (!signal.aborted && current()) this.announce(msg('Captions could not be loaded for the preview.'));
        },
      );
  }

  /** Connects the range guard to whichever player the detail panel shows. */
  #attachPlayer(): void {
    const clip = this.#activeClip();
    const range = clip ? this.#rangeOf(clip) : undefined;
    if (!clip || !range) {
      this.#disposePlayer();
      return;
    }
    if (this.#useKalturaPlayer) {
      if (!this.#player && this.session && this.entryId) {
        this.#player = new KalturaPlayerPreview(this, PLAYER_SLOT, {
          partnerId: this.session.partnerId ?? this.details?.partnerId ?? 0,
          uiConfId: this.playerUiconfId!,
          ks: this.session.ks,
          entryId: this.entryId,
        });
      }
    } else {
      const video = this.renderRoot.querySelector('video');
      if (video !== this.#playerFor) {
        this.#disposePlayer();
        if (video) this.#player = new RangeGuard(video);
        this.#playerFor = video ?? undefined;
      }
    }
    this.#player?.setRange(range.start, range.end);
  }

  #disposePlayer(): void {
    this.#player?.dispose();
    this.#player = undefined;
    this.#playerFor = undefined;
  }

  #activeClip(): ClipSuggestion | undefined {
    if (!this.activeKey) return undefined;
    return this.#shownSet()?.clips.find((clip) => clip.key === this.activeKey);
  }

  #setFromPlayhead(clip: ClipSuggestion, field: 'start' | 'end'): void {
    if (!this.#player) return;
    this.#patchEdit(clip, { [field]: formatTimecode(this.#player.position) });
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    return html`<section class="lab" part="base" aria-labelledby="lab-heading">
      <h2 id="lab-heading">${msg('AI clips')}</h2>
      ${this.renderSessionNotice()}
      ${this.renderLiveRegion()}
      ${this.#renderBody()}
    </section>`;
  }

  #renderBody() {
    if (!this.entryId) return html`<p class="notice" part="notice">${msg('Set the entry-id attribute to the entry to make clips from.')}</p>`;
    if (!this.settings.ks) return this.renderMissingKs();
    if (this.loadState === 'loading' && !this.source) return html`<p class="muted" role="status">${msg('Loading clips…')}</p>`;
    if (this.loadState === 'error' || !this.source) {
      return html`<div class="notice error" part="notice" role="alert">
        <p>${msg(html`The clips could not be loaded: <bdi>${this.loadError?.message ?? ''}</bdi>`)}</p>
        <button type="button" @click=${() => void this.#load()}>${msg('Try again')}</button>
      </div>`;
    }
    const view = this.#view();
    const tasks = this.#clipsTasks();
    return html`
      <p class="source muted">
        ${this.#sourceSeconds > 0
          ? msg(html`From “<bdi>${this.source.name ?? this.source.id}</bdi>” (${formatClock(this.#sourceSeconds)})`)
          : msg(html`From “<bdi>${this.source.name ?? this.source.id}</bdi>”`)}
      </p>
      ${this.#mayEdit ? nothing : html`<p class="notice" part="notice">${msg('You can watch these clips, but this session may not order or save clips for this entry.')}</p>`}
      ${this.#renderTaskStatus(tasks[0])} ${this.#renderOrder(view, tasks)} ${this.#renderReview(view)} ${this.#renderSaves(view)}
    `;
  }

  #renderTaskStatus(task: EntryVendorTask | undefined) {
    if (!task || task.status === EntryVendorTaskStatus.READY) return nothing;
    const inProgress = !isFinalTaskStatus(task.status);
    const reason = endedReason(task);
    const now = this.serverNow();
    return html`<div id="task-status" tabindex="-1" class="task-status ${inProgress ? '' : 'notice'} ${reason ? 'error' : ''}" part="task-status">
      <p>
        <strong>${msg(str`AI clips: ${statusLabel(task.status)}`)}</strong>
        ${inProgress
          ? html`<span class="muted"
              >${msg(str`Ordered ${formatRelative(task.createdAt, now)}.`)}
              ${task.expectedFinishTime && task.expectedFinishTime > now && task.turnAroundTime !== VendorServiceTurnAroundTime.BEST_EFFORT ? msg(str`Expected ${formatRelative(task.expectedFinishTime, now)}.`) : nothing}</span
            >`
          : nothing}
      </p>
      ${inProgress
        ? html`<progress aria-label=${msg('Generating clips')}></progress>
            <p class="muted">${msg('The clips appear here when they are ready. You may leave this page meanwhile.')}</p>`
        : nothing}
      ${reason
        ? html`<p>${reason}</p>
            <p>${this.#mayEdit ? msg('Nothing was charged for it. You can order again.') : msg('Nothing was charged for it.')}</p>`
        : nothing}
    </div>`;
  }

  #renderOrder(view: ClipChildren, tasks: EntryVendorTask[]) {
    // While a clips task is under way its status line stands in for the form: one order at a time.
    if (!this.#mayEdit || (tasks[0] && !isFinalTaskStatus(tasks[0].status))) return nothing;
    const again = view.suggestions.length > 0;
    const item = this.#selectedItem();
    if (!item) return again ? nothing : html`<p class="notice" part="notice">${msg('AI clips are not enabled for this account.')}</p>`;
    const source = this.source!;
    const refusal = entryRefusal(source, item);
    if (refusal) return html`<p class="notice" part="notice">${entryRefusalText(refusal, source, item)}</p>`;
    const blocking = this.#blockingTask(item);
    // No clips service can be ordered (again): say why rather than offer a form that cannot be sent.
    if (blocking && this.catalog.every((candidate) => this.#blockingTask(candidate))) {
      const why = this.catalog.length > 1 ? msg('Each AI clips service has already been ordered for this entry and cannot be ordered again.') : blockingTaskText(blocking);
      // Beside clips the user has, a remark; without any, the reason there is nothing to do here.
      return again ? html`<p class="muted">${why}</p>` : html`<p class="notice" part="notice">${why}</p>`;
    }
    if (again && !this.orderingAgain) {
      return html`<div class="row">
        <button type="button" id="order-again" aria-describedby="order-again-hint" @click=${() => void this.#orderAgain()}>${msg('Generate again')}</button>
        <span id="order-again-hint" class="hint">${msg('Order a new set of clips, with another length or instruction. The clips below stay.')}</span>
      </div>`;
    }
    const cancels = tasksCancelledByOrder(item, tasks, this.#sourceVersion);
    const profile = this.#selectedProfile();
    const estimate = estimatePrice(item, this.#sourceSeconds * 1000);
    const credit = profile ? creditState(profile, this.serverNow()) : undefined;
    const verdict = profile ? this.#orderVerdict(item, profile) : undefined;
    const verdictText = creditVerdictText(verdict);
    const cannotOrder = !profile || verdict !== 'ok' || Boolean(blocking);
    const languages = outputLanguageOptions(displayLocale());
    return html`<form class="order" part="order" novalidate aria-labelledby="order-heading" @submit=${this.#submitOrder}>
      <h3 id="order-heading" tabindex="-1">
        ${again ? msg('Generate a new set of clips') : msg('Generate clips', { id: 'clips.order-heading', desc: 'Heading of the form that orders AI clips.' })}
      </h3>
      <p class="muted">${msg('The AI picks highlights from this entry and writes a title, description and tags for each.')}</p>
      <div class="order-fields">
        ${this.catalog.length > 1
          ? html`<div class="field">
              <label for="clip-service">${msg('Service')}</label>
              <select id="clip-service" .value=${String(item.id)} @change=${(event: Event) => this.#onOrderChange({ itemId: Number(selectValue(event)) })}>
                ${this.catalog.map(
                  (candidate) =>
                    html`<option value=${candidate.id} ?selected=${candidate.id === item.id}>
                      ${msg(str`${isolate(candidate.name ?? msg(str`Service ${candidate.id}`))} — ${turnaroundLabel(candidate.turnAroundTime)}`, {
                        id: 'clips.service-option',
                        desc: 'An AI clips service to choose: its name (or number), then its turnaround.',
                      })}
                    </option>`,
                )}
              </select>
            </div>`
          : nothing}
        ${this.profiles.length > 1
          ? html`<div class="field">
              <label for="clip-profile">${msg('REACH profile')}</label>
              <select id="clip-profile" @change=${(event: Event) => this.#onOrderChange({ profileId: Number(selectValue(event)) })}>
                ${this.profiles.map(
                  (candidate) =>
                    html`<option value=${candidate.id} ?selected=${candidate.id === profile?.id}>${candidate.name ?? msg(str`Profile ${candidate.id}`)}</option>`,
                )}
              </select>
            </div>`
          : nothing}
        <div class="field">
          <label for="clip-language">${msg('Language of titles and descriptions')}</label>
          <select id="clip-language" @change=${(event: Event) => this.#onOrderChange({ language: selectValue(event) })}>
            ${languages.map((language) => html`<option value=${language.value} ?selected=${language.value === this.order.language}>${language.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="clip-length">${msg('Longest clip (seconds)')}</label>
          <input
            id="clip-length"
            type="number"
            inputmode="numeric"
            step="1"
            required
            .value=${this.order.maxSeconds}
            aria-invalid=${this.orderError ? 'true' : 'false'}
            aria-describedby="clip-length-hint ${this.orderError ? 'clip-length-error' : ''}"
            @input=${(event: Event) => this.#onOrderChange({ maxSeconds: (event.target as HTMLInputElement).value })}
          />
          <span id="clip-length-hint" class="hint">${msg(str`Whole seconds, up to the length of the entry (${formatClock(this.#sourceSeconds)}).`)}</span>
          ${this.orderError ? html`<span id="clip-length-error" class="error">${this.orderError}</span>` : nothing}
        </div>
      </div>
      <div class="field">
        <label for="clip-instruction">${msg('Instruction for the AI (optional)')}</label>
        <textarea
          id="clip-instruction"
          rows="2"
          maxlength=${INSTRUCTION_MAX_LENGTH}
          aria-describedby="clip-instruction-hint"
          .value=${this.order.instruction}
          @input=${(event: Event) => this.#onOrderChange({ instruction: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
        <span id="clip-instruction-hint" class="hint">${msg('For example: focus on the announcements; keep a formal tone.')}</span>
      </div>
      <dl class="price" part="price">
        <div>
          <dt>${msg('Price (credits)')}</dt>
          <dd>
            ${estimate.kind === 'on-completion' ? unitPriceText(estimate.pricePerUnit) : priceText(estimate)}
          </dd>
        </div>
        <div>
          <dt>${msg('Credit left')}</dt>
          <dd>
            ${!credit
              ? msg('No active REACH profile')
              : credit.unlimited
                ? msg('Unlimited')
                : msg(str`${formatCredit(Math.max(0, credit.remaining))} of ${formatCredit(credit.allowed)}`)}
          </dd>
        </div>
      </dl>
      ${!profile ? html`<p class="notice error" part="notice">${msg('There is no active REACH profile to order with. Ask your administrator.')}</p>` : nothing}
      ${verdictText ? html`<p class="notice error" part="notice">${verdictText}</p>` : nothing}
      ${blocking ? html`<p class="notice" part="notice" id="order-blocked">${blockingTaskText(blocking)}</p>` : nothing}
      ${cancels.length > 0 ? html`<p class="notice" part="notice" id="order-cancels">${cancelsOrderText(cancels)}</p>` : nothing}
      ${this.orderProblem
        ? html`<div class="notice error" part="notice" role="alert">
            <p>${this.orderProblem.message}</p>
            ${this.orderProblem.retry
              ? html`<button type="button" ?disabled=${this.ordering} @click=${() => void this.#checkOrderAgain()}>${msg('Check again')}</button>`
              : nothing}
          </div>`
        : nothing}
      <div class="actions">
        <button
          class="primary"
          type="submit"
          aria-disabled=${cannotOrder || this.ordering || Boolean(this.orderProblem?.retry) ? 'true' : 'false'}
          aria-describedby=${blocking ? 'order-blocked' : cancels.length > 0 ? 'order-cancels' : nothing}
        >
          ${this.ordering ? msg('Ordering…') : msg('Generate clips', { id: 'clips.order-button', desc: 'Button that orders AI clips.' })}
        </button>
        ${again ? html`<button type="button" @click=${() => void this.#closeOrderAgain()}>${msg('Cancel')}</button>` : nothing}
      </div>
    </form>`;
  }

  #onOrderChange(change: Partial<OrderForm>): void {
    this.order = { ...this.order, ...change };
    if (change.itemId !== undefined) this.#defaultOrderChoices();
    if (change.maxSeconds !== undefined && this.orderError) this.orderError = this.#checkMaxSeconds();
    if (this.orderProblem && !this.orderProblem.retry) this.orderProblem = undefined;
  }

  #renderReview(view: ClipChildren) {
    const sets = this.#clipSets(view);
    const shown = this.#shownSet(sets);
    this.#setOnScreen = shown?.key;
    if (!shown) return nothing;
    const clips = shown.clips;
    const active = this.#activeClip();
    const selectable = this.#mayEdit;
    const selectedClips = clips.filter((clip) => this.selected.has(clip.key));
    return html`<section class="review ${this.wide ? 'wide' : ''}" aria-labelledby="clips-heading">
      <div class="list-pane">
        <h3 id="clips-heading" tabindex="-1">${msg(str`Generated clips (${clips.length})`)}</h3>
        ${sets.length > 1 ? this.#renderSetPicker(sets, shown) : nothing}
        ${this.#renderTimeline(clips, active)}
        ${selectable
          ? html`<div class="bulk">
              <button
                type="button"
                class="primary"
                aria-disabled=${selectedClips.length === 0 ? 'true' : 'false'}
                aria-describedby="bulk-hint"
                @click=${() => selectedClips.length > 0 && void this.#save(selectedClips, true)}
              >
                ${msg(str`Save selected (${selectedClips.length})`)}
              </button>
              <span id="bulk-hint" class="hint">${msg('Tick clips to save several at once.')}</span>
            </div>`
          : nothing}
        ${this.bulkProblem ? html`<p class="notice error" part="notice" role="alert">${this.bulkProblem}</p>` : nothing}
        <ul class="clips">
          ${clips.map(
            (clip, index) => html`${this.#renderCard(clip, index, clip.key === active?.key, selectable)}
            ${!this.wide && clip.key === active?.key ? html`<li class="detail-item">${this.#renderDetail(clip)}</li>` : nothing}`,
          )}
        </ul>
      </div>
      ${this.wide
        ? html`<div class="detail-pane">
            ${active ? this.#renderDetail(active) : html`<p class="muted detail-hint">${msg('Choose a clip to preview and edit it.')}</p>`}
          </div>`
        : nothing}
    </section>`;
  }

  /** Earlier sets stay reachable: one list shows one set, the newest unless the user chose another. */
  #renderSetPicker(sets: ClipSet[], shown: ClipSet) {
    const instruction = shown.task?.taskJobData?.instruction;
    return html`<div class="field set-picker">
      <label for="clip-set">${msg('Clip set')}</label>
      <select id="clip-set" aria-describedby=${instruction ? 'clip-set-instruction' : nothing} @change=${(event: Event) => this.#chooseSet(selectValue(event))}>
        ${sets.map((set, index) => html`<option value=${set.key} ?selected=${set === shown}>${setLabel(set, index === 0)}</option>`)}
      </select>
      ${instruction ? html`<span id="clip-set-instruction" class="hint">${msg(str`Instruction: ${isolate(instruction)}`)}</span>` : nothing}
    </div>`;
  }

  #renderTimeline(clips: ClipSuggestion[], active: ClipSuggestion | undefined) {
    const length = this.#sourceSeconds;
    const placed = clips.filter((clip) => clip.startSeconds !== undefined);
    if (length <= 0 || placed.length === 0) return nothing;
    return html`<div class="timeline" part="timeline" dir="ltr" role="group" aria-label=${msg(str`Where the clips are in the source (${formatClock(length)})`)}>
      <div class="track">
        ${placed.map((clip) => {
          const range = this.#rangeOf(clip) ?? { start: clip.startSeconds!, end: clip.startSeconds! + clip.durationSeconds };
          const number = clips.indexOf(clip) + 1;
          const title = this.#editFor(clip).name || clip.title;
          return html`<button
            type="button"
            class="marker"
            part="marker"
            ${ref((element) => placeMarker(element, range.start / length, (range.end - range.start) / length))}
            aria-current=${clip.key === active?.key ? 'true' : 'false'}
            aria-label=${msg(str`Clip ${number}: ${isolate(title)}, ${formatClock(range.start)} to ${formatClock(range.end)}`)}
            title=${`${number}. ${isolate(title)}`}
            @click=${() => void this.#open(clip)}
          >
            <span aria-hidden="true">${number}</span>
          </button>`;
        })}
      </div>
      <div class="scale" aria-hidden="true"><span>0:00</span><span>${formatClock(length)}</span></div>
    </div>`;
  }

  #renderCard(clip: ClipSuggestion, index: number, isActive: boolean, selectable: boolean) {
    const edit = this.#editFor(clip);
    const title = edit.name || clip.title;
    const range = this.#rangeOf(clip);
    const thumbnail = this.#thumbnailOf(clip);
    const processing = clip.entry?.status !== undefined && clip.entry.status !== EntryStatus.READY;
    const saving = this.#isSaving(clip.key);
    const checkboxId = `select-${index}`;
    return html`<li class="clip ${isActive ? 'active' : ''}" part="clip">
      ${thumbnail
        ? html`<img class="thumb" part="thumbnail" src=${thumbnail} alt="" loading="lazy" width="160" height="90" />`
        : html`<div class="thumb" part="thumbnail"></div>`}
      <div class="clip-body">
        <h4 class="clip-title">${index + 1}. <bdi>${title}</bdi></h4>
        <p class="clip-meta">
          ${range
            ? msg(str`${formatClock(range.end - range.start)} · ${timeRange(range.start, range.end)} in the source`)
            : msg(str`${formatClock(clip.durationSeconds)} · position in the source unknown`)}
          ${processing ? html` · <span class="badge">${clipEntryStatus(false)}</span>` : nothing}
          ${saving
            ? html` · <span class="badge">${msg('Saving…')}</span>`
            : this.#latestJobFor(clip.key)?.phase.kind === 'done'
              ? html` · <span class="badge">${msg('Saved')}</span>`
              : nothing}
        </p>
        ${clip.description ? html`<p class="clip-description">${clip.description}</p>` : nothing}
        ${clip.tags.length > 0
          ? html`<ul class="tags" aria-label=${msg('Tags')}>
              ${clip.tags.map((tag) => html`<li>${tag}</li>`)}
            </ul>`
          : nothing}
        <div class="clip-actions">
          ${selectable
            ? html`<span class="select">
                <input
                  id=${checkboxId}
                  type="checkbox"
                  .checked=${this.selected.has(clip.key)}
                  @change=${(event: Event) => this.#toggleSelected(clip.key, (event.target as HTMLInputElement).checked)}
                />
                <label for=${checkboxId}>
                  ${msg(html`Select<span class="visually-hidden"> <bdi>${title}</bdi></span>`, {
                    id: 'clips.select-clip',
                    desc: 'Checkbox of a clip card, to save several at once; screen readers also hear the clip title.',
                  })}
                </label>
              </span>`
            : nothing}
          <button type="button" aria-pressed=${isActive ? 'true' : 'false'} ?disabled=${!range} @click=${() => void this.#open(clip, true)}>
            ${selectable
              ? msg(html`Preview and edit<span class="visually-hidden">: <bdi>${title}</bdi></span>`, {
                  id: 'clips.preview-and-edit',
                  desc: 'Button of a clip card; screen readers also hear the clip title.',
                })
              : msg(html`Preview<span class="visually-hidden">: <bdi>${title}</bdi></span>`, {
                  id: 'clips.preview',
                  desc: 'Button of a clip card (for a session that may not edit); screen readers also hear the clip title.',
                })}
          </button>
        </div>
      </div>
    </li>`;
  }

  #thumbnailOf(clip: ClipSuggestion): string | undefined {
    if (clip.entry?.thumbnailUrl) return `${clip.entry.thumbnailUrl}/width/320/height/180`;
    const base = this.source?.thumbnailUrl;
    if (!base || clip.startSeconds === undefined) return undefined;
    return `${base}/vid_sec/${Math.floor(clip.startSeconds)}/width/320/height/180`;
  }

  #renderDetail(clip: ClipSuggestion) {
    const edit = this.#editFor(clip);
    const errors = this.editErrors.get(clip.key) ?? {};
    const range = this.#rangeOf(clip);
    const title = edit.name || clip.title;
    const caption = this.#captionForTrack();
    const saving = this.#isSaving(clip.key);
    const job = this.#latestJobFor(clip.key);
    const field = (name: 'name' | 'start' | 'end') => ({
      invalid: errors[name] ? 'true' : 'false',
      describedBy: errors[name] ? `edit-${name}-error` : '',
      error: errors[name] ? html`<span id=${`edit-${name}-error`} class="error">${errors[name]}</span>` : nothing,
    });
    const nameField = field('name');
    const startField = field('start');
    const endField = field('end');
    return html`<section class="detail" part="detail" aria-labelledby="detail-heading">
      <h3 id="detail-heading" tabindex="-1">${msg(html`Preview: <bdi>${title}</bdi>`)}</h3>
      <div class="player">
        ${this.#useKalturaPlayer
          ? html`<slot name=${PLAYER_SLOT}></slot>`
          : html`<video part="video" controls preload="metadata" playsinline src=${this.mediaUrl ?? nothing} aria-label=${msg(str`Preview of ${isolate(title)}`)}>
              ${this.trackUrl && caption
                ? html`<track
                    kind="captions"
                    src=${this.trackUrl}
                    srclang=${caption.languageCode ?? languageTag(caption.language ?? '') ?? 'und'}
                    label=${caption.label ?? caption.language ?? msg('Captions')}
                    default
                  />`
                : nothing}
            </video>`}
      </div>
      ${this.previewProblem ? html`<p class="notice error" part="notice">${this.previewProblem}</p>` : nothing}
      ${range
        ? html`<p class="muted">
            ${msg(str`Plays ${formatTimecode(range.start)} to ${formatTimecode(range.end)} of the source (${formatDuration(range.end - range.start)}).`)}
          </p>`
        : nothing}
      <div class="row">
        <button type="button" class="primary" @click=${() => this.#player?.play()}>${msg('Play clip')}</button>
        ${this.#mayEdit
          ? html`<button type="button" @click=${() => this.#setFromPlayhead(clip, 'start')}>${msg('Start here')}</button>
              <button type="button" @click=${() => this.#setFromPlayhead(clip, 'end')}>${msg('End here')}</button>`
          : nothing}
      </div>
      ${this.#mayEdit
        ? html`<form
            class="edit"
            novalidate
            aria-label=${msg('Edit the clip before saving')}
            @submit=${(event: Event) => {
              event.preventDefault();
              void this.#save([clip]);
            }}
          >
            <div class="field">
              <label for="edit-name">${msg('Title')}</label>
              <input
                id="edit-name"
                required
                maxlength="256"
                .value=${edit.name}
                aria-invalid=${nameField.invalid}
                aria-describedby=${nameField.describedBy || nothing}
                @input=${(event: Event) => this.#patchEdit(clip, { name: inputValue(event) })}
              />
              ${nameField.error}
            </div>
            <div class="field">
              <label for="edit-description">${msg('Description')}</label>
              <textarea
                id="edit-description"
                rows="3"
                .value=${edit.description}
                @input=${(event: Event) => this.#patchEdit(clip, { description: inputValue(event) })}
              ></textarea>
            </div>
            <div class="field">
              <label for="edit-tags">${msg('Tags')}</label>
              <input
                id="edit-tags"
                aria-describedby="edit-tags-hint"
                .value=${edit.tags}
                @input=${(event: Event) => this.#patchEdit(clip, { tags: inputValue(event) })}
              />
              <span id="edit-tags-hint" class="hint">${msg('Separate tags with commas.')}</span>
            </div>
            <fieldset class="range">
              <legend>${msg('Range in the source')}</legend>
              <div class="field">
                <label for="edit-start">${msg('Start')}</label>
                <input
                  id="edit-start"
                  inputmode="decimal"
                  autocomplete="off"
                  .value=${edit.start}
                  aria-invalid=${startField.invalid}
                  aria-describedby="edit-range-hint ${startField.describedBy}"
                  @input=${(event: Event) => this.#patchEdit(clip, { start: inputValue(event) })}
                />
                ${startField.error}
              </div>
              <div class="field">
                <label for="edit-end">${msg('End')}</label>
                <input
                  id="edit-end"
                  inputmode="decimal"
                  autocomplete="off"
                  .value=${edit.end}
                  aria-invalid=${endField.invalid}
                  aria-describedby="edit-range-hint ${endField.describedBy}"
                  @input=${(event: Event) => this.#patchEdit(clip, { end: inputValue(event) })}
                />
                ${endField.error}
              </div>
              <span id="edit-range-hint" class="hint">${msg(str`Minutes and seconds, like 1:05, within ${timeRange(0, this.#sourceSeconds)}. At least 1 second.`)}</span>
            </fieldset>
            ${caption
              ? html`<div class="check">
                  <input
                    id="edit-burn"
                    type="checkbox"
                    .checked=${edit.burnCaptions}
                    @change=${(event: Event) => this.#patchEdit(clip, { burnCaptions: (event.target as HTMLInputElement).checked })}
                  />
                  <label for="edit-burn">${msg(html`Burn the captions (<bdi>${caption.label ?? caption.language ?? ''}</bdi>) into the picture`)}</label>
                </div>`
              : nothing}
            <div class="actions">
              <button type="submit" class="primary" aria-disabled=${saving ? 'true' : 'false'}>
                ${saving ? msg('Saving…') : msg('Save as a new entry')}
              </button>
              <button
                type="button"
                @click=${() => {
                  const edits = new Map(this.edits);
                  edits.delete(clip.key);
                  this.edits = edits;
                  const errors = new Map(this.editErrors);
                  errors.delete(clip.key);
                  this.editErrors = errors;
                }}
              >
                ${msg('Undo my changes')}
              </button>
            </div>
          </form>`
        : nothing}
      ${job ? html`<ul class="save-list" aria-label=${msg('Saving this clip')}>${this.#renderJob(job)}</ul>` : nothing}
    </section>`;
  }

  #stepWorking(step: ClipSaveStep): string {
    switch (step) {
      case 'clone':
        return msg('Copying the entry…');
      case 'trim':
        return msg('Cutting the clip…');
      case 'describe':
        return msg('Saving the title, description and tags…');
      case 'process':
        return msg('Processing on the server…');
    }
  }

  /**
   * Where a save stopped, one whole sentence each: on the save's card, or announced with the clip's name
   * (`name`, already isolated).
   */
  #stepFailure(job: ClipSaveJob, name?: string): string {
    if (job.phase.kind !== 'failed') return '';
    switch (job.phase.step) {
      case 'clone':
        if (job.lostClone) {
          return name === undefined
            ? msg('Saving stopped: it is not known yet whether the entry was copied.')
            : msg(str`Saving “${name}” stopped: it is not known yet whether the entry was copied.`);
        }
        return name === undefined ? msg('Saving stopped: the entry could not be copied.') : msg(str`Saving “${name}” stopped: the entry could not be copied.`);
      case 'trim':
        return name === undefined
          ? msg('Saving stopped: the entry was copied, but the clip was not cut yet.')
          : msg(str`Saving “${name}” stopped: the entry was copied, but the clip was not cut yet.`);
      case 'describe':
        return name === undefined
          ? msg('Saving stopped: the clip was cut, but its title, description and tags were not saved yet.')
          : msg(str`Saving “${name}” stopped: the clip was cut, but its title, description and tags were not saved yet.`);
      case 'process':
        return name === undefined ? msg('Saving stopped: the server could not make the clip.') : msg(str`Saving “${name}” stopped: the server could not make the clip.`);
    }
  }

  #failureDetail(job: ClipSaveJob): string | undefined {
    if (job.phase.kind !== 'failed') return undefined;
    const { error } = job.phase;
    switch (error.code) {
      case ClipSaveErrorCode.CLONE_NOT_MADE:
        return msg('The server did not answer, and no copy was made.');
      case ClipSaveErrorCode.CLONE_UNKNOWN:
        return msg('Check again: the lab looks for the copy first, so it never makes a second one.');
      case ClipSaveErrorCode.NOT_APPLIED:
        return msg('The server did not answer, and this step did not happen.');
      case ClipSaveErrorCode.CONVERSION_FAILED:
        return undefined;
      default:
        return error.message;
    }
  }

  /** Saves of clips of the current entry (the lab may have shown another entry before). */
  #jobs(): ClipSaveJob[] {
    return (this.#saver?.jobs ?? []).filter((job) => job.draft.sourceEntryId === this.entryId);
  }

  /** The newest save of a clip, shown in its preview panel while that is open. */
  #latestJobFor(key: string | undefined): ClipSaveJob | undefined {
    if (!key) return undefined;
    return this.#jobs().findLast((job) => job.draft.key === key);
  }

  #renderSaves(view: ClipChildren) {
    const shownInDetail = this.#activeClip() ? this.#latestJobFor(this.activeKey) : undefined;
    const allJobs = this.#jobs();
    const jobs = allJobs.filter((job) => job !== shownInDetail);
    const owned = new Set(allJobs.map((job) => job.cloneId).filter(Boolean));
    const leftovers = view.unfinished.filter((entry) => !owned.has(entry.id));
    const saved = view.saved.filter((entry) => !owned.has(entry.id));
    if (jobs.length === 0 && leftovers.length === 0 && saved.length === 0) return nothing;
    return html`<section class="saves" part="saves" aria-labelledby="saves-heading">
      <h3 id="saves-heading">${msg('Saves')}</h3>
      <ul class="save-list">
        ${jobs.map((job) => this.#renderJob(job))}
        ${leftovers.map(
          (entry) => html`<li class="save failed">
            <p>
              <strong>${msg('Unfinished save')}</strong>
              ${entry.createdAt
                ? msg(str`An earlier save stopped before the clip was cut, leaving an empty copy of this entry (${entry.id}, ${formatDate(entry.createdAt, true)}).`)
                : msg(str`An earlier save stopped before the clip was cut, leaving an empty copy of this entry (${entry.id}).`)}
            </p>
            ${this.leftoverErrors.has(entry.id)
              ? html`<p class="error">${msg(html`The copy could not be removed: <bdi>${this.leftoverErrors.get(entry.id)!}</bdi>`)}</p>`
              : nothing}
            ${this.#mayEdit
              ? html`<button type="button" class="danger" aria-disabled=${this.leftoversBusy.has(entry.id) ? 'true' : 'false'} @click=${() => void this.#removeLeftover(entry)}>
                  ${msg('Remove the copy')}
                </button>`
              : nothing}
          </li>`,
        )}
        ${saved.map((entry) => {
          const range = savedClipRange(entry);
          return html`<li class="save">
            <p>
              <strong>${entry.name ?? entry.id}</strong>
              <span class="muted">
                ${range ? msg(str`${timeRange(range.startSeconds, range.startSeconds + range.durationSeconds)} in the source`) : nothing}
                · ${clipEntryStatus(entry.status === EntryStatus.READY)} · ${entry.id}
              </span>
            </p>
          </li>`;
        })}
      </ul>
    </section>`;
  }

  #renderJob(job: ClipSaveJob) {
    const { phase, draft } = job;
    const range = timeRange(draft.offsetMs / 1000, (draft.offsetMs + draft.durationMs) / 1000);
    const busy = phase.kind === 'working';
    return html`<li class="save ${phase.kind}" aria-busy=${busy ? 'true' : 'false'}>
      <p>
        <strong>${draft.name}</strong> <span class="muted">${msg(str`${range} in the source`)}</span>
      </p>
      ${phase.kind === 'working'
        ? html`<p class="muted">${this.#stepWorking(phase.step)}</p>`
        : phase.kind === 'done'
          ? html`<p class="success">${msg(str`Saved as a new entry (${phase.entry.id}).`)}</p>`
          : phase.kind === 'discarded'
            ? html`<p class="muted">${job.cloneId ? msg('Cancelled; the unfinished copy was removed.') : msg('Cancelled; nothing was left behind.')}</p>`
            : html`<p class="error">
                  ${phase.removing
                    ? msg(html`The unfinished copy could not be removed: <bdi>${phase.error.message}</bdi>`)
                    : `${this.#stepFailure(job)} ${this.#failureDetail(job) ?? ''}`}
                </p>
                <div class="row">
                  ${job.resumable
                    ? html`<button type="button" class="primary" @click=${() => void this.#adopt(job)?.resume(job)}>
                        ${job.cloneId ? msg('Resume with the same copy') : job.lostClone ? msg('Check again') : msg('Try again')}
                      </button>`
                    : nothing}
                  <button type="button" class="danger" @click=${() => void this.#adopt(job)?.discard(job)}>
                    ${job.cloneId || job.lostClone ? msg('Remove the copy') : msg('Cancel')}
                  </button>
                </div>`}
    </li>`;
  }
}

function clipsReadyText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('AI clips are ready: 1 clip.', { id: 'clips.ready.one', desc: 'Announced when a clips task is delivered, with how many clips it made.' }),
    other: msg(str`AI clips are ready: ${shown} clips.`, { id: 'clips.ready.other', desc: 'Announced when a clips task is delivered, with how many clips it made.' }),
  });
}

/** A saved clip (an entry of its own) is ready, or still being made by the server. */
function clipEntryStatus(ready: boolean): string {
  return ready
    ? msg('Ready', { id: 'clip-entry.ready', desc: 'Status of a clip saved as a new entry: the server has made it.' })
    : msg('Processing', { id: 'clip-entry.processing', desc: 'Status of a clip saved as a new entry: the server is still making it.' });
}

/** "1:24–2:24", kept left to right inside right-to-left text (Unicode isolates), like the player's clock. */
function timeRange(startSeconds: number, endSeconds: number): string {
  return `\u2066${formatClock(startSeconds)}–${formatClock(endSeconds)}\u2069`;
}

/**
 * Places a timeline marker (fractions of the source) through the CSSOM. Not `styleMap`: on first render it
 * writes the `style` attribute as text, which a strict `style-src 'self'` policy blocks (lit#4719).
 */
function placeMarker(element: Element | undefined, start: number, length: number): void {
  if (!element) return;
  const { style } = element as HTMLElement;
  style.insetInlineStart = `${start * 100}%`;
  style.inlineSize = `${length * 100}%`;
}

/** A clip set as listed: when it was ordered and how long its clips may be at most. */
function setLabel(set: ClipSet, newest: boolean): string {
  const { task } = set;
  if (!task) return msg('Other clips of this entry');
  const when = formatDate(task.createdAt, true);
  const seconds = task.taskJobData?.clipsDuration;
  const ordered = seconds ? msg(str`${when}, clips up to ${formatDuration(seconds)}`) : when;
  // "Newest" first: a narrow select shows only the start of its label.
  return newest ? msg(str`Newest: ${ordered}`) : ordered;
}

/** Why a clips task ended without clips, with the server's reason when it gave one; undefined for other statuses. */
function endedReason(task: EntryVendorTask): string | undefined {
  switch (task.status) {
    case EntryVendorTaskStatus.ERROR:
      return task.errDescription ? msg(str`The vendor reported: ${isolate(task.errDescription)}`) : msg('The vendor reported no reason.');
    case EntryVendorTaskStatus.REJECTED:
      return task.errDescription ? msg(str`A moderator rejected the order: ${isolate(task.errDescription)}`) : msg('A moderator rejected the order.');
    default:
      return undefined;
  }
}

/** A save's phase as compared between changes. */
function phaseKey(job: ClipSaveJob): string {
  return job.phase.kind === 'working' ? `working:${job.phase.step}` : job.phase.kind;
}

function selectValue(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}

declare global {
  interface HTMLElementTagNameMap {
    'clips-lab': ClipsLab;
  }
}

