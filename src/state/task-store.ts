import { EntryVendorTaskStatus, isFinalTaskStatus } from '../reach/enums.js';
import type { EntryVendorTask } from '../reach/schemas.js';

export interface TaskChange {
  task: EntryVendorTask;
  /** undefined when the store had not seen the task before. */
  previousStatus: number | undefined;
}

export type TaskListener = (changes: readonly TaskChange[]) => void;

/**
 * Every task any element of the session has seen, by id. Elements read tasks from here, so an order
 * placed in one element shows in all the others at once.
 */
export class TaskStore {
  readonly #tasks = new Map<string, EntryVendorTask>();
  readonly #listeners = new Set<TaskListener>();
  /** How far the server's clock is ahead of this browser's (the sandbox's can be fast-forwarded), in seconds. */
  #serverAheadSeconds = 0;

  /** The server's time now, in unix seconds, as well as its tasks' timestamps let us tell. */
  now(): number {
    return Date.now() / 1000 + this.#serverAheadSeconds;
  }

  get(id: string): EntryVendorTask | undefined {
    return this.#tasks.get(id);
  }

  all(): EntryVendorTask[] {
    return [...this.#tasks.values()];
  }

  forEntry(entryId: string): EntryVendorTask[] {
    return this.all().filter((task) => task.entryId === entryId);
  }

  /** Tasks the poller still has to follow. */
  pending(): EntryVendorTask[] {
    return this.all().filter((task) => !isFinalTaskStatus(task.status));
  }

  /**
   * Adds or replaces tasks; listeners hear about those that are new or differ. A task the store already
   * holds in a newer version (by updatedAt, or because it is final and the answer is not — a final task
   * never changes again, and updatedAt has only whole seconds) is not replaced by an older answer.
   */
  upsert(tasks: readonly EntryVendorTask[]): TaskChange[] {
    const changes: TaskChange[] = [];
    const localNow = Date.now() / 1000;
    for (const task of tasks) {
      this.#serverAheadSeconds = Math.max(this.#serverAheadSeconds, (task.updatedAt ?? task.createdAt) - localNow);
      const known = this.#tasks.get(task.id);
      if (known && (known.updatedAt ?? 0) > (task.updatedAt ?? 0)) continue;
      if (known && isFinalTaskStatus(known.status) && !isFinalTaskStatus(task.status)) continue;
      // Same second: an older answer must not move the task back (e.g. PENDING → PENDING_MODERATION).
      if (
        known &&
        (known.updatedAt ?? 0) === (task.updatedAt ?? 0) &&
        statusRank(task.status) < statusRank(known.status)
      )
        continue;
      if (known && sameTask(known, task)) continue;
      this.#tasks.set(task.id, task);
      changes.push({ task, previousStatus: known?.status });
    }
    this.#emit(changes);
    return changes;
  }

  /**
   * The server hides aborted tasks from get and list; a followed task that disappears was aborted, and
   * is kept here as aborted rather than silently dropped.
   */
  markVanished(ids: readonly string[]): TaskChange[] {
    const vanished = ids
      .map((id) => this.#tasks.get(id))
      .filter((task): task is EntryVendorTask => task !== undefined && !isFinalTaskStatus(task.status))
      .map((task) => ({ ...task, status: EntryVendorTaskStatus.ABORTED }));
    return this.upsert(vanished);
  }

  subscribe(listener: TaskListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(changes: TaskChange[]): void {
    if (changes.length === 0) return;
    for (const listener of [...this.#listeners]) {
      try {
        listener(changes);
      } catch (error) {
        // A bug in one element must not turn what happened (e.g. a created order) into a failure.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  }
}

/**
 * Where a status stands in a task's progression: waiting for moderation or for the entry <
 * pending / scheduled < processing < final (ready, error, rejected, aborted).
 */
export function statusRank(status: number): number {
  switch (status) {
    case EntryVendorTaskStatus.PENDING_MODERATION:
    case EntryVendorTaskStatus.PENDING_ENTRY_READY:
      return 0;
    case EntryVendorTaskStatus.PENDING:
    case EntryVendorTaskStatus.SCHEDULED:
      return 1;
    case EntryVendorTaskStatus.PROCESSING:
      return 2;
    default:
      return isFinalTaskStatus(status) ? 3 : 1;
  }
}

function sameTask(a: EntryVendorTask, b: EntryVendorTask): boolean {
  return (
    a.status === b.status &&
    a.updatedAt === b.updatedAt &&
    a.price === b.price &&
    a.errDescription === b.errDescription &&
    a.outputObjectId === b.outputObjectId &&
    a.accuracy === b.accuracy
  );
}
