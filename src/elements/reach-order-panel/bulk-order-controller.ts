import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialState } from '@lit/task';
import type { KalturaApiError } from '../../api/errors.js';
import { activeProfiles, creditState, isActiveProfile } from '../../reach/pricing.js';
import type { EntryVendorTask, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { profilesOf } from '../../state/lookups.js';
import { placeOrders, type OrderOutcome } from '../../state/order.js';
import type { ReachSession } from '../../state/session.js';
import { MediaPickerController } from '../shared/media-picker/media-picker-controller.js';
import { remToPx, RowWindow } from '../shared/row-window.js';
import { loadBulkData, parseEntryIds, type BulkData } from './bulk-data.js';
import { lineKey, outcomeText, planBulk, type BulkLine, type BulkView } from './bulk-view.js';
import { byCatalogOrder } from './panel-view.js';
import { defaultProfileId } from './panel-data.js';

/** What became of one line of a bulk order: on its way, or its outcome. */
export type BulkResult = { readonly kind: 'ordering' } | OrderOutcome;

/**
 * Orders sent per multirequest: a lost answer leaves at most this many orders to look for, and the
 * outcomes arrive batch by batch while the rest wait their turn.
 */
export const ORDERS_PER_REQUEST = 25;

export type BulkPhase = 'preflight' | 'placing' | 'done';

/** What the shell does for the bulk order: the element's events, announcements and focus. */
export interface BulkHost {
  created(task: EntryVendorTask): void;
  failed(error: KalturaApiError): void;
  announce(text: string): void;
  focus(id: string): void;
  /** The panel shows the media picker: no entry of its own, no `entry-ids`, none picked yet. */
  picks(): boolean;
}

/**
 * The order panel for many entries (`entry-ids`, or entries chosen in the media picker): the services and
 * profile chosen, the pre-flight, and the orders, sent through `placeOrders` (never re-sent; a lost answer
 * is reconciled per order by listing the entry's tasks) one multirequest of ORDERS_PER_REQUEST after the
 * other, each line's outcome kept as it arrives.
 */
export class BulkOrderController implements ReactiveController {
  results: ReadonlyMap<string, BulkResult> = new Map();
  phase: BulkPhase = 'preflight';
  progress = { done: 0, total: 0 };
  /** The pre-flight is limited to these lines (the failed ones of the last order). */
  only: ReadonlySet<string> | undefined;
  chosen: ReadonlySet<number> = new Set();
  profileId: number | undefined;
  /** The profiles with their credit as last read (read again after orders). */
  profiles: readonly ReachProfile[] = [];
  notOrderedOnly = false;
  /** Entries chosen in the media picker. */
  picked: readonly string[] = [];
  readonly picker: MediaPickerController;
  readonly rows: RowWindow;
  #key = '';
  #pickerOn = false;
  /** What was loaded last: "Retry the failed ones" reads again only the entries of the failed lines. */
  #data: BulkData | undefined;
  /** The entries of the failed lines being retried. */
  #retried: string[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => ReachSession | undefined,
    private readonly events: BulkHost,
  ) {
    host.addController(this);
    this.picker = new MediaPickerController(host, session);
    this.rows = new RowWindow(host, { rowHeight: () => remToPx(6.5), measureRows: true });
  }

  /** The entries to load: `entry-ids`, else those picked. */
  key(entryIds: string | readonly string[] | undefined): string {
    const given = typeof entryIds === 'string' ? entryIds.trim() : (entryIds ?? []).join(',');
    return given || this.picked.join(',');
  }

  /** Starts the media picker while it is shown, stops it once it is not (before the render that shows it). */
  hostUpdate(): void {
    const shown = this.events.picks() && this.session() !== undefined;
    if (shown === this.#pickerOn) return;
    this.#pickerOn = shown;
    if (shown) this.picker.start();
    else this.picker.stop();
  }

  async load(session: ReachSession, key: string, signal: AbortSignal): Promise<BulkData | typeof initialState> {
    if (!key) return initialState;
    if (key !== this.#key) {
      this.#key = key;
      this.#reset();
    }
    const before = this.only && this.#data;
    const data = before
      ? withEntriesReadAgain(before, await loadBulkData(session, { ids: this.#retried, cut: 0 }, signal))
      : await loadBulkData(session, parseEntryIds(key), signal);
    this.#data = data;
    const kept = data.profiles.some((profile) => profile.id === this.profileId && isActiveProfile(profile));
    if (!kept) this.profileId = defaultProfileId(data);
    this.profiles = data.profiles;
    return data;
  }

  view(data: BulkData, now: number, reload: () => void): BulkView {
    const profiles = activeProfiles(this.profiles);
    const profile = profiles.find((candidate) => candidate.id === this.profileId);
    const credit = profile ? creditState(profile, now) : undefined;
    const catalog = [...data.catalog]
      .map((item) => ({ item }))
      .sort(byCatalogOrder)
      .map(({ item }) => item);
    const services = catalog.filter((item) => this.chosen.has(item.id));
    const plan = planBulk(data, services, data.profilesHidden ? undefined : profile, credit, this.only);
    return {
      data,
      catalog,
      chosen: this.chosen,
      profiles,
      profile,
      credit,
      plan,
      results: this.results,
      phase: this.phase,
      progress: this.progress,
      retrying: this.only !== undefined,
      picked: this.picked.length > 0,
      now,
      notOrderedOnly: this.notOrderedOnly,
      showNotOrderedOnly: (on) => this.#update(() => (this.notOrderedOnly = on)),
      chooseProfile: (id) => this.#update(() => (this.profileId = id)),
      toggle: (item, checked) => this.#toggle(item, checked),
      place: () => void this.#place(plan.orderable, profile, data),
      retryFailed: () => this.#retry(reload),
      startOver: () => this.#update(() => this.#reset()),
      chooseEntries: () => this.#update(() => (this.picked = [])),
    };
  }

  /** The media picker's choice becomes the bulk order's entries. */
  orderPicked(): void {
    this.picked = this.picker.selected.map((entry) => entry.id);
    this.host.requestUpdate();
  }

  #toggle(item: VendorCatalogItem, checked: boolean): void {
    const chosen = new Set(this.chosen);
    if (checked) chosen.add(item.id);
    else chosen.delete(item.id);
    this.#update(() => (this.chosen = chosen));
  }

  /** Sends every orderable line, one batch after the other. */
  async #place(lines: readonly BulkLine[], profile: ReachProfile | undefined, data: BulkData): Promise<void> {
    const session = this.session();
    if (!session || this.phase === 'placing' || lines.length === 0 || (!profile && !data.profilesHidden)) return;
    const key = this.#key;
    this.phase = 'placing';
    this.progress = { done: 0, total: lines.length };
    const results = new Map(this.results);
    for (const line of lines) results.set(line.key, { kind: 'ordering' });
    this.results = results;
    this.host.requestUpdate();
    this.events.focus('bulk-progress-title');
    let created = 0;
    let failed = 0;
    for (let start = 0; start < lines.length; start += ORDERS_PER_REQUEST) {
      const batch = lines.slice(start, start + ORDERS_PER_REQUEST);
      const outcomes = await placeOrders(
        session,
        batch.map((line) => line.request),
      );
      // Other entries are shown now: what was sent is in the store; the batches not sent yet are not sent.
      if (key !== this.#key) return;
      const settled = new Map(this.results);
      for (const outcome of outcomes) {
        settled.set(lineKey(outcome.request.entryId, outcome.request.catalogItemId), outcome);
        if (outcome.kind === 'created') {
          created += 1;
          // A joined order was placed by another element of the page: it fires the event, not this panel.
          if (!outcome.joined) this.events.created(outcome.task);
        } else {
          failed += 1;
          if (outcome.kind === 'failed') this.events.failed(outcome.error);
        }
      }
      this.progress = { done: start + batch.length, total: lines.length };
      this.results = settled;
      this.host.requestUpdate();
    }
    this.phase = 'done';
    this.host.requestUpdate();
    this.events.announce(outcomeText(created, failed));
    if (created > 0 && !data.profilesHidden) void this.#readCredit(session, key);
  }

  /** `placeOrders` forgot the profiles once credit was spent: read the credit left. */
  async #readCredit(session: ReachSession, key: string): Promise<void> {
    try {
      const profiles = await profilesOf(session);
      if (key === this.#key) this.#update(() => (this.profiles = profiles));
    } catch {
      // The credit shown stays as it was; the next load corrects it.
    }
  }

  /** "Retry the failed ones": their entries are read again and a pre-flight of those lines only is shown. */
  #retry(reload: () => void): void {
    const failed = [...this.results].filter(([, result]) => isFailure(result));
    if (failed.length === 0 || this.phase !== 'done') return;
    this.only = new Set(failed.map(([key]) => key));
    this.#retried = [...new Set(failed.flatMap(([, result]) => ('request' in result ? [result.request.entryId] : [])))];
    this.results = new Map();
    this.phase = 'preflight';
    this.events.focus('bulk-title');
    reload();
    this.host.requestUpdate();
  }

  #reset(): void {
    this.only = undefined;
    this.#data = undefined;
    this.phase = 'preflight';
    this.progress = { done: 0, total: 0 };
    this.results = new Map();
  }

  #update(change: () => void): void {
    change();
    this.host.requestUpdate();
  }
}

/** `before`, with the account and the entries read again from `again` (an entry no longer found is dropped). */
function withEntriesReadAgain(before: BulkData, again: BulkData): BulkData {
  const entries = new Map(before.entries);
  for (const entryId of again.entryIds) {
    const found = again.entries.get(entryId);
    if (found) entries.set(entryId, found);
    else entries.delete(entryId);
  }
  return { ...again, entryIds: before.entryIds, entries, cut: before.cut };
}

export function isFailure(result: BulkResult | undefined): boolean {
  return result?.kind === 'failed' || result?.kind === 'unknown';
}
