import { VendorServiceType } from '../reach/enums.js';
import type { EntryVendorTask } from '../reach/schemas.js';
import type { TaskStore } from './task-store.js';

/** How often to ask, in ms. Tests shorten these; the defaults suit real vendors. */
export interface PollTiming {
  /** First look after an order, and after any change. */
  fastMs: number;
  /** Upper bound while a machine task is pending. */
  machineMaxMs: number;
  /** Upper bound while only human tasks are pending (they take hours or days). */
  humanMaxMs: number;
  /** Growth of the delay per tick in which nothing changed. */
  growth: number;
  /** Upper bound of the backoff after failed polls. */
  errorMaxMs: number;
}

export const DEFAULT_POLL_TIMING: PollTiming = {
  fastMs: 2000,
  machineMaxMs: 15_000,
  humanMaxMs: 60_000,
  growth: 1.5,
  errorMaxMs: 120_000,
};

/** Fetches the current state of the given task ids (one HTTP request, whatever their number). */
export type FetchTasks = (ids: readonly string[]) => Promise<EntryVendorTask[]>;

/**
 * Follows every non-final task in the store with one `entryVendorTask.list` (idIn) per tick for the
 * whole session: faster when something just changed or is about to finish, slower for long human work,
 * paused while the page is hidden, stopped when nothing is pending.
 */
export class TaskPoller {
  timing: PollTiming;
  readonly #store: TaskStore;
  readonly #fetchTasks: FetchTasks;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #delayMs: number;
  #failures = 0;
  #inFlight: Promise<void> | undefined;
  #stopped = false;
  /** The scheduled look is the moment a task is expected to finish: look closely from then on. */
  #lookingAtDue = false;

  constructor(store: TaskStore, fetchTasks: FetchTasks, timing: PollTiming = DEFAULT_POLL_TIMING) {
    this.#store = store;
    this.#fetchTasks = fetchTasks;
    this.timing = timing;
    this.#delayMs = timing.fastMs;
    store.subscribe(() => this.#onStoreChange());
    if (typeof document !== 'undefined') document.addEventListener('visibilitychange', this.#onVisibility);
  }

  /** True while a next poll is scheduled. */
  get active(): boolean {
    return this.#timer !== undefined;
  }

  /** Polls now (e.g. the page came back, or the user asked to refresh), then goes on as usual. */
  refresh(): Promise<void> {
    this.#clear();
    return this.#poll();
  }

  dispose(): void {
    this.#stopped = true;
    this.#clear();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', this.#onVisibility);
  }

  #onStoreChange(): void {
    // Something changed: look again soon.
    this.#delayMs = this.timing.fastMs;
    if (!this.#inFlight) this.#schedule();
  }

  readonly #onVisibility = () => {
    if (document.hidden) this.#clear();
    else void this.refresh();
  };

  #schedule(): void {
    this.#clear();
    if (this.#stopped || (typeof document !== 'undefined' && document.hidden)) return;
    const pending = this.#store.pending();
    if (pending.length === 0) return;
    const delay = this.#nextDelay(pending);
    this.#timer = setTimeout(() => void this.#poll(), delay.ms);
    this.#lookingAtDue = delay.atDue;
  }

  #nextDelay(pending: EntryVendorTask[]): { ms: number; atDue: boolean } {
    const { fastMs, machineMaxMs, humanMaxMs, errorMaxMs } = this.timing;
    if (this.#failures > 0) return { ms: Math.min(fastMs * 2 ** this.#failures, errorMaxMs), atDue: false };
    const onlyHuman = pending.every((task) => task.serviceType === VendorServiceType.HUMAN);
    const planned = Math.max(fastMs, Math.min(this.#delayMs, onlyHuman ? humanMaxMs : machineMaxMs));
    // Look right when a task is expected to finish, if that comes before the planned look (server time).
    const nowSeconds = this.#store.now();
    let untilDueMs = Infinity;
    for (const task of pending) {
      const dueInMs = ((task.expectedFinishTime ?? Infinity) - nowSeconds) * 1000;
      if (dueInMs > 0 && dueInMs < untilDueMs) untilDueMs = dueInMs;
    }
    return untilDueMs < planned
      ? { ms: Math.max(fastMs, Math.ceil(untilDueMs)), atDue: true }
      : { ms: planned, atDue: false };
  }

  #poll(): Promise<void> {
    if (this.#inFlight) return this.#inFlight;
    const ids = this.#store.pending().map((task) => task.id);
    if (ids.length === 0 || this.#stopped) return Promise.resolve();
    this.#inFlight = (async () => {
      try {
        const tasks = await this.#fetchTasks(ids);
        this.#failures = 0;
        const seen = new Set(tasks.map((task) => task.id));
        const changes = [...this.#store.upsert(tasks), ...this.#store.markVanished(ids.filter((id) => !seen.has(id)))];
        const { fastMs, growth, machineMaxMs, humanMaxMs } = this.timing;
        // Quick again after a change or once a task is due; further apart while nothing happens.
        const quiet = this.#lookingAtDue ? fastMs : this.#delayMs;
        this.#delayMs = changes.length > 0 ? fastMs : Math.min(quiet * growth, Math.max(machineMaxMs, humanMaxMs));
      } catch {
        // Reads already retried inside the client; keep following, further apart.
        this.#failures += 1;
      } finally {
        this.#inFlight = undefined;
      }
      this.#schedule();
    })();
    return this.#inFlight;
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#lookingAtDue = false;
  }
}
