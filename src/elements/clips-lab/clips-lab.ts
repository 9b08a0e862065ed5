import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { TaskStatus, initialState } from '@lit/task';
import { toApiError } from '../../api/errors.js';
import { ReachTaskChangedEvent } from '../../events.js';
import { clipChildren, isClipsTask, type ClipChildren, type ClipSuggestion } from '../../reach/clip-suggestions.js';
import { EntryVendorTaskStatus } from '../../reach/enums.js';
import { entryDurationMs } from '../../reach/entry.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { mayEditEntry } from '../../reach/session-info.js';
import type { ReachSession } from '../../state/session.js';
import type { TaskChange } from '../../state/task-store.js';
import { ReachElement } from '../reach-element.js';
import { LazyModule } from '../shared/lazy-module.js';
import { formatClock } from '../shared/format.js';
import { statusLabel } from '../shared/labels.js';
import { baseStyles } from '../shared/styles.js';
import { TaskStoreController } from '../shared/task-store-controller.js';
import { ClipEntriesController } from './clip-entries-controller.js';
import { renderReview } from './clip-list.js';
import { ClipOrderController } from './clip-order-controller.js';
import type { ClipPreviewController, PreviewTarget } from './clip-preview-controller.js';
import { ClipReview, clipSets } from './clip-review.js';
import { clipsReadyText, endedReason } from './clip-text.js';
import { styles } from './clips-lab.styles.js';
import { entryLink } from './entry-link.js';
import { hasKalturaPlayer } from './kaltura-player.js';
import { loadLabData, previewCaption, type LabData, type LabHost } from './lab-data.js';
import { LabSavesController } from './lab-saves-controller.js';
import { renderOrder } from './order-form.js';
import { renderSaves } from './saves.js';
import { renderTaskStatus } from './task-status.js';
import { placeMarkers } from './track.js';
import { WideLayoutController } from '../shared/wide-layout-controller.js';

/** From this inline size the preview sits beside the list. */
const WIDE_LAYOUT_PX = 880;

/**
 * @tagname clips-lab
 * @summary Orders AI clips for an entry, previews and edits them, and saves them as entries.
 *
 * Order AI clips for an entry, follow the task, review the clips it generated (each on a timeline of the
 * source, previewed exactly within its range, looped if asked), edit title, description, tags and range (two
 * slider handles, typed times or a length preset), and save clips as
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
 * @csspart base - the element's frame (also its `panel`)
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
 * @csspart save-summary - the clips saved here as new entries, linked where `entry-href` is set
 * @csspart range-handle - a handle of the clip's range (a slider) in the preview panel
 *
 * @cssproperty --reach-clips-thumbnail-size - inline size of the card thumbnails (default 96px)
 */
@localized()
export class ClipsLab extends ReachElement {
  static override styles = [baseStyles, styles];

  /** The source entry. */
  @property({ attribute: 'entry-id' }) entryId?: string;

  /**
   * Where the host page shows an entry, with `{entryId}` for its id (`https://host/media/{entryId}`): saved
   * clips link there. Only absolute http and https addresses are used; anything else gives no links.
   */
  @property({ attribute: 'entry-href' }) entryHref?: string;

  /** With `window.KalturaPlayer` on the page, preview in the Kaltura Player of this uiConf instead of a native video. */
  @property({ attribute: 'player-uiconf-id', type: Number }) playerUiconfId?: number;

  /** What the controllers may ask of the lab. */
  readonly #lab = {
    element: this,
    session: () => this.session,
    entryId: () => this.entryId,
    entriesShown: () => this.#entriesShown,
    signal: () => this.abortSignal,
    announce: (text) => this.announce(text),
    reportError: (error) => this.reportError(error),
    focusAfterUpdate: (id) => this.focusAfterUpdate(id),
    serverNow: () => this.serverNow(),
    clipsTasks: () => this.#clipsTasks(),
    entryHref: (entryId) => entryLink(this.entryHref, entryId),
  } satisfies LabHost;

  readonly #load = this.sessionTask(
    ([entryId], session, signal) => this.#loadLab(session, entryId, signal),
    () => [this.entryId] as const,
  );
  /**
   * Checking and sending the order (clip-order-sender.ts): loaded on intent, or when the order is sent. Not
   * private: a test that orders here in the same moment as another element first waits for it, as a user's
   * pointer on the form would have loaded it.
   */
  protected readonly orderStep = new LazyModule(this, {
    load: () => import('./clip-order-sender.js'),
    failed: (error) => this.reportError(error),
  });
  readonly #order = new ClipOrderController(this.#lab, () => this.#data, this.orderStep);
  readonly #entries = new ClipEntriesController(this.#lab);
  readonly #review = new ClipReview(this, () => this.#sourceSeconds);
  /** Saving, resuming and removing copies: the saves part and what the lab does with it. */
  readonly #labSaves = new LabSavesController(this.#lab, {
    review: this.#review,
    data: () => this.#data,
    sourceSeconds: () => this.#sourceSeconds,
    removed: (entryId) => this.#entries.remove(entryId),
    arrived: ({ part }) => this.#partArrived(part),
    ensureMedia: (data) => this.#ensureMedia(data),
  });
  /** Not private, like `detailPart` and `orderStep`: tests hold or fail its load, as a slow network would. */
  protected readonly savesPart = this.#labSaves.part;
  /**
   * Made when the clip detail part has come, with it. Not private: the tests check that it lets go of the
   * media (and revokes its caption track) when reset.
   */
  protected preview: ClipPreviewController | undefined;
  readonly #layout = new WideLayoutController(this, WIDE_LAYOUT_PX);
  /** A clip's preview and edit (clip-detail.ts): loaded the first time a clip is opened. Not private (tests). */
  protected readonly detailPart = new LazyModule(this, {
    load: () => import('./clip-detail.js'),
    styles: (detail) => [detail.detailStyles],
    loaded: (detail) => {
      this.preview = new detail.ClipPreviewController(this.#lab, () => this.#previewTarget());
      this.#partArrived(detail);
    },
    failed: (error) => this.reportError(error),
  });
  /** The entry the review, the order form and the preview belong to. */
  #shownFor: string | undefined;
  #entriesShown = 0;
  /** What had the focus when a clip was opened (its card's button): the detail takes it only from there. */
  #openedFrom: Element | null = null;

  constructor() {
    super();
    this.addController(
      new TaskStoreController(
        () => this.session,
        (changes, session) => this.#tasksChanged(changes, session),
      ),
    );
  }

  /** Loads the entry; another entry starts the review, the order form and the preview afresh. */
  async #loadLab(
    session: ReachSession,
    entryId: string | undefined,
    signal: AbortSignal,
  ): Promise<LabData | typeof initialState> {
    if (!entryId) return initialState;
    if (this.#shownFor !== entryId) {
      this.#shownFor = entryId;
      this.#entriesShown += 1;
      this.#review.reset();
      this.#order.reset();
      this.preview?.reset();
      this.#entries.reset();
    }
    const { data, clipEntries, profiles } = await loadLabData(session, entryId, signal);
    this.#entries.set(clipEntries);
    this.#order.loaded(data, profiles);
    return data;
  }

  /** The loaded data of the entry shown (while another entry loads, none). */
  get #data(): LabData | undefined {
    const data = this.#load.value;
    return data?.entryId === this.entryId ? data : undefined;
  }

  get #sourceSeconds(): number {
    return entryDurationMs(this.#data?.source) / 1000;
  }

  #mayEdit(data: LabData): boolean {
    return mayEditEntry(data.details, data.source);
  }

  #clipsTasks(): EntryVendorTask[] {
    if (!this.session || !this.entryId) return [];
    return this.session.tasks
      .forEntry(this.entryId)
      .filter(isClipsTask)
      .sort((a, b) => b.createdAt - a.createdAt || Number(BigInt(b.id) - BigInt(a.id)));
  }

  #view(): ClipChildren {
    return clipChildren(this.entryId ?? '', this.#clipsTasks(), this.#entries.entries);
  }

  #activeClip(): ClipSuggestion | undefined {
    const key = this.#review.activeKey;
    if (key === undefined) return undefined;
    return this.#review.shownSet(clipSets(this.#view(), this.#clipsTasks()))?.clips.find((clip) => clip.key === key);
  }

  #tasksChanged(changes: readonly TaskChange[], session: ReachSession): void {
    const mine = changes.filter(({ task }) => task.entryId === this.entryId && isClipsTask(task));
    if (mine.length === 0) return;
    this.requestUpdate();
    for (const { task, previousStatus } of mine) {
      if (previousStatus === undefined || previousStatus === task.status) continue;
      this.dispatchEvent(new ReachTaskChangedEvent(task, previousStatus));
      // Said once per session: a task monitor on the same page may have said it already.
      const key = `${task.id}:${task.status}`;
      if (task.status === EntryVendorTaskStatus.READY) {
        this.#review.newSetArrived(Boolean(this.renderRoot.querySelector('.review:focus-within')));
        // The status line goes away once the clips are ready: focus on it moves to the clips.
        const statusFocused = this.renderRoot.querySelector('#task-status:focus') !== null;
        void this.#entries.refresh().then(() => {
          const count = this.#view().suggestions.filter((clip) => clip.taskId === task.id).length;
          this.announceTaskChange(key, clipsReadyText(count));
          if (statusFocused) this.focusAfterUpdate('clips-heading');
        });
      } else {
        // An order that failed was refunded: show the credit as the server now has it.
        if (task.status === EntryVendorTaskStatus.ERROR && session === this.session)
          void this.#order.reloadProfiles({ refunded: true });
        const status = msg(str`AI clips: ${statusLabel(task.status)}.`);
        const reason = endedReason(task);
        this.announceTaskChange(key, reason ? `${status} ${reason}` : status);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Preview and saves

  get #usesKalturaPlayer(): boolean {
    return Boolean(this.playerUiconfId) && hasKalturaPlayer();
  }

  #previewTarget(): PreviewTarget | undefined {
    const clip = this.#activeClip();
    const range = clip ? this.#review.rangeOf(clip) : undefined;
    if (!range || !this.#usesKalturaPlayer) return range;
    const session = this.session;
    if (!session || !this.entryId) return undefined;
    const partnerId = session.partnerId ?? this.#data?.details.partnerId ?? 0;
    return {
      ...range,
      kalturaPlayer: { partnerId, uiConfId: this.playerUiconfId!, ks: session.ks, entryId: this.entryId },
    };
  }

  /**
   * The detail or the saves part came; the clip's detail needs both. Once both are here and a clip was opened
   * meanwhile, its media is asked for and its heading takes the focus, unless the user moved the focus since.
   */
  #partArrived(part: { clipEditRules: NonNullable<ClipReview['rules']> }): void {
    this.#review.rules = part.clipEditRules;
    const data = this.#data;
    if (!this.preview || !this.#labSaves.saves || !data || !this.#activeClip()) return;
    this.#ensureMedia(data);
    if (this.focusStayed(this.#openedFrom)) this.focusAfterUpdate('detail-heading');
  }

  /** Asks for the media once, when the first preview opens (or, opened before the preview came, once it is here). */
  #ensureMedia(data: LabData): void {
    if (!this.#usesKalturaPlayer) this.preview?.ensureMedia(data.flavors, previewCaption(data.captions));
  }

  #open(data: LabData, clip: ClipSuggestion, toggle = false): void {
    if (toggle && this.#review.activeKey === clip.key && !this.#layout.wide) {
      // The card's button closes the preview it opened (narrow layout).
      this.#review.open(undefined);
      return;
    }
    this.#review.open(clip.key);
    this.#openedFrom = (this.renderRoot as ShadowRoot).activeElement;
    this.#ensureMedia(data);
    this.focusAfterUpdate('detail-heading');
  }

  /** `bulk`: from "Save selected", where a clip that needs fixing is named in a message above the list. */
  #save(data: LabData, clips: readonly ClipSuggestion[], bulk = false): void {
    if (this.#mayEdit(data)) this.#labSaves.save(data, clips, bulk);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // Through the CSSOM after each update, not a directive in the first paint's code (see `placeOnTrack`).
    placeMarkers(this.renderRoot);
  }

  protected override render() {
    return html`<section class="lab" part="panel base" aria-labelledby="lab-heading">
      <h2 id="lab-heading">${msg('AI clips')}</h2>
      ${this.renderSessionNotice()} ${this.renderLiveRegion()} ${this.#renderBody()}
    </section>`;
  }

  #renderBody() {
    if (!this.entryId)
      return html`<p class="notice" part="notice">${msg('Set the entry-id attribute to the entry to make clips from.')}</p>`;
    if (!this.settings.ks) return this.renderMissingKs();
    if (this.#load.status === TaskStatus.ERROR) {
      return html`<div class="notice error" part="notice" role="alert">
        <p>${msg(html`The clips could not be loaded: <bdi>${toApiError(this.#load.error).message}</bdi>`)}</p>
        <button type="button" @click=${() => void this.#load.run()}>${msg('Try again')}</button>
      </div>`;
    }
    const data = this.#data;
    if (!data) return html`<p class="muted" role="status">${msg('Loading clips…')}</p>`;
    const { source } = data;
    const view = this.#view();
    const tasks = this.#clipsTasks();
    const mayEdit = this.#mayEdit(data);
    const sourceSeconds = this.#sourceSeconds;
    // The session's saves, and which empty copies are not theirs, are known once the saves part is here.
    const savesWanted = this.#labSaves.needed(mayEdit, view.unfinished.length);
    return html`
      <p class="source muted">
        ${
          sourceSeconds > 0
            ? msg(html`From “<bdi>${source.name ?? source.id}</bdi>” (${formatClock(sourceSeconds)})`)
            : msg(html`From “<bdi>${source.name ?? source.id}</bdi>”`)
        }
      </p>
      ${mayEdit ? nothing : html`<p class="notice" part="notice">${msg('You can watch these clips, but this session may not order or save clips for this entry.')}</p>`}
      ${renderTaskStatus({ task: tasks[0], now: this.serverNow(), mayEdit })}
      ${renderOrder({ ...data, sourceSeconds, tasks, again: view.suggestions.length > 0, mayEdit, now: this.serverNow(), order: this.#order })}
      ${this.#renderReview(data, view, mayEdit)}
      ${renderSaves({
        children: view,
        saves: this.#labSaves.saves,
        shownInDetail: this.#activeClip() && this.#labSaves.saves?.controller.latestJobFor(this.#review.activeKey),
        mayEdit,
        linkTo: this.#lab.entryHref,
        // With a clip open its detail says it (once: a failure is not read out twice).
        pending: savesWanted && !this.#activeClip() ? this.savesPart.render(() => nothing) : nothing,
        removeLeftover: (entry) =>
          this.#labSaves.withSaves(data.entryId, ({ controller }) => void controller.removeLeftover(entry)),
      })}
    `;
  }

  #renderReview(data: LabData, view: ClipChildren, mayEdit: boolean) {
    const sets = clipSets(view, this.#clipsTasks());
    const shown = this.#review.shownSet(sets);
    if (!shown) return nothing;
    return renderReview({
      sets,
      shown,
      active: shown.clips.find((clip) => clip.key === this.#review.activeKey),
      wide: this.#layout.wide,
      mayEdit,
      sourceSeconds: this.#sourceSeconds,
      sourceThumbnail: data.source.thumbnailUrl,
      review: this.#review,
      saves: this.#labSaves.saves?.controller,
      detail: (clip) =>
        this.detailPart.render(({ renderDetail }) =>
          // The detail saves its clip and shows the save: it is drawn once the saves have come too.
          this.savesPart.render(() =>
            renderDetail({
              clip,
              review: this.#review,
              preview: this.preview!,
              nativeVideo: !this.#usesKalturaPlayer,
              sourceSeconds: this.#sourceSeconds,
              caption: previewCaption(data.captions),
              mayEdit,
              save: () => this.#save(data, [clip]),
              saves: this.#labSaves.saves!,
            }),
          ),
        ),
      open: (clip, toggle) => this.#open(data, clip, toggle),
      saveSelected: (clips) => this.#save(data, clips, true),
      wantSaves: this.savesPart.want,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'clips-lab': ClipsLab;
  }
}
