import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import { isAborted } from '../../api/errors.js';
import { EntryStatus } from '../../reach/enums.js';
import { listEntries } from '../../reach/entries.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { listTasks, type TaskFilter } from '../../reach/tasks.js';
import type { ReachSession } from '../../state/session.js';
import { RowWindow, remToPx } from '../shared/row-window.js';
import type { MonitorContext } from './monitor-context.js';
import { lastReachablePage, matchesCreationMode, matchesLocally } from './account-list-rules.js';
import type { AccountFilters } from './task-query.js';

const ALL_ENTRY_STATUSES = Object.values(EntryStatus);
/** Entry names are looked up by id, as many per call as the server takes in an IN list. */
const NAMES_PER_CALL = 150;
/** Load the next page when the list is scrolled this close to its end. */
const LOAD_AHEAD_ROWS = 50;
/** Every row of the account list has this height (rem, so it grows with the user's font size). */
const ROW_HEIGHT_REM = 6.25;

/**
 * The account view's list: the tasks of the applied filter in the server's order, page after page (the
 * next page a `@lit/task` of this list, asked as its end scrolls into view), the names of their entries,
 * and the row window that keeps only the rows in view in the DOM.
 */
export class AccountListController {
  /** The loaded tasks' ids in the server's order. */
  ids: string[] = [];
  /** How many tasks match, as the server last said. */
  total = 0;
  /** The server filter of the list; undefined when nothing can match. */
  filter: TaskFilter | undefined;
  readonly rowWindow: RowWindow;
  #idSet = new Set<string>();
  #pagesLoaded = 0;
  #next: Task<[], void>;
  readonly #entryNames = new Map<string, string>();
  /** The tasks shown at the last render, and their positions (1-based). */
  #shown: EntryVendorTask[] = [];
  #positions = new Map<string, number>();
  /** The index after the last row in view. */
  #lastVisible = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: MonitorContext,
    /** Tasks per request (at most Kaltura's 500). */
    private readonly pageSizeOf: () => number,
  ) {
    this.#next = this.#nextPageTask();
    this.rowWindow = new RowWindow(host, {
      // Rows are sized in rem; the window also measures a rendered row, so 200 % text never clips them.
      rowHeight: () => remToPx(ROW_HEIGHT_REM),
      measureRows: true,
      onRangeChange: (lastVisible) => {
        this.#lastVisible = lastVisible;
        this.#loadAhead();
      },
    });
  }

  /** A new list: what was loaded goes, and a page still loading for the old one is dropped. */
  start(): void {
    this.#next.abort();
    this.host.removeController(this.#next);
    this.#next = this.#nextPageTask();
    this.filter = undefined;
    this.ids = [];
    this.#idSet = new Set();
    this.total = 0;
    this.#pagesLoaded = 0;
  }

  addPage(tasks: EntryVendorTask[], totalCount: number): void {
    for (const task of tasks) {
      // Sorting by a changing field can move a task to a later page: show it once.
      if (this.#idSet.has(task.id)) continue;
      this.#idSet.add(task.id);
      this.ids.push(task.id);
    }
    // Listed before they reach the store, so they are not taken for new orders placed elsewhere.
    this.context.session()?.tasks.upsert(tasks);
    this.total = totalCount;
    this.#pagesLoaded += 1;
    void this.#lookUpEntryNames(tasks);
  }

  /** Tasks per page. */
  get pageSize(): number {
    return this.pageSizeOf();
  }

  /** The most Kaltura lists of this filter (it pages only so far). */
  get reachableTotal(): number {
    const pageSize = this.pageSize;
    return Math.min(this.total, lastReachablePage(pageSize) * pageSize);
  }

  get morePages(): boolean {
    const pageSize = this.pageSize;
    return this.#pagesLoaded * pageSize < this.total && this.#pagesLoaded < lastReachablePage(pageSize);
  }

  get loadingMore(): boolean {
    return this.#next.status === TaskStatus.PENDING;
  }

  /** Why the last page asked for could not be loaded. */
  get nextPageError(): unknown {
    return this.#next.status === TaskStatus.ERROR ? this.#next.error : undefined;
  }

  loadMore(): void {
    if (!this.filter || this.loadingMore || !this.morePages) return;
    const next = this.#next;
    // The page's rows may be drawn before its load counts as done: then the end is looked for again.
    void next.run().then(() => {
      if (next.status === TaskStatus.COMPLETE) this.#loadAhead();
    });
  }

  /** Asks for the next page when the end of the list is in view (or near it). */
  #loadAhead(): void {
    if (this.#shown.length > 0 && this.#lastVisible >= this.#shown.length - LOAD_AHEAD_ROWS) this.loadMore();
  }

  #nextPageTask(): Task<[], void> {
    return new Task<[], void>(this.host, {
      autoRun: false,
      task: async (_args, { signal: own }) => {
        const session = this.context.session();
        const filter = this.filter;
        if (!session || !filter) return initialState;
        const signal = AbortSignal.any([own, this.context.signal()]);
        try {
          const pageIndex = this.#pagesLoaded + 1;
          const page = await session.call(listTasks(filter, { pageSize: this.pageSize, pageIndex }), { signal });
          signal.throwIfAborted();
          this.addPage(page.objects, page.totalCount);
        } catch (error) {
          if (isAborted(error)) return initialState;
          this.context.reportError(error);
          throw error;
        }
      },
    });
  }

  /**
   * A task ordered elsewhere on the page, if it fits the filter: on top when the newest come first, at the end
   * when the oldest do and the end is loaded (other orders place it at the next load).
   */
  taskCreated(task: EntryVendorTask, applied: AccountFilters): void {
    if (!this.filter || this.#idSet.has(task.id) || !matchesLocally(task, this.filter, applied)) return;
    if (applied.sort === '-createdAt') this.ids.unshift(task.id);
    else if (applied.sort === '+createdAt' && !this.morePages) this.ids.push(task.id);
    else return;
    this.#idSet.add(task.id);
    this.total += 1;
  }

  shows(id: string): boolean {
    return this.#idSet.has(id);
  }

  /** The listed tasks shown now, in order: the same array as last time while nothing shown changed. */
  shownTasks(session: ReachSession, applied: AccountFilters): EntryVendorTask[] {
    const tasks: EntryVendorTask[] = [];
    for (const id of this.ids) {
      const task = session.tasks.get(id);
      if (task && matchesCreationMode(task, applied)) tasks.push(task);
    }
    const previous = this.#shown;
    if (previous.length === tasks.length && tasks.every((task, index) => task === previous[index])) return previous;
    this.#shown = tasks;
    this.#positions = new Map(tasks.map((task, index) => [task.id, index + 1]));
    return tasks;
  }

  /** 1-based position of a task in the shown list. */
  positionOf(id: string): number {
    return this.#positions.get(id) ?? 0;
  }

  entryName(entryId: string): string | undefined {
    return this.#entryNames.get(entryId);
  }

  async #lookUpEntryNames(tasks: readonly EntryVendorTask[]): Promise<void> {
    const session = this.context.session();
    if (!session) return;
    const wanted = [
      ...new Set(tasks.map((task) => task.entryId).filter((id): id is string => !!id && !this.#entryNames.has(id))),
    ];
    const calls = [];
    for (let start = 0; start < wanted.length; start += NAMES_PER_CALL) {
      const idIn = wanted.slice(start, start + NAMES_PER_CALL);
      calls.push(
        session.call(listEntries({ idIn, statusIn: ALL_ENTRY_STATUSES }, { pageSize: idIn.length }), {
          signal: this.context.signal(),
        }),
      );
    }
    const answers = await Promise.allSettled(calls);
    for (const answer of answers) {
      if (answer.status === 'fulfilled')
        for (const entry of answer.value.objects) this.#entryNames.set(entry.id, entry.name ?? entry.id);
    }
    this.host.requestUpdate();
  }
}
