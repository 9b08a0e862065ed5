import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MediaType } from '../../../reach/enums.js';
import { listEntries, type EntryFilter } from '../../../reach/entries.js';
import type { Category } from '../../../reach/categories.js';
import type { MediaEntry } from '../../../reach/schemas.js';
import type { SessionDetails } from '../../../reach/session-info.js';
import { categoriesOf } from '../../../state/lookups.js';
import type { ReachSession } from '../../../state/session.js';
import { isAborted, toApiError, type KalturaApiError } from '../../../api/errors.js';

export interface MediaFilters {
  search: string;
  categoryId: string;
  mediaType: '' | 'video' | 'audio';
  duration: '' | 'short' | 'medium' | 'long';
  since: '' | 'week' | 'month' | 'year';
  mine: boolean;
}

export const NO_MEDIA_FILTERS: MediaFilters = {
  search: '',
  categoryId: '',
  mediaType: '',
  duration: '',
  since: '',
  mine: false,
};

const DAYS: Record<Exclude<MediaFilters['since'], ''>, number> = { week: 7, month: 30, year: 365 };
const SHORT_SECONDS = 5 * 60;
const LONG_SECONDS = 20 * 60;
/** How long typing pauses before the search is sent. */
const SEARCH_DELAY_MS = 300;

/**
 * Whether this KS may act only on the entries it owns: a USER session without `edit:*` or
 * `disableentitlement` (see `mayEditEntry`).
 */
export function ownMediaOnly(details: SessionDetails): boolean {
  return (
    !details.isAdmin &&
    !details.privileges.has('disableentitlement') &&
    !(details.privileges.get('edit') ?? []).includes('*')
  );
}

/** The server filter for the picker's filters: video and audio only, the user's own when it must be. */
export function pickerEntryFilter(filters: MediaFilters, details: SessionDetails, nowSeconds: number): EntryFilter {
  const filter: EntryFilter = {
    mediaTypeIn:
      filters.mediaType === 'video'
        ? [MediaType.VIDEO]
        : filters.mediaType === 'audio'
          ? [MediaType.AUDIO]
          : [MediaType.VIDEO, MediaType.AUDIO],
    orderBy: '-createdAt',
  };
  if (filters.search.trim()) filter.freeText = filters.search.trim();
  if (filters.categoryId) filter.categoriesIdsMatchOr = [filters.categoryId];
  if (filters.duration === 'short') filter.durationLessThan = SHORT_SECONDS;
  if (filters.duration === 'medium')
    Object.assign(filter, { durationGreaterThanOrEqual: SHORT_SECONDS, durationLessThan: LONG_SECONDS });
  if (filters.duration === 'long') filter.durationGreaterThanOrEqual = LONG_SECONDS;
  if (filters.since) filter.createdAtGreaterThanOrEqual = Math.floor(nowSeconds - DAYS[filters.since] * 86400);
  if (filters.mine || ownMediaOnly(details)) filter.userIdEqual = details.userId;
  return filter;
}

export interface MediaPage {
  entries: MediaEntry[];
  total: number;
}

/** While a page loads, the one shown before stays on screen. */
export type MediaLoad =
  | { kind: 'loading'; shown: MediaPage | undefined }
  | ({ kind: 'ready' } & MediaPage)
  | { kind: 'error'; error: KalturaApiError };

/**
 * The state of a media picker (render it with `renderMediaPicker`): filters, the page shown, and the
 * selection, which is kept across pages and filters. It loads while its host is in the page and
 * `start()` was called, and calls `onSelectionChange` whenever the selection changes.
 */
export class MediaPickerController implements ReactiveController {
  filters: MediaFilters = NO_MEDIA_FILTERS;
  page = 1;
  load: MediaLoad = { kind: 'loading', shown: undefined };
  details: SessionDetails | undefined;
  categories: Category[] = [];
  readonly pageSize: number;
  #selected = new Map<string, MediaEntry>();
  #abort: AbortController | undefined;
  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => ReachSession | undefined,
    private readonly onSelectionChange: (entries: readonly MediaEntry[]) => void = () => undefined,
    pageSize = 8,
  ) {
    this.pageSize = pageSize;
    host.addController(this);
  }

  /** Every chosen entry, in the order chosen. */
  get selected(): MediaEntry[] {
    return [...this.#selected.values()];
  }

  isSelected(entryId: string): boolean {
    return this.#selected.has(entryId);
  }

  /** Starts afresh: no filters, first page, nothing selected; loads. */
  start(): void {
    this.filters = NO_MEDIA_FILTERS;
    this.page = 1;
    this.load = { kind: 'loading', shown: undefined };
    this.#selected = new Map();
    void this.reload();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Stops loading (e.g. the picker was closed). */
  stop(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    clearTimeout(this.#searchTimer);
  }

  async reload(): Promise<void> {
    const session = this.session();
    if (!session) return;
    this.#abort?.abort();
    const abort = (this.#abort = new AbortController());
    this.load = {
      kind: 'loading',
      shown: this.load.kind === 'ready' ? this.load : this.load.kind === 'loading' ? this.load.shown : undefined,
    };
    this.host.requestUpdate();
    try {
      const categories = categoriesOf(session).catch(() => [] as Category[]);
      const details = await session.details();
      const filter = pickerEntryFilter(this.filters, details, session.tasks.now());
      const [list, known] = await Promise.all([
        session.call(listEntries(filter, { pageSize: this.pageSize, pageIndex: this.page }), { signal: abort.signal }),
        categories,
      ]);
      if (abort.signal.aborted) return;
      this.details = details;
      this.categories = known;
      this.load = { kind: 'ready', entries: list.objects, total: list.totalCount };
    } catch (error) {
      if (isAborted(error) || abort.signal.aborted) return;
      this.load = { kind: 'error', error: toApiError(error) };
    }
    this.host.requestUpdate();
  }

  /** Changes filters and goes back to the first page; typing in the search box waits for a pause. */
  setFilters(changes: Partial<MediaFilters>): void {
    this.filters = { ...this.filters, ...changes };
    this.page = 1;
    clearTimeout(this.#searchTimer);
    if ('search' in changes) this.#searchTimer = setTimeout(() => void this.reload(), SEARCH_DELAY_MS);
    else void this.reload();
  }

  goTo(page: number): void {
    this.page = page;
    void this.reload();
  }

  toggle(entry: MediaEntry, on: boolean): void {
    const selected = new Map(this.#selected);
    if (on) selected.set(entry.id, entry);
    else selected.delete(entry.id);
    this.#setSelection(selected);
  }

  clearSelection(): void {
    this.#setSelection(new Map());
  }

  #setSelection(selected: Map<string, MediaEntry>): void {
    this.#selected = selected;
    this.host.requestUpdate();
    this.onSelectionChange(this.selected);
  }
}
